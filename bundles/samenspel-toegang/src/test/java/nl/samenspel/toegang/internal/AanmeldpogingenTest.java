package nl.samenspel.toegang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AanmeldpogingenTest {

    private static final Duration VENSTER = Duration.ofMinutes(5);
    private static final Duration BLOKKADE = Duration.ofMinutes(10);
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final Aanmeldpogingen pogingen = new Aanmeldpogingen(3, 5, VENSTER, BLOKKADE);

    @Test
    void blokkeertEenNaamNaMaxFoutenBinnenHetVenster() {
        pogingen.mislukt("anna", "10.0.0.1", T0);
        pogingen.mislukt("anna", "10.0.0.2", T0.plusSeconds(60));
        assertThat(pogingen.geblokkeerd("anna", "10.0.0.9", T0.plusSeconds(61))).isEmpty();

        pogingen.mislukt("anna", "10.0.0.3", T0.plusSeconds(120));

        assertThat(pogingen.geblokkeerd("anna", "10.0.0.9", T0.plusSeconds(121))).contains(BLOKKADE.minusSeconds(1));
        assertThat(pogingen.geblokkeerd("bert", "10.0.0.9", T0.plusSeconds(121))).isEmpty();
    }

    @Test
    void foutenVerspreidOverMeerDanHetVensterBlokkerenNiet() {
        pogingen.mislukt("anna", "10.0.0.1", T0);
        pogingen.mislukt("anna", "10.0.0.1", T0.plus(Duration.ofMinutes(3)));
        pogingen.mislukt("anna", "10.0.0.1", T0.plus(Duration.ofMinutes(6)));
        pogingen.mislukt("anna", "10.0.0.1", T0.plus(Duration.ofSeconds(11 * 60 + 30)));

        assertThat(pogingen.geblokkeerd("anna", "10.0.0.1", T0.plus(Duration.ofMinutes(12)))).isEmpty();
    }

    @Test
    void blokkeertEenHerkomstNaFoutenOpVerschillendeNamen() {
        for (int i = 0; i < 5; i++) {
            pogingen.mislukt("naam" + i, "10.0.0.66", T0.plusSeconds(i));
        }

        assertThat(pogingen.geblokkeerd("nieuwe-naam", "10.0.0.66", T0.plusSeconds(10))).isPresent();
        assertThat(pogingen.geblokkeerd("nieuwe-naam", "10.0.0.7", T0.plusSeconds(10))).isEmpty();
        assertThat(pogingen.geblokkeerd("naam0", "10.0.0.7", T0.plusSeconds(10))).as("each name failed only once").isEmpty();
    }

    @Test
    void blokkadeVerloopt() {
        for (int i = 0; i < 3; i++) {
            pogingen.mislukt("anna", "10.0.0.1", T0);
        }

        assertThat(pogingen.geblokkeerd("anna", "", T0.plus(BLOKKADE).minusSeconds(1))).contains(Duration.ofSeconds(1));
        assertThat(pogingen.geblokkeerd("anna", "", T0.plus(BLOKKADE))).isEmpty();
        assertThat(pogingen.mislukt("anna", "10.0.0.1", T0.plus(BLOKKADE))).as("counting starts afresh").isFalse();
    }

    @Test
    void gelukteAanmeldingWistDeTellingVanDeNaam() {
        pogingen.mislukt("anna", "10.0.0.1", T0);
        pogingen.mislukt("anna", "10.0.0.2", T0);
        pogingen.gelukt("anna");
        pogingen.mislukt("anna", "10.0.0.3", T0);
        pogingen.mislukt("anna", "10.0.0.4", T0);

        assertThat(pogingen.geblokkeerd("anna", "", T0)).isEmpty();
        pogingen.mislukt("anna", "10.0.0.4", T0);
        assertThat(pogingen.geblokkeerd("anna", "", T0)).isPresent();
    }

    @Test
    void namenZijnHoofdletterongevoelig() {
        pogingen.mislukt("Anna", "10.0.0.1", T0);
        pogingen.mislukt("ANNA", "10.0.0.2", T0);
        pogingen.mislukt("anna", "10.0.0.3", T0);

        assertThat(pogingen.geblokkeerd("aNNa", "", T0)).isPresent();
        pogingen.gelukt("AnNa");
        assertThat(pogingen.geblokkeerd("anna", "", T0)).as("gelukt is case-insensitive too").isEmpty();
    }

    @Test
    void eenNietBestaandeNaamTeltPreciesZo() {
        // the class never learns whether a name exists: the same failures give the same answers
        assertThat(verloop("beheerder")).isEqualTo(verloop("bestaat-niet-" + 42));
    }

    private List<Object> verloop(String naam) {
        Aanmeldpogingen p = new Aanmeldpogingen(3, 5, VENSTER, BLOKKADE);
        List<Object> uitkomsten = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            uitkomsten.add(p.mislukt(naam, "10.0.0." + i, T0.plusSeconds(i)));
            Optional<Duration> blokkade = p.geblokkeerd(naam, "10.0.0.99", T0.plusSeconds(i));
            uitkomsten.add(blokkade);
        }
        return uitkomsten;
    }

    @Test
    void misluktMeldtDeBlokkadePreciesEenKeer() {
        List<Boolean> uitkomsten = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            uitkomsten.add(pogingen.mislukt("anna", "10.0.0." + i, T0.plusSeconds(i)));
        }

        assertThat(uitkomsten).containsExactly(false, false, true, false, false, false, false, false);
    }

    @Test
    void naamEnHerkomstTegelijkGeblokkeerdMeldtOokEenKeer() {
        Aanmeldpogingen p = new Aanmeldpogingen(2, 2, VENSTER, BLOKKADE);
        assertThat(p.mislukt("anna", "10.0.0.1", T0)).isFalse();
        assertThat(p.mislukt("anna", "10.0.0.1", T0)).isTrue();
        assertThat(p.mislukt("anna", "10.0.0.1", T0)).isFalse();
    }

    @Test
    void zonderBlokkadeduurMeldtMisluktNooitEenBlokkade() {
        Aanmeldpogingen p = new Aanmeldpogingen(2, 2, VENSTER, Duration.ZERO);
        for (int i = 0; i < 6; i++) {
            assertThat(p.mislukt("anna", "10.0.0.1", T0)).isFalse();
        }
        assertThat(p.geblokkeerd("anna", "10.0.0.1", T0)).isEmpty();
    }

    @Test
    void geheugenIsBegrensd() {
        Aanmeldpogingen p = new Aanmeldpogingen(3, Integer.MAX_VALUE, VENSTER, BLOKKADE);
        for (int i = 0; i < Aanmeldpogingen.MAXIMUM_SLEUTELS + 100; i++) {
            p.mislukt("gebruiker" + i, "10.0.0.1", T0);
        }

        assertThat(p.aantalBijgehouden()).isLessThanOrEqualTo(Aanmeldpogingen.MAXIMUM_SLEUTELS);
    }

    @Test
    void geheugenIsBegrensdOokBijVeleHerkomsten() {
        for (int i = 0; i < Aanmeldpogingen.MAXIMUM_SLEUTELS + 100; i++) {
            pogingen.mislukt("gebruiker" + i, "10.1." + (i / 250) + "." + (i % 250), T0);
        }

        assertThat(pogingen.aantalBijgehouden()).isLessThanOrEqualTo(Aanmeldpogingen.MAXIMUM_SLEUTELS);
    }
}
