package nl.samenspel.uitwisseling.internal.knooppunt;

import nl.samenspel.testsupport.Testklok;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.Importresultaat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node takes the hub's master data per module, keeps the last document for a restart, and
 * keeps what it had when the hub cannot be asked, answers an error, or sends what the module
 * cannot read; the stand says which and since when.
 */
class StamgegevensophalerTest {

    private static final String DOCUMENT = "{\"versie\":1,\"producten\":[\"45A48\"]}";

    @TempDir
    Path map;

    private final Testklok klok = new Testklok(Instant.parse("2026-12-07T10:00:00Z"));
    private final Module module = new Module();
    private final Hub hub = new Hub();

    /** A module that keeps what it was handed and refuses a document that says "kapot", as a module refuses a version it cannot read. */
    static final class Module extends Testmodule {
        final List<String> ontvangen = new ArrayList<>();

        Module() {
            super("jeugd-ijsselland", "toewijzingen");
        }

        @Override
        public void hubStamgegevens(byte[] document) {
            String tekst = new String(document, StandardCharsets.UTF_8);
            if (tekst.contains("kapot")) {
                throw new IllegalArgumentException("de stamgegevens van de hub hebben versie 2; dit knooppunt leest versie 1");
            }
            ontvangen.add(tekst);
        }

        @Override
        public Importresultaat importeer(String soort, String bestandsnaam, byte[] inhoud, Afzending afzending) {
            throw new UnsupportedOperationException();
        }
    }

    /** The hub's answers, one per request, as scripted; a null status is a connection that fails. */
    static final class Hub implements Hubverbinding {
        final Deque<Antwoord> script = new ArrayDeque<>();
        final List<String> paden = new ArrayList<>();

        @Override
        public Antwoord verstuur(String module, String soort, String sleutel, String csv) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Antwoord haal(String pad) throws IOException {
            paden.add(pad);
            Antwoord a = script.poll();
            if (a == null) {
                throw new IOException("Connection refused");
            }
            return a;
        }
    }

    private Stamgegevensophaler ophaler() {
        return new Stamgegevensophaler(hub, map.resolve("stamgegevens"), () -> List.of(module), klok);
    }

    @Test
    void theHubsDocumentIsHandedToTheModuleKeptAndShown() throws Exception {
        Stamgegevensophaler ophaler = ophaler();
        hub.script.add(new Hubverbinding.Antwoord(200, DOCUMENT));
        assertThat(ophaler.haal()).isEqualTo(1);
        assertThat(hub.paden).containsExactly("/uitwisseling/stamgegevens/jeugdhulp");
        assertThat(module.ontvangen).containsExactly(DOCUMENT);
        assertThat(Files.readString(map.resolve("stamgegevens/jeugdhulp.json"))).isEqualTo(DOCUMENT);
        assertThat(ophaler.standen()).singleElement().satisfies(s -> {
            assertThat(s.opgehaald()).isEqualTo(klok.instant());
            assertThat(s.sha256()).hasSize(64);
            assertThat(s.laatsteFout()).isNull();
        });

        // the same document again: nothing new, but handed over (a restarted module would have lost it)
        klok.verzet(Duration.ofMinutes(5));
        hub.script.add(new Hubverbinding.Antwoord(200, DOCUMENT));
        assertThat(ophaler.haal()).isZero();
        assertThat(module.ontvangen).hasSize(2);
        assertThat(ophaler.standen().get(0).opgehaald()).isEqualTo(klok.instant());
    }

    @Test
    void whatCannotBeFetchedOrReadChangesNothingAndIsNamed() throws Exception {
        Stamgegevensophaler ophaler = ophaler();
        hub.script.add(new Hubverbinding.Antwoord(200, DOCUMENT));
        ophaler.haal();
        Instant opgehaald = klok.instant();

        klok.verzet(Duration.ofMinutes(5));
        hub.script.add(new Hubverbinding.Antwoord(404, "{\"title\":\"Not Found\"}"));
        assertThat(ophaler.haal()).isZero();
        assertThat(ophaler.standen().get(0)).satisfies(s -> {
            assertThat(s.laatsteFout()).contains("HTTP 404").contains("jeugdhulp");
            assertThat(s.laatsteFoutOp()).isEqualTo(klok.instant());
            assertThat(s.opgehaald()).as("the document in use is still the earlier one").isEqualTo(opgehaald);
        });

        hub.script.add(new Hubverbinding.Antwoord(200, "{\"versie\":2,\"kapot\":true}"));
        ophaler.haal();
        assertThat(ophaler.standen().get(0).laatsteFout()).contains("versie 2");
        assertThat(Files.readString(map.resolve("stamgegevens/jeugdhulp.json"))).as("not overwritten by what could not be read").isEqualTo(DOCUMENT);

        ophaler.haal(); // no answer at all
        assertThat(ophaler.standen().get(0).laatsteFout()).startsWith("geen verbinding met de hub");
        assertThat(module.ontvangen).containsExactly(DOCUMENT);

        hub.script.add(new Hubverbinding.Antwoord(200, DOCUMENT));
        ophaler.haal();
        assertThat(ophaler.standen().get(0).laatsteFout()).as("the state now, not history").isNull();
    }

    @Test
    void aRestartedNodeChecksWithTheLastDocumentWhileTheHubIsAway() throws Exception {
        hub.script.add(new Hubverbinding.Antwoord(200, DOCUMENT));
        ophaler().haal();
        module.ontvangen.clear();

        Stamgegevensophaler naHerstart = ophaler();
        naHerstart.bekend(module);
        assertThat(module.ontvangen).containsExactly(DOCUMENT);
        assertThat(naHerstart.standen().get(0).sha256()).hasSize(64);
        naHerstart.haal(); // the hub is away
        assertThat(module.ontvangen).containsExactly(DOCUMENT);
        assertThat(naHerstart.standen().get(0).laatsteFout()).startsWith("geen verbinding");
    }

    @Test
    void aModuleNeverFetchedShowsEmpty() {
        assertThat(ophaler().standen()).singleElement().satisfies(s -> {
            assertThat(s.module()).isEqualTo("jeugdhulp");
            assertThat(s.opgehaald()).isNull();
        });
    }
}
