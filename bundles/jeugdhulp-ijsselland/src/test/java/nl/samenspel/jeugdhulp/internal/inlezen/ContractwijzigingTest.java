package nl.samenspel.jeugdhulp.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import org.junit.jupiter.api.Test;

/** A stored contract's ceiling changes only knowingly: never in a year with a final run, in a begun year only as a correction. */
class ContractwijzigingTest extends Kleinedatatest {

    private Importresultaat contract(String regel) throws Exception {
        return data.dienst.importeer(Importsoort.CONTRACTEN, "contracten.csv",
                ("agb;jaar;budgetplafond;wijziging\n" + regel + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private long plafond(int jaar) throws Exception {
        return data.opslag.contracten().stream().filter(k -> k.agb().equals(Kleinedata.AGB) && k.jaar() == jaar).findFirst().orElseThrow().plafond();
    }

    @Test
    void aBegunYearsCeilingChangesOnlyAsACorrectionAndIsReported() throws Exception {
        Importresultaat stil = contract(Kleinedata.AGB + ";2016;1200000;");
        assertThat(stil.fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("wijziging");
            assertThat(f.melding()).contains("contract " + Kleinedata.AGB + "/2016 is al opgeslagen").contains("correctie");
        });
        assertThat(plafond(2016)).isEqualTo(Kleinedata.PLAFOND);

        Importresultaat bewust = contract(Kleinedata.AGB + ";2016;1200000;correctie");
        assertThat(bewust.geaccepteerd()).isTrue();
        assertThat(bewust.waarschuwingen()).singleElement().satisfies(w -> assertThat(w.melding())
                .startsWith("contract " + Kleinedata.AGB + "/2016: budgetplafond ").endsWith("(correctie)"));
        assertThat(plafond(2016)).isEqualTo(1_200_000);
        // the same ceiling again is no change
        assertThat(contract(Kleinedata.AGB + ";2016;1200000;").waarschuwingen()).isEmpty();
    }

    @Test
    void aYearWithAFinalRunKeepsItsCeiling() throws Exception {
        data.dienst.setVaststellingen(regio -> List.of(new Vaststellingen.Vastgesteld(7, regio, 2016, Instant.parse("2017-04-01T09:00:00Z"))));
        assertThat(contract(Kleinedata.AGB + ";2016;1200000;correctie").fouten()).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("definitieve verevening: verevening 7 (jeugdhulp-ijsselland 2016"));
        assertThat(contract(Kleinedata.AGB + ";2017;1200000;correctie").geaccepteerd()).isTrue();
    }

    @Test
    void aYearToComeChangesWithoutAFlag() throws Exception {
        int volgend = LocalDate.now().getYear() + 1;
        assertThat(contract(Kleinedata.AGB + ";" + volgend + ";500000;").geaccepteerd()).isTrue();
        Importresultaat anders = contract(Kleinedata.AGB + ";" + volgend + ";600000;");
        assertThat(anders.geaccepteerd()).as(anders.rapport()).isTrue();
        assertThat(anders.waarschuwingen()).hasSize(1);
    }
}
