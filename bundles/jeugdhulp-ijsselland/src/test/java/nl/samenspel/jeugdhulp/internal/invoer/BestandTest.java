package nl.samenspel.jeugdhulp.internal.invoer;

import static nl.samenspel.jeugdhulp.internal.invoer.Monsters.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;
import org.junit.jupiter.api.Test;

/** Archives of messages through {@link Bestand}: read entry by entry, refused whole at any bound. */
class BestandTest {

    private static final Invoerlimieten STANDAARD = Invoerlimieten.standaard();

    private static Map<String, byte[]> berichten(int aantal) {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        for (int i = 1; i <= aantal; i++) {
            inhoud.put("jw301-" + i + ".xml", utf8(Monsters.jw301(Monsters.BSN, List.of(Monsters.product(1000 + i, "2016-03-01")), true)));
        }
        return inhoud;
    }

    @Test
    void anArchiveOfMessagesIsReadEntryByEntry() throws IOException {
        Gelezen<?> g = Monsters.toewijzingen("t.zip", Monsters.zip(berichten(3)), STANDAARD);
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
    void aZipBombIsRefusedFast() throws IOException {
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
        Gelezen<?> g = Monsters.toewijzingen("bom.zip", uit.toByteArray(), STANDAARD);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(g.fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("zipVerhouding");
            assertThat(f.plaats()).isEqualTo("bom.zip, bericht 1 (jw301.xml)");
            assertThat(f.melding()).contains("(grens nl.samenspel.invoer/zipVerhouding = 100)");
        });
    }

    @Test
    void moreMessagesThanTheBoundAreRefused() throws IOException {
        Gelezen<?> g = Monsters.toewijzingen("t.zip", Monsters.zip(berichten(4)), Monsters.limieten(3, 32));
        assertThat(g.fouten()).extracting(Regelfout::veld).containsExactly("zipBerichten");
    }

    @Test
    void nestedArchivesAndNamesOutsideTheArchiveAreRefused() throws IOException {
        Map<String, byte[]> genest = new LinkedHashMap<>(berichten(1));
        genest.put("meer.xml", Monsters.zip(berichten(2)));
        assertThat(Monsters.toewijzingen("t.zip", Monsters.zip(genest), STANDAARD).fouten()).extracting(Regelfout::veld)
                .containsExactly("zipGenest");
        Map<String, byte[]> pad = new LinkedHashMap<>(berichten(1));
        pad.put("../../etc/cron.d/x.xml", utf8(Monsters.jw301()));
        assertThat(Monsters.toewijzingen("t.zip", Monsters.zip(pad), STANDAARD).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("zipPad");
            assertThat(f.plaats()).isEqualTo("t.zip, bericht 2 (.._.._etc_cron.d_x.xml)");
        });
    }

    @Test
    void anEntryNameCarriesNoBsnIntoTheReport() throws IOException {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        inhoud.put("client-" + Monsters.BSN + ".xml", utf8(Monsters.jw301().replace("2016-03-01", "2016-03-32")));
        Gelezen<?> g = Monsters.toewijzingen("t.zip", Monsters.zip(inhoud), STANDAARD);
        assertThat(g.fouten()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.plaats()).startsWith("t.zip, bericht 1 (client-#.xml)");
            assertThat(f.toString()).doesNotContain(Monsters.BSN);
        });
    }

    @Test
    void anEmptyArchiveIsRefused() throws IOException {
        assertThat(Monsters.toewijzingen("t.zip", Monsters.zip(Map.of()), STANDAARD).fouten()).singleElement()
                .satisfies(f -> assertThat(f.veld()).isEqualTo("zipLeeg"));
    }
}
