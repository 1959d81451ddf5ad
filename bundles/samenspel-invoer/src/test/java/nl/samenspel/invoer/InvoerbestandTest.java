package nl.samenspel.invoer;

import static nl.samenspel.invoer.Berichtmonsters.BSN;
import static nl.samenspel.invoer.Berichtmonsters.JW301;
import static nl.samenspel.invoer.Berichtmonsters.WMO301;
import static nl.samenspel.invoer.Berichtmonsters.lees;
import static nl.samenspel.invoer.Berichtmonsters.product;
import static nl.samenspel.invoer.Berichtmonsters.toewijzing;
import static nl.samenspel.invoer.Berichtmonsters.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.samenspel.api.invoer.Invoerlimieten;
import org.junit.jupiter.api.Test;
import nl.samenspel.testsupport.Testbestanden;

/**
 * Files of a kind through {@link Invoerbestand}: CSV by the kind's columns, a message by its
 * type, an archive of messages entry by entry and refused whole at any bound.
 */
class InvoerbestandTest {

    private static final Invoerlimieten STANDAARD = Invoerlimieten.standaard();

    private static Map<String, byte[]> berichten(int aantal) {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        for (int i = 1; i <= aantal; i++) {
            inhoud.put("jw301-" + i + ".xml", utf8(toewijzing(JW301, BSN, List.of(product(JW301, 1000 + i, "2016-03-01")), true)));
        }
        return inhoud;
    }

    private static Gelezen<?> toewijzingen(String naam, byte[] inhoud, Invoerlimieten limieten) {
        return lees(JW301, naam, inhoud, limieten);
    }

    @Test
    void eachFormatIsReadByItsOwnReaderAndHandsTheClientColumn() {
        assertThat(Invoerbestand.formaat(utf8("gemeente;toewijzingnummer\n"))).isEqualTo(Invoerbestand.Formaat.CSV);
        assertThat(Invoerbestand.formaat(utf8("\uFEFF  <Bericht/>"))).isEqualTo(Invoerbestand.Formaat.XML);
        assertThat(Invoerbestand.formaat(new byte[] {'P', 'K', 3, 4})).isEqualTo(Invoerbestand.Formaat.ZIP);
        String csv = "gemeente;toewijzingnummer;client;ingangsdatum\n0193;7;" + "ab".repeat(32) + ";2016-03-01\n";
        Gelezen<String> g = Berichtmonsters.IWMO_BESTAND.lees(Berichtmonsters.Soort.van(WMO301), "t.csv", utf8(csv),
                (v, kolom) -> kolom + " " + v.geheel("toewijzingnummer", true, 0, 99));
        assertThat(g.fouten()).isEmpty();
        assertThat(g.regels()).extracting(Gelezen.Regel::waarde).containsExactly("client 7");
        Gelezen<String> x = Berichtmonsters.IWMO_BESTAND.lees(Berichtmonsters.Soort.van(WMO301), "w.xml", utf8(toewijzing(WMO301)),
                (v, kolom) -> kolom);
        assertThat(x.regels()).extracting(Gelezen.Regel::waarde).containsExactly(CsvBestand.BSN, CsvBestand.BSN);
    }

    @Test
    void aKindWithoutAMessageIsReadAsCsvOnlyAndTheRefusalNamesTheModulesDocument() {
        Berichtmonsters.Soort aanbieders = new Berichtmonsters.Soort("aanbieders", new CsvBestand.Kolommen(List.of("agb", "naam"), List.of()),
                Optional.empty());
        for (byte[] inhoud : List.of(utf8(toewijzing(JW301)), new byte[] {'P', 'K', 5, 6})) {
            assertThat(Berichtmonsters.IJW_BESTAND.lees(aanbieders, "a.xml", inhoud, (v, k) -> v).fouten()).singleElement()
                    .hasToString("a.xml: aanbieders worden alleen als CSV ingelezen (docs/test.md)");
        }
    }

    @Test
    void anArchiveOfMessagesIsReadEntryByEntry() throws IOException {
        Gelezen<?> g = toewijzingen("t.zip", Testbestanden.zip(berichten(3)), STANDAARD);
        assertThat(g.fouten()).isEmpty();
        assertThat(g.regels()).extracting(Gelezen.Regel::plaats)
                .containsExactly("t.zip, bericht 1 (jw301-1.xml), ToegewezenProduct 1, /Bericht/Client/ToegewezenProducten/ToegewezenProduct (regel 2, kolom "
                        + kolom(g, 0) + ")", g.regels().get(1).plaats(), g.regels().get(2).plaats());
        assertThat(g.regels().get(2).plaats()).startsWith("t.zip, bericht 3 (jw301-3.xml), ToegewezenProduct 1");
    }

    private static String kolom(Gelezen<?> g, int i) {
        String p = g.regels().get(i).plaats();
        return p.substring(p.lastIndexOf("kolom ") + 6, p.length() - 1);
    }

    @Test
    void aZipBombIsRefusedFastThroughTheParser() throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.putNextEntry(new ZipEntry("jw301.xml"));
            byte[] spaties = new byte[1024 * 1024];
            java.util.Arrays.fill(spaties, (byte) ' ');
            zip.write(utf8("<?xml version=\"1.0\"?>"));
            for (int i = 0; i < 50; i++) {
                zip.write(spaties); // whitespace before the root: a parser reads it all
            }
            zip.closeEntry();
        }
        long start = System.nanoTime();
        Gelezen<?> g = toewijzingen("bom.zip", uit.toByteArray(), STANDAARD);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(g.fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("zipVerhouding");
            assertThat(f.plaats()).isEqualTo("bom.zip, bericht 1 (jw301.xml)");
            assertThat(f.melding()).contains("(grens nl.samenspel.invoer/zipVerhouding = 100)");
        });
    }

    @Test
    void moreMessagesThanTheBoundAreRefused() throws IOException {
        Gelezen<?> g = toewijzingen("t.zip", Testbestanden.zip(berichten(4)), Berichtmonsters.limieten(3, 32));
        assertThat(g.fouten()).extracting(Regelfout::veld).containsExactly("zipBerichten");
    }

    @Test
    void nestedArchivesAndNamesOutsideTheArchiveAreRefused() throws IOException {
        Map<String, byte[]> genest = new LinkedHashMap<>(berichten(1));
        genest.put("meer.xml", Testbestanden.zip(berichten(2)));
        assertThat(toewijzingen("t.zip", Testbestanden.zip(genest), STANDAARD).fouten()).extracting(Regelfout::veld)
                .containsExactly("zipGenest");
        Map<String, byte[]> pad = new LinkedHashMap<>(berichten(1));
        pad.put("../../etc/cron.d/x.xml", utf8(toewijzing(JW301)));
        assertThat(toewijzingen("t.zip", Testbestanden.zip(pad), STANDAARD).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("zipPad");
            assertThat(f.plaats()).isEqualTo("t.zip, bericht 2 (.._.._etc_cron.d_x.xml)");
        });
    }

    @Test
    void anEntryNameCarriesNoBsnIntoTheReport() throws IOException {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        inhoud.put("client-" + BSN + ".xml", utf8(toewijzing(JW301).replace("2016-03-01", "2016-03-32")));
        Gelezen<?> g = toewijzingen("t.zip", Testbestanden.zip(inhoud), STANDAARD);
        assertThat(g.fouten()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.plaats()).startsWith("t.zip, bericht 1 (client-#.xml)");
            assertThat(f.toString()).doesNotContain(BSN);
        });
    }

    @Test
    void anEmptyArchiveIsRefused() throws IOException {
        assertThat(toewijzingen("t.zip", Testbestanden.zip(Map.of()), STANDAARD).fouten()).singleElement()
                .satisfies(f -> assertThat(f.veld()).isEqualTo("zipLeeg"));
    }
}
