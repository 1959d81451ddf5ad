package nl.samenspel.invoer;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.samenspel.testsupport.Testbestanden.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.samenspel.api.invoer.Invoerlimieten;
import org.junit.jupiter.api.Test;

class ArchiefTest {

    private static final Invoerlimieten STANDAARD = Invoerlimieten.standaard();

    /** What a test reader saw: each entry's name in reports and its bytes, read in small pieces as a parser would. */
    private final List<String> bronnen = new ArrayList<>();
    private final List<Long> groottes = new ArrayList<>();
    private final List<Regelfout> fouten = new ArrayList<>();

    private int lees(byte[] zip, Invoerlimieten limieten) {
        return Archief.lees("a.zip", zip, limieten, fouten, (bron, in) -> {
            bronnen.add(bron);
            byte[] buf = new byte[8192];
            long n = 0;
            for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
                n += r;
            }
            in.close(); // must not close the archive
            groottes.add(n);
        });
    }

    @Test
    void readsEveryEntryInOrderAndSkipsDirectories() throws IOException {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        inhoud.put("berichten/", new byte[0]);
        inhoud.put("berichten/jw301-0193-000012345.xml", "<a/>".getBytes(StandardCharsets.UTF_8));
        inhoud.put("tweede bericht.xml", "<b>twee</b>".getBytes(StandardCharsets.UTF_8));
        assertThat(lees(zip(inhoud), STANDAARD)).isEqualTo(2);
        assertThat(fouten).isEmpty();
        assertThat(bronnen).containsExactly("a.zip, bericht 1 (berichten_jw301-0193-#.xml)", "a.zip, bericht 2 (tweede_bericht.xml)");
        assertThat(groottes).containsExactly(4L, 11L);
    }

    @Test
    void aZipBombIsRefusedFastWithLittleMemory() throws IOException {
        byte[] bom = bom("data.csv", 50L * 1024 * 1024);
        assertThat(bom.length).isLessThan(100 * 1024);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long voor = mx.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        lees(bom, STANDAARD);
        long ms = (System.nanoTime() - start) / 1_000_000;
        long gealloceerd = mx.getCurrentThreadAllocatedBytes() - voor;
        assertThat(fouten).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("zipVerhouding");
            assertThat(f.plaats()).isEqualTo("a.zip, bericht 1 (data.csv)");
            assertThat(f.melding()).contains("meer dan 100 keer zo groot").contains("(grens nl.samenspel.invoer/zipVerhouding = 100)");
        });
        // stopped just past the allowance, not after 50 MB
        assertThat(groottes).isEmpty();
        assertThat(ms).isLessThan(2_000);
        assertThat(gealloceerd).isLessThan(8L * 1024 * 1024);
    }

    @Test
    void theTotalInflatedSizeIsBounded() throws IOException {
        byte[] bom = bom("data.csv", 20L * 1024 * 1024);
        // a ratio that lets it through, a total that does not
        lees(bom, Grenzen.zip(10, 4L * 1024 * 1024, 1_000_000));
        assertThat(fouten).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("zipUitgepakt");
            assertThat(f.plaats()).isEqualTo("a.zip");
            assertThat(f.melding()).isEqualTo("het archief pakt uit tot meer dan 4 MiB; het is niet verder uitgepakt. Splits het"
                    + " (grens nl.samenspel.invoer/zipUitgepakt = 4194304)");
        });
    }

    @Test
    void theWholeArchiveRatioCountsEntriesEachUnderTheAllowance() throws IOException {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            inhoud.put("deel" + i + ".csv", new byte[600 * 1024]);
        }
        lees(zip(inhoud), STANDAARD);
        assertThat(fouten).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("zipVerhouding");
            assertThat(f.plaats()).isEqualTo("a.zip");
            assertThat(f.melding()).startsWith("het archief pakt meer dan 100 keer");
        });
        // the allowance: one small, very compressible entry passes
        fouten.clear();
        assertThat(lees(zip(Map.of("klein.csv", new byte[900 * 1024])), STANDAARD)).isEqualTo(1);
        assertThat(fouten).isEmpty();
    }

    @Test
    void moreEntriesThanTheBoundAreRefusedBeforeTheNextIsRead() throws IOException {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            inhoud.put(i + ".xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        }
        lees(zip(inhoud), Grenzen.zip(5, STANDAARD.zipUitgepakt(), 100));
        assertThat(bronnen).hasSize(5);
        assertThat(fouten).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("zipBerichten");
            assertThat(f.melding()).isEqualTo("het archief heeft meer dan 5 berichten; splits het (grens nl.samenspel.invoer/zipBerichten = 5)");
        });
    }

    @Test
    void aNestedArchiveIsRefusedByNameOrByContent() throws IOException {
        byte[] binnen = zip(Map.of("x.xml", "<x/>".getBytes(StandardCharsets.UTF_8)));
        lees(zip(Map.of("binnen.zip", binnen)), STANDAARD);
        assertThat(fouten).singleElement().satisfies(f -> assertThat(f.veld()).isEqualTo("zipGenest"));
        fouten.clear();
        lees(zip(Map.of("binnen.xml", binnen)), STANDAARD);
        assertThat(fouten).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("zipGenest");
            assertThat(f.plaats()).isEqualTo("a.zip, bericht 1 (binnen.xml)");
            assertThat(f.melding()).contains("archief in een archief");
        });
        assertThat(bronnen).isEmpty();
        for (String naam : List.of("a.JAR", "b.gz", "c.7z", "d.rar")) {
            fouten.clear();
            lees(zip(Map.of(naam, new byte[] {1, 2, 3})), STANDAARD);
            assertThat(fouten).as(naam).singleElement().satisfies(f -> assertThat(f.veld()).isEqualTo("zipGenest"));
        }
    }

    @Test
    void namesOutsideTheArchiveAreRefused() throws IOException {
        for (String naam : List.of("../etc/passwd", "a/../../b.xml", "/etc/passwd", "C:/x.xml", "c:x.xml", "map\\x.xml", "..")) {
            fouten.clear();
            bronnen.clear();
            lees(zip(Map.of(naam, "<x/>".getBytes(StandardCharsets.UTF_8))), STANDAARD);
            assertThat(fouten).as(naam).singleElement().satisfies(f -> assertThat(f.veld()).isEqualTo("zipPad"));
            assertThat(bronnen).as(naam).isEmpty();
        }
        // dots inside a name are no parent segment
        fouten.clear();
        assertThat(lees(zip(Map.of("a..b/c.xml", "<x/>".getBytes(StandardCharsets.UTF_8))), STANDAARD)).isEqualTo(1);
        assertThat(fouten).isEmpty();
    }

    @Test
    void aNameTwiceIsRefused() throws IOException {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        inhoud.put("a.xml", "<a/>".getBytes(StandardCharsets.UTF_8));
        inhoud.put("b.xml", "<b/>".getBytes(StandardCharsets.UTF_8));
        // ZipOutputStream refuses to write a name twice; change the second one in the bytes
        byte[] zip = vervang(zip(inhoud), "b.xml", "a.xml");
        lees(zip, STANDAARD);
        assertThat(fouten).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("zipDubbel");
            assertThat(f.plaats()).isEqualTo("a.zip, bericht 2 (a.xml)");
        });
    }

    @Test
    void aBrokenArchiveIsRefusedInOurOwnWords() throws IOException {
        byte[] zip = zip(Map.of("geheim-123456782.xml", "<bericht>een flink stuk tekst dat gecomprimeerd wordt</bericht>".repeat(20)
                .getBytes(StandardCharsets.UTF_8)));
        // damage the compressed data: the inflater or the CRC check fails
        for (int i = 60; i < 90; i++) {
            zip[i] ^= 0x5a;
        }
        List<String> gezegd = new ArrayList<>();
        Archief.lees("a.zip", zip, STANDAARD, fouten, (bron, in) -> {
            try {
                in.readAllBytes();
            } catch (IOException e) {
                gezegd.add(bron); // a reader that reports the broken stream itself
                fouten.add(new Regelfout(bron, "", "kapot"));
            }
        });
        assertThat(fouten).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("zipOnleesbaar");
            assertThat(f.toString()).doesNotContain("123456782").doesNotContain("kapot");
        });
        fouten.clear();
        byte[] heel = zip(Map.of("a.xml", "<bericht>tekst</bericht>".repeat(50).getBytes(StandardCharsets.UTF_8)));
        lees(java.util.Arrays.copyOf(heel, 60), STANDAARD);
        assertThat(fouten).singleElement().satisfies(f -> assertThat(f.veld()).isEqualTo("zipOnleesbaar"));
        // a header cut short reads as no entry at all: the caller refuses an archive without messages
        fouten.clear();
        assertThat(lees("PK\3\4 dit is geen archief".getBytes(StandardCharsets.ISO_8859_1), STANDAARD)).isZero();
    }

    @Test
    void aReaderThatStopsEarlyLeavesTheRestToBeCountedNotInflatedUnseen() throws IOException {
        byte[] bom = bom("data.csv", 20L * 1024 * 1024);
        Archief.lees("a.zip", bom, STANDAARD, fouten, (bron, in) -> in.readNBytes(10));
        assertThat(fouten).singleElement().satisfies(f -> assertThat(f.veld()).isEqualTo("zipVerhouding"));
    }

    @Test
    void aReaderThatSwallowsTheRefusalStillEndsTheArchive() throws IOException {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        inhoud.put("1.csv", new byte[20 * 1024 * 1024]);
        inhoud.put("2.csv", new byte[10]);
        Archief.lees("a.zip", zip(inhoud), STANDAARD, fouten, (bron, in) -> {
            bronnen.add(bron);
            try {
                in.readAllBytes();
            } catch (RuntimeException e) {
                fouten.add(new Regelfout(bron, "", "afgebroken")); // taken back: the stream ended because of the bound
            }
        });
        assertThat(bronnen).hasSize(1);
        assertThat(fouten).extracting(Regelfout::veld).containsExactly("zipVerhouding");
    }

    @Test
    void namesCannotCarryABsn() {
        assertThat(Archief.veiligeNaam("jw301-0193.xml")).isEqualTo("jw301-0193.xml");
        // eleven digits in all: a BSN could hide in them
        assertThat(Archief.veiligeNaam("jw301-0193-2016.xml")).isEqualTo("jw###-####-####.xml");
        assertThat(Archief.veiligeNaam("client 123456782.xml")).isEqualTo("client_#.xml");
        assertThat(Archief.veiligeNaam("1234-5678-9.xml")).isEqualTo("####-####-#.xml");
        assertThat(Archief.veiligeNaam("12 34 56 78 2")).isEqualTo("##_##_##_##_#");
        // a name reduced once stays as it is: the inbox reduces a file's name, the module's report then names the same file
        assertThat(Archief.veiligeNaam(Archief.veiligeNaam("client 123456782.xml"))).isEqualTo("client_#.xml");
        assertThat(Importresultaat.veiligeNaam("jw301-#.zip")).isEqualTo("jw301-#.zip");
        assertThat(Archief.veiligeNaam("../..\\c:/ä€.xml")).isEqualTo(".._.._c____.xml");
        assertThat(Archief.veiligeNaam("..")).isEqualTo("_");
        assertThat(Archief.veiligeNaam("")).isEqualTo("_");
        assertThat(Archief.veiligeNaam(null)).isEqualTo("_");
        assertThat(Archief.veiligeNaam("x".repeat(300))).hasSize(120);
    }

    /** An archive with one entry of {@code bytes} zeros, deflated: a ZIP bomb built in the test. */
    static byte[] bom(String naam, long bytes) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(naam));
            byte[] nullen = new byte[1024 * 1024];
            for (long n = 0; n < bytes; n += nullen.length) {
                zip.write(nullen, 0, (int) Math.min(nullen.length, bytes - n));
            }
            zip.closeEntry();
        }
        return uit.toByteArray();
    }

    private static byte[] vervang(byte[] zip, String oud, String nieuw) {
        String s = new String(zip, StandardCharsets.ISO_8859_1).replace(oud, nieuw);
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

}
