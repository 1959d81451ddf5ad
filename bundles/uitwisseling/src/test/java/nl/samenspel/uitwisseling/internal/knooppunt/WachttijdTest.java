package nl.samenspel.uitwisseling.internal.knooppunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backoff between failed attempts: first wait, doubling, the Digikoppeling cap of 300 s, and a fresh start after a success. */
class WachttijdTest {

    private static final Duration SECONDE = Duration.ofSeconds(1);
    private static final Duration LANGSTE = Duration.ofSeconds(300);

    @Test
    void theFirstFailureWaitsTheFirstWait() {
        Wachttijd w = new Wachttijd(Duration.ofMillis(500), LANGSTE);
        assertThat(w.mislukt()).isZero();
        assertThat(w.naFout()).isEqualTo(Duration.ofMillis(500));
        assertThat(w.mislukt()).isEqualTo(1);
    }

    @Test
    void everyNextFailureDoublesTheWaitUntilTheCapAndStaysThere() {
        Wachttijd w = new Wachttijd(SECONDE, LANGSTE);
        List<Long> seconden = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            seconden.add(w.naFout().toSeconds());
        }
        assertThat(seconden).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L, 300L);
        assertThat(w.mislukt()).isEqualTo(12);
    }

    @Test
    void aHundredFailuresNeverWaitLongerThanTheCapAndNeverShorterThanBefore() {
        Wachttijd w = new Wachttijd(Duration.ofMillis(250), LANGSTE);
        Duration vorige = Duration.ZERO;
        boolean capBereikt = false;
        for (int i = 1; i <= 100; i++) {
            Duration wacht = w.naFout();
            assertThat(wacht).as("wachttijd na fout %d", i).isPositive().isLessThanOrEqualTo(LANGSTE).isGreaterThanOrEqualTo(vorige);
            if (wacht.compareTo(LANGSTE) < 0) {
                assertThat(capBereikt).as("na de cap blijft het de cap (fout %d)", i).isFalse();
                assertThat(wacht).isEqualTo(Duration.ofMillis(250).multipliedBy(1L << (i - 1)));
            } else {
                capBereikt = true;
            }
            vorige = wacht;
        }
        assertThat(capBereikt).isTrue();
        assertThat(w.mislukt()).isEqualTo(100);
    }

    @Test
    void aCapThatIsNoPowerOfTwoTimesTheFirstIsStillReachedExactly() {
        Wachttijd w = new Wachttijd(Duration.ofSeconds(7), Duration.ofSeconds(50));
        assertThat(List.of(w.naFout(), w.naFout(), w.naFout(), w.naFout(), w.naFout())).extracting(Duration::toSeconds)
                .containsExactly(7L, 14L, 28L, 50L, 50L);
    }

    @Test
    void aFirstWaitEqualToTheCapNeverGrows() {
        Wachttijd w = new Wachttijd(LANGSTE, LANGSTE);
        for (int i = 0; i < 10; i++) {
            assertThat(w.naFout()).isEqualTo(LANGSTE);
        }
    }

    @Test
    void aSuccessStartsOverFromTheFirstWait() {
        Wachttijd w = new Wachttijd(SECONDE, LANGSTE);
        for (int i = 0; i < 20; i++) {
            w.naFout();
        }
        assertThat(w.naFout()).isEqualTo(LANGSTE);
        w.naSucces();
        assertThat(w.mislukt()).isZero();
        assertThat(w.naFout()).isEqualTo(SECONDE);
        assertThat(w.naFout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> new Wachttijd(Duration.ZERO, LANGSTE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positief");
        assertThatThrownBy(() -> new Wachttijd(Duration.ofSeconds(-1), LANGSTE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Wachttijd(Duration.ofSeconds(10), Duration.ofSeconds(9))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("langste");
        assertThatThrownBy(() -> new Wachttijd(SECONDE, Duration.ofSeconds(-300))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Wachttijd(null, LANGSTE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Wachttijd(SECONDE, null)).isInstanceOf(NullPointerException.class);
    }
}
