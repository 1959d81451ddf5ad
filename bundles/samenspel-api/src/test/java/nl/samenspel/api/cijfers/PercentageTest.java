package nl.samenspel.api.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentageTest {

    @Test
    void oneDecimalHalfUp() {
        assertThat(Percentage.van(1, 3)).isEqualTo("33.3");
        assertThat(Percentage.van(2, 3)).isEqualTo("66.7");
        assertThat(Percentage.van(1, 8)).isEqualTo("12.5");
        assertThat(Percentage.van(1, 16)).isEqualTo("6.3"); // 6.25 → 6.3
        assertThat(Percentage.van(9, 9)).isEqualTo("100.0");
        assertThat(Percentage.van(5, 0)).isNull();
        assertThat(Percentage.van(-1, 16)).isEqualTo("-6.3");
        assertThat(Percentage.van(-1, 3000)).isEqualTo("0.0");
    }

    @Test
    void thresholdsWithoutRounding() {
        assertThat(Percentage.minstens(899, 1_000, 90)).isFalse();
        assertThat(Percentage.minstens(900, 1_000, 90)).isTrue();
        assertThat(Percentage.minstens(1, 0, 90)).isFalse();
    }

    @Test
    void nearestRank() {
        List<Integer> tien = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(Percentage.percentiel(tien, 50)).isEqualTo(5);
        assertThat(Percentage.percentiel(tien, 90)).isEqualTo(9);
        assertThat(Percentage.percentiel(List.of(7), 90)).isEqualTo(7);
        assertThat(Percentage.percentiel(List.of(1, 2, 3), 50)).isEqualTo(2);
        assertThat(Percentage.percentiel(List.of(), 50)).isNull();
    }

    /** Beside a threshold: two decimals, rounded down, so the shown number reaches 90.00 / 100.00 exactly when the status does. */
    @Test
    void besideAThresholdTwoDecimalsRoundedDown() {
        long plafond = 10_000_000; // EUR 100,000.00 in eurocent
        assertThat(Percentage.naarBeneden(8_996_000, plafond)).isEqualTo("89.96");
        assertThat(Percentage.minstens(8_996_000, plafond, 90)).isFalse();
        assertThat(Percentage.naarBeneden(8_999_900, plafond)).isEqualTo("89.99"); // 89.999 %: not "90.00"
        assertThat(Percentage.minstens(8_999_900, plafond, 90)).isFalse();
        assertThat(Percentage.naarBeneden(9_000_000, plafond)).isEqualTo("90.00");
        assertThat(Percentage.minstens(9_000_000, plafond, 90)).isTrue();
        assertThat(Percentage.naarBeneden(9_999_000, plafond)).isEqualTo("99.99");
        assertThat(Percentage.naarBeneden(9_999_999, plafond)).isEqualTo("99.99"); // 99.99999 %
        assertThat(Percentage.minstens(9_999_999, plafond, 100)).isFalse();
        assertThat(Percentage.naarBeneden(10_000_000, plafond)).isEqualTo("100.00");
        assertThat(Percentage.minstens(10_000_000, plafond, 100)).isTrue();
        assertThat(Percentage.naarBeneden(1, 3)).isEqualTo("33.33");
        assertThat(Percentage.naarBeneden(5, 100)).isEqualTo("5.00");
        assertThat(Percentage.naarBeneden(-1, 3)).isEqualTo("-33.34"); // down means toward minus infinity, also for a credit
        assertThat(Percentage.naarBeneden(1, 0)).isNull();
        // the existing method is unchanged: half up with one decimal still shows 89.96 % as "90.0"
        assertThat(Percentage.van(8_996_000, plafond)).isEqualTo("90.0");
    }
}
