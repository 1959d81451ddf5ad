package nl.samenspel.jeugdhulp.internal.invoer;

import static nl.samenspel.jeugdhulp.internal.invoer.Monsters.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.testsupport.Testbestanden;
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
    void anArchiveOfJw301IsReadAsAllocationsEntryByEntry() throws IOException {
        Gelezen<?> g = Monsters.toewijzingen("t.zip", Testbestanden.zip(berichten(3)), STANDAARD);
        assertThat(g.fouten()).isEmpty();
        assertThat(g.regels()).extracting(r -> ((nl.samenspel.jeugdhulp.internal.domein.Zorg.Toewijzing) r.waarde()).nummer())
                .containsExactly(1001L, 1002L, 1003L);
        // how a place in an archive is named is the shared reader's (InvoerbestandTest)
        assertThat(g.regels().get(2).plaats()).startsWith("t.zip, bericht 3 (jw301-3.xml), ToegewezenProduct 1");
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
