package nl.samenspel.toegang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import nl.samenspel.testsupport.Testklok;
import org.junit.jupiter.api.Test;

/** When a dashboard session ends: idle, too old, logged out, or pushed out by the bound. */
class SessiesTest {

    private final Testklok klok = new Testklok();
    private final Sessies sessies = new Sessies(new Sessies.Grenzen(Duration.ofMinutes(30), Duration.ofHours(10), 3), klok);
    private final Aanmelding lezer = new Aanmelding("lees", Set.of("lezer"));

    @Test
    void gebruikHoudtDeSessieOpenTotDeInactieveTijd() {
        Sessie s = sessies.open(lezer);
        klok.verzet(Duration.ofMinutes(29));
        assertThat(sessies.gebruik(s.id())).isPresent();
        klok.verzet(Duration.ofMinutes(29));
        assertThat(sessies.gebruik(s.id())).as("used 29 minutes ago").isPresent();
        klok.verzet(Duration.ofMinutes(30));
        assertThat(sessies.gebruik(s.id())).as("idle 30 minutes").isEmpty();
        assertThat(sessies.aantal()).isZero();
    }

    @Test
    void naDeMaximaleDuurVervaltZeOokBijGebruik() {
        Sessie s = sessies.open(lezer);
        for (int i = 0; i < 39; i++) {
            klok.verzet(Duration.ofMinutes(15));
            assertThat(sessies.gebruik(s.id())).isPresent();
        }
        klok.verzet(Duration.ofMinutes(15));
        assertThat(sessies.gebruik(s.id())).as("10 hours after the login").isEmpty();
    }

    @Test
    void afmeldenSluitAlleenDezeSessie() {
        Sessie a = sessies.open(lezer);
        Sessie b = sessies.open(lezer);
        sessies.sluit(a.id());
        assertThat(sessies.gebruik(a.id())).isEmpty();
        assertThat(sessies.gebruik(b.id())).isPresent();
        assertThat(sessies.gebruik(null)).isEmpty();
        assertThat(sessies.gebruik("geraden")).isEmpty();
    }

    @Test
    void bovenHetMaximumVervaltDeLangstOngebruikte() {
        Sessie oudste = sessies.open(lezer);
        klok.verzet(Duration.ofMinutes(1));
        Sessie tweede = sessies.open(lezer);
        klok.verzet(Duration.ofMinutes(1));
        Sessie derde = sessies.open(lezer);
        klok.verzet(Duration.ofMinutes(1));
        sessies.gebruik(oudste.id());
        Sessie vierde = sessies.open(lezer);

        assertThat(sessies.aantal()).isEqualTo(3);
        assertThat(sessies.gebruik(tweede.id())).as("least recently used").isEmpty();
        assertThat(sessies.gebruik(oudste.id())).isPresent();
        assertThat(sessies.gebruik(derde.id())).isPresent();
        assertThat(sessies.gebruik(vierde.id())).isPresent();
    }

    @Test
    void idEnCsrfZijnVerschillendeWillekeurigeWaarden() {
        Sessie a = sessies.open(lezer);
        Sessie b = sessies.open(lezer);
        assertThat(a.id()).hasSize(43).isNotEqualTo(b.id()).isNotEqualTo(a.csrf());
        assertThat(a.csrf()).hasSize(43).isNotEqualTo(b.csrf());
    }
}
