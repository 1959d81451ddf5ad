package nl.samenspel.beschermdwonen.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.samenspel.beschermdwonen.internal.Hubtest;
import nl.samenspel.beschermdwonen.internal.domein.Plaatsing;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.invoer.Importresultaat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stored placement number is changed only when the line says why (wijziging); otherwise the file is refused, naming it. */
class VervangingTest extends Hubtest {

    private static final String CLIENT = "ab".repeat(32);
    private static final String KOP =
            "herkomstgemeente;plaatsingnummer;client;voorziening;vorm;ingangsdatum;einddatum;tarief;tariefeenheid;eindreden;wijziging\n";

    @BeforeEach
    void laad() throws Exception {
        assertThat(importeer(Bwsoort.VOORZIENINGEN, """
                code;naam;agb;vestigingsgemeente;soort;capaciteit;ingangsdatum;einddatum
                ZW-1;Huis;12345678;0193;intramuraal-bw;10;2015-01-01;
                """).fouten()).isEmpty();
        assertThat(plaatsing("2016-01-01;;10000;dag;;").fouten()).isEmpty();
    }

    private Importresultaat plaatsing(String rest) throws Exception {
        return importeer(Bwsoort.PLAATSINGEN, KOP + "0193;7;" + CLIENT + ";ZW-1;intramuraal;" + rest + "\n");
    }

    private Plaatsing opgeslagen() throws Exception {
        return opslag.plaatsingen().stream().filter(p -> p.sleutel().equals("0193/7")).findFirst().orElseThrow();
    }

    @Test
    void theSameLineAgainChangesNothingAndPasses() throws Exception {
        assertThat(plaatsing("2016-01-01;;10000;dag;;").geaccepteerd()).isTrue();
        assertThat(opslag.plaatsingen()).hasSize(1);
    }

    @Test
    void otherValuesUnderAStoredNumberAreRefusedNamingTheStoredPlacement() throws Exception {
        Importresultaat r = plaatsing("2016-01-01;;12000;dag;;");
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("plaatsingnummer");
            assertThat(f.melding()).contains("plaatsing 0193/7 is al opgeslagen (ingang 2016-01-01, voorziening ZW-1)")
                    .contains("wijkt af in tarief").doesNotContain(CLIENT);
        });
        assertThat(opgeslagen().tarief()).isEqualTo(10000);
    }

    @Test
    void anEndIsAWijziging() throws Exception {
        assertThat(plaatsing("2016-01-01;2016-06-30;10000;dag;uitstroom-zelfstandig;einde").geaccepteerd()).isTrue();
        assertThat(opgeslagen().einde()).isEqualTo(LocalDate.of(2016, 6, 30));
        // an end does not change the tariff
        Importresultaat r = plaatsing("2016-01-01;2016-07-31;9000;dag;uitstroom-zelfstandig;einde");
        assertThat(r.fouten()).singleElement().satisfies(f -> assertThat(f.melding()).contains("ook anders: tarief").contains("correctie"));
    }

    @Test
    void aCorrectionMayChangeAnyField() throws Exception {
        assertThat(plaatsing("2016-02-01;;9000;dag;;correctie").geaccepteerd()).isTrue();
        assertThat(opgeslagen().ingang()).isEqualTo(LocalDate.of(2016, 2, 1));
        assertThat(opgeslagen().tarief()).isEqualTo(9000);
    }

    @Test
    void aWijzigingNeedsAStoredPlacement() throws Exception {
        Importresultaat r = importeer(Bwsoort.PLAATSINGEN, KOP + "0193;8;" + CLIENT + ";ZW-1;intramuraal;2016-01-01;;10000;dag;;correctie\n");
        assertThat(r.fouten()).singleElement().satisfies(f -> assertThat(f.melding()).contains("geen opgeslagen plaatsing 0193/8"));
    }

    @Test
    void aStoredApplicationChangesOnlyAsACorrection() throws Exception {
        String kop = "herkomstgemeente;aanmeldingnummer;client;datum;vorm;wijziging\n";
        assertThat(importeer(Bwsoort.AANMELDINGEN, kop + "0193;3;" + CLIENT + ";2016-01-10;intramuraal;\n").geaccepteerd()).isTrue();
        assertThat(importeer(Bwsoort.AANMELDINGEN, kop + "0193;3;" + CLIENT + ";2016-01-10;intramuraal;\n").geaccepteerd()).isTrue();
        Importresultaat stil = importeer(Bwsoort.AANMELDINGEN, kop + "0193;3;" + CLIENT + ";2016-01-10;beschermd-thuis;\n");
        assertThat(stil.fouten()).singleElement().satisfies(f -> assertThat(f.melding())
                .contains("aanmelding 0193/3 is al opgeslagen (datum 2016-01-10)").contains("correctie").doesNotContain(CLIENT));
        assertThat(importeer(Bwsoort.AANMELDINGEN, kop + "0193;3;" + CLIENT + ";2016-01-10;beschermd-thuis;correctie\n").geaccepteerd()).isTrue();
        assertThat(opslag.aanmeldingen()).singleElement().satisfies(a -> assertThat(a.vorm().name()).isEqualTo("BESCHERMD_THUIS"));
        assertThat(importeer(Bwsoort.AANMELDINGEN, kop + "0193;4;" + CLIENT + ";2016-01-10;intramuraal;correctie\n").fouten())
                .singleElement().satisfies(f -> assertThat(f.melding()).contains("geen opgeslagen aanmelding 0193/4"));
    }
}
