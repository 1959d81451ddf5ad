package nl.samenspel.module.tarief;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TariefkortingTest {

    @Test
    void percentagesBecomeBasisPoints() {
        assertThat(Tariefkorting.basispunten("15.05")).contains(1505);
        assertThat(Tariefkorting.basispunten("8")).contains(800);
        assertThat(Tariefkorting.basispunten("0.01")).contains(1);
        assertThat(Tariefkorting.basispunten("15.055")).isEmpty();
        assertThat(Tariefkorting.basispunten("0")).isEmpty();
        assertThat(Tariefkorting.basispunten("100")).isEmpty();
        assertThat(Tariefkorting.basispunten("-3")).isEmpty();
        assertThat(Tariefkorting.basispunten("vijftien")).isEmpty();
    }

    @Test
    void roundsHalfUpToWholeCents() {
        Tariefkorting k = new Tariefkorting(2015, "provinciaal", 1505);
        // 10000 × 0.8495 = 8495 exactly; 9999 × 0.8495 = 8494.1505 → 8494; 10001 × 0.8495 = 8495.8495 → 8496
        assertThat(k.nieuwTarief(10_000)).isEqualTo(8_495);
        assertThat(k.nieuwTarief(9_999)).isEqualTo(8_494);
        assertThat(k.nieuwTarief(10_001)).isEqualTo(8_496);
        // 10 × 0.95 = 9.5 → 10 (half up)
        assertThat(new Tariefkorting(2016, "ggz", 500).nieuwTarief(10)).isEqualTo(10);
    }

    @Property
    void equalsExactDecimalRoundedHalfUp(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long oud,
                                         @ForAll @IntRange(min = 1, max = 9_999) int basispunten) {
        BigDecimal exact = BigDecimal.valueOf(oud).multiply(BigDecimal.valueOf(10_000 - basispunten)).divide(BigDecimal.valueOf(10_000));
        assertThat(new Tariefkorting(2016, "g", basispunten).nieuwTarief(oud))
                .isEqualTo(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
