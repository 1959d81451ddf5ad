package nl.samenspel.jeugdhulp.internal.invoer;

import static nl.samenspel.jeugdhulp.internal.invoer.Monsters.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Gelezen;
import org.junit.jupiter.api.Test;

/**
 * The module's kinds of file through {@link Importsoort#BESTAND}: an archive of its messages read
 * entry by entry, a CSV file by the kind's columns, and a message refused for a kind that has
 * none. The archive's bounds are the generic reader's, tested with it in samenspel-invoer.
 */
class ImportsoortTest {

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
    void aCsvFileIsReadByTheKindsColumns() {
        Gelezen<?> g = Monsters.toewijzingen("t.csv", utf8(Monsters.CSV), STANDAARD);
        assertThat(g.fouten()).isEmpty();
        assertThat(g.regels()).extracting(Gelezen.Regel::plaats).containsExactly("regel 2", "regel 3");
    }

    @Test
    void aMessageForAKindWithoutOneIsRefusedNamingTheModulesDocument() {
        Gelezen<?> g = Importsoort.BESTAND.lees(Importsoort.AANBIEDERS, "a.xml", utf8(Monsters.jw301()), STANDAARD, (v, k) -> v);
        assertThat(g.fouten()).singleElement().hasToString("a.xml: aanbieders worden alleen als CSV ingelezen (docs/jeugdhulp.md)");
    }
}
