package nl.samenspel.jeugdhulp.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.domein.Inkoop;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.jeugdhulp.internal.monitoring.Overzichten;
import nl.samenspel.module.Productsleutel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A product's purchase is dated: reclassifying the local product as regional from 2017 leaves the
 * 2016 figures as they were, needs an explicit correction because 2017 has passed, is refused when
 * a final run would change, and is reported with its old and new value.
 */
class ProductperiodeTest extends Kleinedatatest {

    private static final String KOP = "categorie;code;omschrijving;eenheid;uitvoeringsvariant;inkoop;kortingsgroep;ingangsdatum;wijziging\n";
    private static final String REGIONAAL_VANAF_2017 = "45;45A01;Begeleiding;14;inspanningsgericht;regionaal;;2017-01-01;";

    @BeforeEach
    void laad() throws Exception {
        data.toewijzingen(Kleinedata.toewijzing("0193", 1, Kleinedata.AGB, Kleinedata.LOKAAL, "2016-01-01", "2016-12-31", 1, "1", "", ""),
                Kleinedata.toewijzing("0193", 2, Kleinedata.AGB, Kleinedata.LOKAAL, "2017-01-01", "2017-12-31", 1, "1", "", ""));
    }

    private Importresultaat producten(String regel) throws Exception {
        return data.dienst.importeer(Importsoort.PRODUCTEN, "producten.csv", (KOP + regel + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private Overzichten.Budgetregel regio(int jaar) throws Exception {
        return data.monitoring.budgetten(Testomgeving.REGISTER, Testomgeving.REGIO, jaar).regio();
    }

    @Test
    void aReclassificationFrom2017LeavesTheFiguresOf2016AsTheyWere() throws Exception {
        Overzichten.Budgetregel voor2016 = regio(2016);
        assertThat(voor2016.toegewezenLokaal()).isEqualTo(366 * Kleinedata.TARIEF);
        assertThat(regio(2017).toegewezenRegionaal()).isZero();

        Importresultaat r = producten(REGIONAAL_VANAF_2017 + "correctie");
        assertThat(r.geaccepteerd()).as(r.rapport()).isTrue();
        assertThat(r.waarschuwingen()).singleElement().satisfies(w -> assertThat(w.melding())
                .isEqualTo("product 45/45A01 vanaf 2017-01-01: inkoop lokaal → regionaal (correctie met terugwerkende kracht)"));

        assertThat(regio(2016)).isEqualTo(voor2016);
        assertThat(regio(2017).toegewezenRegionaal()).isEqualTo(365 * Kleinedata.TARIEF);
        assertThat(regio(2017).toegewezenLokaal()).isZero();
        assertThat(data.opslag.productperioden().perioden(new Productsleutel("45", "45A01")))
                .extracting(p -> p.ingang() + ".." + p.einde() + " " + p.inkoop().code())
                .containsExactly("1900-01-01..2016-12-31 lokaal", "2017-01-01..null regionaal");
    }

    @Test
    void aChangeOfThePastNeedsTheCorrectionFlag() throws Exception {
        Importresultaat r = producten(REGIONAAL_VANAF_2017);
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("wijziging");
            assertThat(f.melding()).contains("terugwerkende kracht vanaf 2017-01-01 (inkoop lokaal → regionaal)").contains("correctie");
        });
        // without an ingangsdatum the line would rewrite the whole history: the same rule, from the first day
        assertThat(producten("45;45A01;Begeleiding;14;inspanningsgericht;regionaal;;;").fouten()).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("vanaf 1900-01-01"));
        assertThat(data.opslag.productperioden().op(new Productsleutel("45", "45A01"), LocalDate.of(2017, 6, 1)).inkoop())
                .isEqualTo(Inkoop.LOKAAL);
    }

    @Test
    void aChangeThatWouldAlterAFinalRunIsRefusedNamingIt() throws Exception {
        data.dienst.setVaststellingen(regio -> List.of(new Vaststellingen.Vastgesteld(12, regio, 2017, Instant.parse("2018-03-01T10:00:00Z"))));
        Importresultaat r = producten(REGIONAAL_VANAF_2017 + "correctie");
        assertThat(r.fouten()).singleElement().satisfies(f -> assertThat(f.melding())
                .contains("verevening 12 (jeugdhulp-ijsselland 2017, definitief sinds 2018-03-01T10:00:00Z)")
                .contains("laat de wijziging ingaan na 2017"));
        // from the year after the final run it may, as a correction
        assertThat(producten("45;45A01;Begeleiding;14;inspanningsgericht;regionaal;;2018-01-01;correctie").geaccepteerd()).isTrue();
    }

    @Test
    void periodsAreAddedInOrderAndAProductKeepsItsUnit() throws Exception {
        assertThat(producten(REGIONAAL_VANAF_2017 + "correctie").geaccepteerd()).isTrue();
        assertThat(producten("45;45A01;Begeleiding;14;inspanningsgericht;lokaal;;2016-07-01;correctie").fouten()).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("heeft al een periode vanaf 2017-01-01"));
        assertThat(producten("45;45A01;Begeleiding;01;inspanningsgericht;regionaal;;;").fouten()).singleElement()
                .satisfies(f -> assertThat(f.veld()).isEqualTo("eenheid"));
        // the same values again change nothing and need no flag; a new description is no dated change
        Importresultaat zelfde = producten("45;45A01;Begeleiding thuis;14;inspanningsgericht;regionaal;;;");
        assertThat(zelfde.geaccepteerd()).as(zelfde.rapport()).isTrue();
        assertThat(zelfde.waarschuwingen()).isEmpty();
        // a change from a day still to come is no change of the past
        LocalDate later = LocalDate.now().plusYears(1).withDayOfYear(1);
        Importresultaat toekomst = producten("45;45A01;Begeleiding;14;inspanningsgericht;lokaal;;" + later + ";");
        assertThat(toekomst.geaccepteerd()).as(toekomst.rapport()).isTrue();
        assertThat(toekomst.waarschuwingen()).singleElement().satisfies(w -> assertThat(w.melding()).doesNotContain("correctie"));
    }

    /** An allocation is checked against its product as on its ingangsdatum: a later variant change leaves an earlier allocation valid. */
    @Test
    void anAllocationIsCheckedAgainstItsProductAsOnItsFirstDay() throws Exception {
        assertThat(producten("45;45A01;Begeleiding;14;outputgericht;lokaal;;2017-01-01;correctie").geaccepteerd()).isTrue();
        // inspanningsgericht (volume, the product's unit, a frequency): right in 2016, not from 2017
        Importresultaat r = data.dienst.importeer(Importsoort.TOEWIJZINGEN, "toewijzingen.csv", ("gemeente;toewijzingnummer;client;agb;"
                + "categorie;productcode;ingangsdatum;einddatum;volume;eenheid;frequentie\n"
                + "0193;3;" + Kleinedata.client(3) + ";" + Kleinedata.AGB + ";" + Kleinedata.LOKAAL + ";2016-03-01;2016-12-31;1;14;1\n"
                + "0193;4;" + Kleinedata.client(4) + ";" + Kleinedata.AGB + ";" + Kleinedata.LOKAAL + ";2017-03-01;2017-12-31;1;14;1\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.fouten()).extracting(f -> f.plaats() + ", " + f.veld()).containsExactlyInAnyOrder("regel 3, eenheid", "regel 3, frequentie");
    }

    /**
     * Tariffs and tariff cuts do not reach into a year whose equalization run is final while the product is in use then;
     * a product no allocation of that year uses changes nothing settled.
     */
    @Test
    void aTariffOrCutThatWouldAlterAFinalRunIsRefusedNamingIt() throws Exception {
        // 45A01 joins cut group g from 2017 (before any run is final)
        assertThat(producten("45;45A01;Begeleiding;14;inspanningsgericht;lokaal;g;2017-01-01;correctie").geaccepteerd()).isTrue();
        data.dienst.setVaststellingen(regio -> List.of(new Vaststellingen.Vastgesteld(12, regio, 2017, Instant.parse("2018-03-01T10:00:00Z"))));
        String kop = "categorie;code;ingangsdatum;einddatum;tarief\n";
        // 45A01 is used in 2017 (allocation 2); its tariff runs open from 2015, so the line overlaps as well: both reasons named
        Importresultaat r = data.dienst.importeer(Importsoort.TARIEVEN, "tarieven.csv", (kop + "45;45A01;2017-06-01;;5000\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.fouten()).extracting(f -> f.veld() + ": " + f.melding()).contains("ingangsdatum: het tarief van 45/45A01 vanaf 2017-06-01"
                + " verandert de cijfers van verevening 12 (" + Testomgeving.REGIO + " 2017, definitief sinds 2018-03-01T10:00:00Z); een definitieve"
                + " run blijft zoals de leden hem hebben afgerekend: laat de wijziging ingaan na 2017").hasSize(2);
        // 43A01 has no allocation in 2017: a tariff of it changes no settled figure (only the overlap with its open tariff is wrong)
        assertThat(data.dienst.importeer(Importsoort.TARIEVEN, "tarieven.csv", (kop + "43;43A01;2017-06-01;;5000\n")
                .getBytes(StandardCharsets.UTF_8)).fouten()).singleElement().satisfies(f -> assertThat(f.melding()).contains("overlapt"));

        nl.samenspel.jeugdhulp.internal.opslag.Tariefkortingen kortingen = new nl.samenspel.jeugdhulp.internal.opslag.Tariefkortingen(data.opslag);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kortingen.pasToe(2017, "g", "5", data.dienst.definitief()))
                .isInstanceOfSatisfying(nl.samenspel.module.tarief.Kortingsplan.Geweigerd.class, e -> assertThat(e.fouten())
                        .anySatisfy(f -> assertThat(f.melding()).startsWith("een korting vanaf 2017 verandert de cijfers van verevening 12")));
        // from the year after the final one the cut may
        assertThat(kortingen.pasToe(2018, "g", "5", data.dienst.definitief()).regels()).hasSize(1);
    }
}
