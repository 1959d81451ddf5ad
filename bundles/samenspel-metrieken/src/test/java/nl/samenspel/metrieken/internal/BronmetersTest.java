package nl.samenspel.metrieken.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.gezondheid.Gezondheid;
import nl.samenspel.api.gezondheid.Meetbron;
import nl.samenspel.api.gezondheid.Meting;
import org.junit.jupiter.api.Test;

/** The holders of the sources' figures: registered once, updated at each scrape, gone with what they measured. */
class BronmetersTest {

    private final PrometheusMeterRegistry registry = Verzamelaar.register();
    private final List<String> waarschuwingen = new ArrayList<>();
    private final Bronmeters bronmeters = new Bronmeters(registry, waarschuwingen::add);

    /** A source that reports what the test gives it, or throws. */
    private static final class Proefbron implements Meetbron {
        private List<Meting> metingen = List.of();
        private RuntimeException fout;

        Proefbron met(Meting... nieuw) {
            metingen = List.of(nieuw);
            fout = null;
            return this;
        }

        Proefbron werpt(RuntimeException e) {
            fout = e;
            return this;
        }

        @Override
        public List<Meting> metingen() {
            if (fout != null) {
                throw fout;
            }
            return metingen;
        }
    }

    private static Bron bron(String naam, Meetbron meetbron) {
        return new Bron("meetbron-" + naam, naam, meetbron);
    }

    private static Meting wachtrij(double waarde) {
        return Meting.meter("samenspel.test.wachtrij", "Batches die wachten", "", Map.of("module", "jeugdhulp"), waarde);
    }

    private static Meting verzonden(double waarde) {
        return Meting.teller("samenspel.test.verzonden", "Verzonden batches", "", Map.of(), waarde);
    }

    private String lees(Bron... bronnen) {
        bronmeters.lees(List.of(bronnen));
        return registry.scrape();
    }

    @Test
    void aGaugeAndACounterAreExposedWithHelpUnitAndLabels() {
        Bron bron = bron("uitwisseling", new Proefbron().met(wachtrij(3), verzonden(7),
                Meting.meter("samenspel.test.wachtrij.oudste", "Leeftijd van de oudste batch", "seconds", Map.of(), 12.5)));

        String tekst = lees(bron);

        assertThat(tekst).contains("# HELP samenspel_test_wachtrij Batches die wachten\n", "# TYPE samenspel_test_wachtrij gauge\n",
                "samenspel_test_wachtrij{module=\"jeugdhulp\"} 3.0\n", "# TYPE samenspel_test_verzonden_total counter\n",
                "samenspel_test_verzonden_total 7.0\n", "samenspel_test_wachtrij_oudste_seconds 12.5\n",
                "samenspel_metrieken_bronfouten_total{bron=\"uitwisseling\"} 0.0\n");
        assertThat(waarschuwingen).isEmpty();
    }

    @Test
    void laterScrapesSetTheHoldersAndRegisterNothingNew() {
        Proefbron proef = new Proefbron().met(wachtrij(3), verzonden(7));
        Bron bron = bron("uitwisseling", proef);
        lees(bron);
        int meters = registry.getMeters().size();

        String tekst = lees(bron(proef.met(wachtrij(0), verzonden(9))));

        assertThat(registry.getMeters()).hasSize(meters);
        assertThat(tekst).contains("samenspel_test_wachtrij{module=\"jeugdhulp\"} 0.0\n", "samenspel_test_verzonden_total 9.0\n");
    }

    private static Bron bron(Proefbron proef) {
        return bron("uitwisseling", proef);
    }

    @Test
    void aThrowingSourceIsSkippedCountedAndLoggedOnceWithoutItsMessage() {
        Bron goed = bron("uitwisseling", new Proefbron().met(verzonden(7)));
        Proefbron kapot = new Proefbron().met(wachtrij(4));
        Bron kapotteBron = bron("invoer", kapot);
        assertThat(lees(goed, kapotteBron)).contains("samenspel_test_wachtrij{module=\"jeugdhulp\"} 4.0\n");

        kapot.werpt(new IllegalStateException("rij van client 123456782 onleesbaar"));
        lees(goed, kapotteBron);
        String tekst = lees(goed, kapotteBron);

        assertThat(tekst).contains("samenspel_test_verzonden_total 7.0\n", "samenspel_metrieken_bronfouten_total{bron=\"invoer\"} 2.0\n",
                "samenspel_metrieken_bronfouten_total{bron=\"uitwisseling\"} 0.0\n");
        // what it said before is not shown as if it were still so
        assertThat(tekst).doesNotContain("samenspel_test_wachtrij{");
        assertThat(waarschuwingen).hasSize(1);
        assertThat(waarschuwingen.get(0)).contains("invoer", "IllegalStateException").doesNotContain("123456782");

        assertThat(lees(goed, bron("invoer", kapot.met(wachtrij(5))))).contains("samenspel_test_wachtrij{module=\"jeugdhulp\"} 5.0\n");
    }

    @Test
    void theMetersOfASourceThatWentAwayAreRemoved() {
        Bron blijft = bron("uitwisseling", new Proefbron().met(verzonden(7)));
        Bron gaat = bron("invoer", new Proefbron().met(wachtrij(3)));
        lees(blijft, gaat);
        int zonder = registry.getMeters().size() - 2; // its figure and its error counter

        String tekst = lees(blijft);

        assertThat(tekst).doesNotContain("samenspel_test_wachtrij", "bron=\"invoer\"").contains("samenspel_test_verzonden_total 7.0\n");
        assertThat(registry.getMeters()).hasSize(zonder);

        // told by the service registry, between scrapes
        lees(blijft, gaat);
        bronmeters.vergeet(gaat.id());
        assertThat(registry.scrape()).doesNotContain("samenspel_test_wachtrij", "bron=\"invoer\"");
    }

    @Test
    void aFigureTheSourceNoLongerReportsDisappears() {
        Proefbron proef = new Proefbron().met(wachtrij(3), verzonden(7));
        lees(bron(proef));

        String tekst = lees(bron(proef.met(verzonden(8))));

        assertThat(tekst).doesNotContain("samenspel_test_wachtrij").contains("samenspel_test_verzonden_total 8.0\n");
    }

    @Test
    void aFigureThatClashesIsRefusedAndTheRestStays() {
        Bron eerste = bron("uitwisseling", new Proefbron().met(wachtrij(3)));
        Bron andereSoort = bron("a", new Proefbron().met(verzonden(1),
                Meting.teller("samenspel.test.wachtrij", "", "", Map.of("module", "wmo"), 1)));
        Bron andereLabels = bron("b", new Proefbron().met(Meting.meter("samenspel.test.wachtrij", "", "", Map.of("regio", "x"), 1)));
        Bron zelfdeMeter = bron("c", new Proefbron().met(wachtrij(99)));
        Bron bibliotheeknaam = bron("d", new Proefbron().met(Meting.meter("jvm.threads.live", "", "", Map.of(), 1)));

        String tekst = lees(eerste, andereSoort, andereLabels, zelfdeMeter, bibliotheeknaam);

        assertThat(tekst).contains("samenspel_test_wachtrij{module=\"jeugdhulp\"} 3.0\n", "samenspel_test_verzonden_total 1.0\n")
                .doesNotContain("module=\"wmo\"", "regio=\"x\"", " 99.0");
        for (String naam : List.of("a", "b", "c", "d")) {
            assertThat(tekst).contains("samenspel_metrieken_bronfouten_total{bron=\"" + naam + "\"} 1.0\n");
        }
        assertThat(tekst).contains("samenspel_metrieken_bronfouten_total{bron=\"uitwisseling\"} 0.0\n");
        assertThat(waarschuwingen).hasSize(4);
    }

    @Test
    void aHealthServiceBecomesTheNumberOfItsStoringen() {
        List<String> storingen = new ArrayList<>(List.of("de database weigert schrijven"));
        Gezondheid inbox = new Gezondheid() {
            @Override
            public String naam() {
                return "inbox";
            }

            @Override
            public List<String> storingen() {
                return storingen;
            }
        };
        Bron bron = new Bron("gezondheid-1", "inbox", Bron.alsMeetbron(inbox));

        assertThat(lees(bron)).contains("samenspel_gezondheid_storingen{bron=\"inbox\"} 1.0\n");
        storingen.clear();
        assertThat(lees(bron)).contains("samenspel_gezondheid_storingen{bron=\"inbox\"} 0.0\n");
    }
}
