package nl.samenspel.jetty.internal;

import nl.samenspel.testsupport.Testklok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** One report per peer and reason per window, and a memory that does not grow past its maximum. */
class LogremTest {

    private final Testklok klok = new Testklok(java.time.Instant.parse("2026-12-01T09:00:00Z"));

    @Test
    void aKeyIsReportedOncePerWindowAndOtherKeysIndependently() {
        Logrem rem = new Logrem(Duration.ofMinutes(1), klok, 100);

        assertThat(rem.mag("kampen|VERLOPEN")).isTrue();
        assertThat(rem.mag("kampen|VERLOPEN")).isFalse();
        assertThat(rem.mag("kampen|ONBEKENDE_CA")).as("another reason of the same peer").isTrue();
        assertThat(rem.mag("deventer|VERLOPEN")).as("another peer").isTrue();

        klok.verzet(Duration.ofSeconds(59));
        assertThat(rem.mag("kampen|VERLOPEN")).isFalse();
        klok.verzet(Duration.ofSeconds(1));
        assertThat(rem.mag("kampen|VERLOPEN")).isTrue();
        assertThat(rem.mag("kampen|VERLOPEN")).isFalse();
    }

    @Test
    void pastItsMaximumItForgetsRatherThanGrows() {
        Logrem rem = new Logrem(Duration.ofMinutes(1), klok, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(rem.mag("adres-" + i)).isTrue();
        }

        assertThat(rem.mag("adres-3")).isTrue();

        // all four were within the window, so all were forgotten: a flood costs at most the maximum per window
        assertThat(rem.mag("adres-0")).isTrue();
    }
}
