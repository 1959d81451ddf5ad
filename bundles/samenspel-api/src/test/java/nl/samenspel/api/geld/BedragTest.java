package nl.samenspel.api.geld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BedragTest {

    @Test
    void parsesDutchNotation() {
        assertThat(Bedrag.parse("1.234,56")).isEqualTo(Bedrag.eurocent(123456));
        assertThat(Bedrag.parse("€ 2.324.582")).isEqualTo(Bedrag.euro(2_324_582));
        assertThat(Bedrag.parse("-12,5")).isEqualTo(Bedrag.eurocent(-1250));
        assertThat(Bedrag.parse("0,07")).isEqualTo(Bedrag.eurocent(7));
    }

    @Test
    void refusesWhatWouldNeedRounding() {
        assertThatThrownBy(() -> Bedrag.parse("1,234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bedrag.parse("12.34")).hasMessageContaining("duizendtalscheiding");
        assertThatThrownBy(() -> Bedrag.parse("1,")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bedrag.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bedrag.parse("99999999999999999999")).hasMessageContaining("te groot");
    }

    @Test
    void formatsForPeople() {
        assertThat(Bedrag.eurocent(-123405).alsTekst()).isEqualTo("€ -1.234,05");
        assertThat(Bedrag.NUL.alsTekst()).isEqualTo("€ 0,00");
    }

    @Test
    void overflowIsAnErrorNotAWrap() {
        assertThatThrownBy(() -> Bedrag.eurocent(Long.MAX_VALUE).plus(Bedrag.eurocent(1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void sums() {
        assertThat(Bedrag.som(List.of(Bedrag.eurocent(1), Bedrag.eurocent(-3), Bedrag.euro(2)))).isEqualTo(Bedrag.eurocent(198));
    }

    @Property
    void textRoundTrips(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long centen) {
        Bedrag b = Bedrag.eurocent(centen);
        assertThat(Bedrag.parse(b.alsTekst())).isEqualTo(b);
    }
}
