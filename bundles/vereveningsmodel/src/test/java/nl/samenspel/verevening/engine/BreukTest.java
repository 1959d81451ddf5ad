package nl.samenspel.verevening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class BreukTest {

    @Test
    void isAlwaysNormalised() {
        assertThat(Breuk.van(2, 4)).isEqualTo(Breuk.van(1, 2));
        assertThat(Breuk.van(3, -6)).isEqualTo(Breuk.van(-1, 2));
        assertThat(Breuk.van(-3, -6).toString()).isEqualTo("1/2");
        assertThat(Breuk.van(0, -5)).isEqualTo(Breuk.NUL);
        assertThat(Breuk.van(0, -5).hashCode()).isEqualTo(Breuk.NUL.hashCode());
    }

    @Test
    void decimalsConvertExactly() {
        assertThat(Breuk.van(new BigDecimal("0.0375"))).isEqualTo(Breuk.van(3, 80));
        assertThat(Breuk.van(new BigDecimal("0.50"))).isEqualTo(Breuk.van(1, 2));
        assertThat(Breuk.van(new BigDecimal("1E+2"))).isEqualTo(Breuk.van(100));
        assertThat(Breuk.parse("-7/21")).isEqualTo(Breuk.van(-1, 3));
        assertThat(Breuk.parse(Breuk.van(-35150, 31).toString())).isEqualTo(Breuk.van(-35150, 31));
    }

    @Test
    void entierRoundsTowardMinusInfinityAlsoForNegatives() {
        // Truncation would give -3 for -7/2; floor must give -4, otherwise the largest-remainder
        // step miscounts the cents still to hand out when a charge is negative.
        assertThat(Breuk.van(-7, 2).entier()).isEqualTo(BigInteger.valueOf(-4));
        assertThat(Breuk.van(-7, 2).rest()).isEqualTo(Breuk.van(1, 2));
        assertThat(Breuk.van(7, 2).entier()).isEqualTo(BigInteger.valueOf(3));
        assertThat(Breuk.van(-8, 2).entier()).isEqualTo(BigInteger.valueOf(-4));
        assertThat(Breuk.van(-8, 2).rest()).isEqualTo(Breuk.NUL);
        assertThat(Breuk.van(-1, 3).entier()).isEqualTo(BigInteger.valueOf(-1));
    }

    @Test
    void arithmetic() {
        Breuk eenDerde = Breuk.van(1, 3);
        assertThat(eenDerde.plus(eenDerde).plus(eenDerde)).isEqualTo(Breuk.EEN);
        assertThat(Breuk.van(1, 2).min(Breuk.van(1, 3))).isEqualTo(Breuk.van(1, 6));
        assertThat(Breuk.van(2, 3).maal(Breuk.van(9, 4))).isEqualTo(Breuk.van(3, 2));
        assertThat(Breuk.van(2, 3).gedeeldDoor(Breuk.van(4, 9))).isEqualTo(Breuk.van(3, 2));
        assertThat(Breuk.van(1, 3).compareTo(Breuk.van(33, 100))).isPositive();
        assertThat(Breuk.van(2, 3).alsDecimaal(4)).isEqualTo("0.6667");
        assertThatThrownBy(() -> Breuk.van(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Breuk.EEN.gedeeldDoor(Breuk.NUL)).isInstanceOf(ArithmeticException.class);
    }
}
