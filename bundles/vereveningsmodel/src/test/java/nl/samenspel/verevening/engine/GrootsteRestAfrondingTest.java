package nl.samenspel.verevening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrootsteRestAfrondingTest {

    @Test
    void largestRemaindersGetTheMissingCents() {
        // 10.2 + 20.5 + 30.3 = 61; floors 10 + 20 + 30 = 60; one cent to the largest remainder (.5).
        var u = GrootsteRestAfronding.rond(List.of(Breuk.van(102, 10), Breuk.van(205, 10), Breuk.van(303, 10)), 61);
        assertThat(u.centen()).containsExactly(10, 21, 30);
        assertThat(u.extra()).containsExactly(0, 1, 0);
    }

    @Test
    void tiesGoToTheLowestPosition() {
        // Three times 2/3: floors 0, two cents missing, all remainders equal: positions 0 and 1.
        Breuk tweeDerde = Breuk.van(2, 3);
        var u = GrootsteRestAfronding.rond(List.of(tweeDerde, tweeDerde, tweeDerde), 2);
        assertThat(u.centen()).containsExactly(1, 1, 0);
    }

    @Test
    void negativeAmountsFloorDownward() {
        // -4900.5 floors to -4901 (not -4900), 5000.5 to 5000: sum 99, one cent missing;
        // both remainders are .5, so position 0 gets it: 5001 and -4901, adding up to 100.
        var u = GrootsteRestAfronding.rond(List.of(Breuk.van(10001, 2), Breuk.van(-9801, 2)), 100);
        assertThat(u.centen()).containsExactly(5001, -4901);
    }

    @Test
    void refusesAmountsThatDoNotAddUp() {
        assertThatThrownBy(() -> GrootsteRestAfronding.rond(List.of(Breuk.van(1, 2)), 1))
                .isInstanceOf(IllegalStateException.class);
    }
}
