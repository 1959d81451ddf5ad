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
}
