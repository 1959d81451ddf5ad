package nl.samenspel.toegang.internal;

import nl.samenspel.testsupport.Testklok;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AanmeldcacheTest {

    private static final String WACHTWOORD = "paard-batterij-nietje";

    private final Testklok klok = new Testklok();
    private final TellendeRealm realm = new TellendeRealm();
    private final Aanmeldcache cache = new Aanmeldcache(realm, Duration.ofSeconds(60), klok);

    /** A realm that knows anna with one password, and counts how often it is asked. */
    static final class TellendeRealm implements Inloggen {
        final List<String> gevraagd = new ArrayList<>();

        @Override
        public Optional<Aanmelding> inloggen(String gebruiker, char[] wachtwoord, String herkomst) {
            gevraagd.add(gebruiker);
            return "anna".equals(gebruiker) && WACHTWOORD.equals(new String(wachtwoord))
                    ? Optional.of(new Aanmelding("anna", Set.of("controller"))) : Optional.empty();
        }
    }

    @Test
    void tweedeAanmeldingBinnenDeLevensduurVraagtDeRealmNiet() {
        Optional<Aanmelding> eerste = cache.inloggen("anna", WACHTWOORD.toCharArray(), "10.0.0.1");
        klok.verzet(Duration.ofSeconds(59));
        Optional<Aanmelding> tweede = cache.inloggen("anna", WACHTWOORD.toCharArray(), "10.0.0.2");

        assertThat(eerste).contains(new Aanmelding("anna", Set.of("controller")));
        assertThat(tweede).isEqualTo(eerste);
        assertThat(realm.gevraagd).hasSize(1);
    }

    @Test
    void verkeerdWachtwoordWordtNooitBewaard() {
        for (int i = 0; i < 3; i++) {
            assertThat(cache.inloggen("anna", "fout-wachtwoord".toCharArray(), "10.0.0.1")).isEmpty();
            assertThat(cache.inloggen("onbekend", WACHTWOORD.toCharArray(), "10.0.0.1")).isEmpty();
        }

        assertThat(realm.gevraagd).hasSize(6);
    }

    @Test
    void eenAnderWachtwoordVanEenBewaardeGebruikerGaatNaarDeRealm() {
        cache.inloggen("anna", WACHTWOORD.toCharArray(), "10.0.0.1");

        assertThat(cache.inloggen("anna", "fout-wachtwoord".toCharArray(), "10.0.0.1")).isEmpty();
        assertThat(realm.gevraagd).hasSize(2);
    }

    @Test
    void naDeLevensduurWordtDeRealmWeerGevraagd() {
        cache.inloggen("anna", WACHTWOORD.toCharArray(), "10.0.0.1");
        klok.verzet(Duration.ofSeconds(60));
        cache.inloggen("anna", WACHTWOORD.toCharArray(), "10.0.0.1");
        cache.inloggen("anna", WACHTWOORD.toCharArray(), "10.0.0.1");

        assertThat(realm.gevraagd).as("expired at exactly the TTL, then cached again").hasSize(2);
    }

    @Test
    void levensduurNulZetDeCacheUit() {
        Aanmeldcache uit = new Aanmeldcache(realm, Duration.ZERO, klok);
        for (int i = 0; i < 3; i++) {
            assertThat(uit.inloggen("anna", WACHTWOORD.toCharArray(), "10.0.0.1")).isPresent();
        }

        assertThat(realm.gevraagd).hasSize(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void deSleutelBevatHetWachtwoordNiet() throws Exception {
        String sleutel = Aanmeldcache.sleutel("anna", WACHTWOORD.toCharArray());

        assertThat(sleutel).matches("[0-9a-f]{64}").doesNotContain(WACHTWOORD).doesNotContain("anna");
        assertThat(Aanmeldcache.sleutel("anna", "ander-wachtwoord".toCharArray())).isNotEqualTo(sleutel);
        // name and password are separated: "ann" + "apaard..." is not "anna" + "paard..."
        assertThat(Aanmeldcache.sleutel("ann", ("a" + WACHTWOORD).toCharArray())).isNotEqualTo(sleutel);

        cache.inloggen("anna", WACHTWOORD.toCharArray(), "10.0.0.1");
        Field veld = Aanmeldcache.class.getDeclaredField("bewaard");
        veld.setAccessible(true);
        Map<String, ?> bewaard = (Map<String, ?>) veld.get(cache);
        assertThat(bewaard.keySet()).containsExactly(sleutel);
        assertThat(bewaard.toString()).doesNotContain(WACHTWOORD);
    }

    @Test
    void hetWachtwoordVanDeAanroeperBlijftOngemoeid() {
        char[] wachtwoord = WACHTWOORD.toCharArray();
        cache.inloggen("anna", wachtwoord, "10.0.0.1");

        assertThat(wachtwoord).isEqualTo(WACHTWOORD.toCharArray());
    }

    @Test
    void concurrentFirstLoginsWithTheSameCredentialsAskTheRealmOnce() throws Exception {
        java.util.concurrent.CountDownLatch doorgaan = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger gevraagd = new java.util.concurrent.atomic.AtomicInteger();
        Inloggen traag = (g, w, h) -> {
            gevraagd.incrementAndGet();
            try {
                doorgaan.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(new Aanmelding(g, Set.of("lezer")));
        };
        Aanmeldcache cache = new Aanmeldcache(traag, Duration.ofSeconds(60), java.time.Clock.systemUTC());
        List<Optional<Aanmelding>> antwoorden = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> draden = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> antwoorden.add(cache.inloggen("anna", "geheim-wachtwoord".toCharArray(), "h")));
            draden.add(t);
            t.start();
        }
        // all eight are blocked: one in the realm, seven waiting for its answer (without single flight: eight in the realm)
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> draden.stream()
                .allMatch(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING));
        doorgaan.countDown();
        for (Thread t : draden) {
            t.join(5000);
        }
        assertThat(antwoorden).hasSize(8).allSatisfy(a -> assertThat(a).map(Aanmelding::naam).contains("anna"));
        assertThat(gevraagd.get()).isEqualTo(1);
    }
}
