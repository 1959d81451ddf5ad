package nl.samenspel.jeugdhulp.internal.invoer;

import static nl.samenspel.jeugdhulp.internal.invoer.Monsters.BSN;
import static nl.samenspel.jeugdhulp.internal.invoer.Monsters.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Istandaardbericht;
import nl.samenspel.invoer.Regelfout;
import org.junit.jupiter.api.Test;

/**
 * The module's four iJw types read with its record reader: the standard's namespaces and codes,
 * the fields youth care needs under their CSV columns, and the errors of its records at their
 * element. How any message is refused (DTD, entities, depth, broken XML, archives) is the generic
 * reader's, and is tested with it in samenspel-invoer.
 */
class IjwberichtenTest {

    private static final Invoerlimieten STANDAARD = Invoerlimieten.standaard();

    @Test
    void theTypesAreTheStandardsOwn() {
        assertThat(Ijwberichten.LEZER.typen()).extracting(Istandaardbericht.Type::namespace).containsExactly(
                "http://www.istandaarden.nl/ijw/3_2/jw301/schema", "http://www.istandaarden.nl/ijw/3_2/jw305/schema",
                "http://www.istandaarden.nl/ijw/3_2/jw307/schema", "http://www.istandaarden.nl/ijw/3_2/jw323/schema");
        assertThat(Ijwberichten.LEZER.typen()).extracting(Istandaardbericht.Type::berichtCode).containsExactly("436", "438", "440", "490");
        // the allocation's BSN is checked (and pseudonymised) by the record reader; the others' by the message reader
        assertThat(Ijwberichten.LEZER.typen()).extracting(Istandaardbericht.Type::bsnPerRecord).containsExactly(false, true, true, true);
        assertThat(Ijwberichten.LEZER.typen()).extracting(Istandaardbericht.Type::declaratie).containsExactly(false, false, false, true);
        assertThat(Importsoort.TOEWIJZINGEN.bericht()).contains(Ijwberichten.JW301);
        assertThat(Importsoort.START_ZORG.bericht()).contains(Ijwberichten.JW305);
        assertThat(Importsoort.STOP_ZORG.bericht()).contains(Ijwberichten.JW307);
        assertThat(Importsoort.DECLARATIES.bericht()).contains(Ijwberichten.JW323);
    }

    @Test
    void validSamplesAreAccepted() {
        Gelezen<?> g = Monsters.toewijzingen("m.xml", utf8(Monsters.jw301()), STANDAARD);
        assertThat(g.fouten()).isEmpty();
        assertThat(g.regels()).hasSize(2);
        Gelezen<?> d = Monsters.declaraties("d.xml", utf8(Monsters.jw323()), STANDAARD);
        assertThat(d.fouten()).isEmpty();
        assertThat(d.regels()).hasSize(3);
    }

    @Test
    void theMessageCodeIsNamedOnlyWhenItIsTheStandardsOwn() {
        String jw305 = Monsters.jw301().replace("<BerichtCode>436<", "<BerichtCode>438<");
        assertThat(Monsters.toewijzingen("m.xml", utf8(jw305), STANDAARD).fouten()).anySatisfy(f -> {
            assertThat(f.veld()).isEqualTo("Header/BerichtCode");
            assertThat(f.melding()).isEqualTo("een JW305-bericht (BerichtCode 438), verwacht 436 (JW301)");
            assertThat(f.plaats()).startsWith("m.xml, /Bericht/Header/BerichtCode (regel 2, kolom ");
        });
        String vreemd = Monsters.jw301().replace("<BerichtCode>436<", "<BerichtCode>" + BSN + "<");
        assertThat(Monsters.toewijzingen("m.xml", utf8(vreemd), STANDAARD).fouten()).anySatisfy(f ->
                assertThat(f.melding()).isEqualTo("geen BerichtCode 436, verwacht 436 (JW301)"));
    }

    @Test
    void fieldErrorsNameTheirElementAndNoValue() {
        String bericht = Monsters.jw301(BSN, List.of(Monsters.product(1001, "2016-03-01").replace("<ijw:Eenheid>04<", "<ijw:Eenheid>"
                + Monsters.BSN2 + "<")), true).replace("<Afzender>0193<", "<Afzender>Jansen<");
        Gelezen<?> g = Monsters.toewijzingen("m.xml", utf8(bericht), STANDAARD);
        assertThat(g.fouten()).extracting(Regelfout::toString).allSatisfy(t -> assertThat(t).doesNotContain(Monsters.BSN2)
                .doesNotContain("Jansen"));
        assertThat(g.fouten()).anySatisfy(f -> {
            assertThat(f.veld()).isEqualTo("eenheid");
            assertThat(f.plaats()).contains("/ToegewezenProduct/Omvang/Eenheid (regel 2, kolom ");
            assertThat(f.melding()).startsWith("geen iJw-eenheid (gevonden: 9 cijfers)");
        });
        // a JW301 comes from the gemeente: its Afzender is the record's gemeente
        assertThat(g.fouten()).anySatisfy(f -> {
            assertThat(f.veld()).isEqualTo("gemeente");
            assertThat(f.plaats()).contains("ToegewezenProduct 1, /Bericht/Header/Afzender (regel 2, kolom ");
        });
    }

    @Test
    void anAllocationsBadBsnIsTheRecordReadersToNameAndABirthDateIsNotRead() {
        String bericht = Monsters.jw301("111222334", List.of(Monsters.product(1001, "2016-03-01")), true)
                .replace("<ijw:Datum>2008-05-04<", "<ijw:Datum>geen datum<");
        assertThat(Monsters.toewijzingen("m.xml", utf8(bericht), STANDAARD).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("bsn");
            assertThat(f.plaats()).contains("ToegewezenProduct 1, /Bericht/Client/Bsn (regel 2, kolom ");
            assertThat(f.melding()).isEqualTo("geen geldig BSN (9 cijfers en de elfproef)");
        });
    }

    @Test
    void aDeclarationWithAWrongTotalIsNamedWithoutAmounts() {
        String bericht = Monsters.jw323().replace("<ijw:TotaalBedrag>250<", "<ijw:TotaalBedrag>" + BSN + "<");
        assertThat(Monsters.declaraties("d.xml", utf8(bericht), STANDAARD).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("Declaratie/TotaalIngediendBedrag");
            assertThat(f.plaats()).startsWith("d.xml, /Bericht/Declaratie/TotaalIngediendBedrag/TotaalBedrag (regel 4, kolom ");
            assertThat(f.toString()).doesNotContain(BSN);
        });
        // the second client's line is named by its own path
        String slecht = Monsters.jw323().replace("<ijw:Bedrag>50<", "<ijw:Bedrag>vijftig<");
        assertThat(Monsters.declaraties("d.xml", utf8(slecht), STANDAARD).fouten()).anySatisfy(f -> assertThat(f.plaats())
                .contains("Prestatie 3, /Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie/IngediendBedrag/Bedrag (regel 7, kolom "));
    }
}
