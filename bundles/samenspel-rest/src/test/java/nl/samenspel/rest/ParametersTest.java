package nl.samenspel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void dateIsIsoAndDefaultsToTodayInTheNetherlands() {
        assertThat(Parameters.datum("peildatum", "2016-06-01")).isEqualTo(LocalDate.of(2016, 6, 1));
        assertThat(Parameters.datum("peildatum", null)).isEqualTo(LocalDate.now(Parameters.TIJDZONE));
    }

    @Test
    void badDateNamesTheParameter() {
        assertThatThrownBy(() -> Parameters.datum("peildatum", "01-06-2016"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("peildatum");
                });
    }

    @Test
    void wholeNumbersWithinBounds() {
        assertThat(Parameters.geheelGetal("aantal", null, 20, 1, 1000)).isEqualTo(20);
        assertThat(Parameters.geheelGetal("aantal", " 7 ", 20, 1, 1000)).isEqualTo(7);
        assertThatThrownBy(() -> Parameters.geheelGetal("aantal", "0", 20, 1, 1000)).hasMessageContaining("aantal");
        // the value is not repeated: a query parameter may hold anything, a BSN too
        assertThatThrownBy(() -> Parameters.geheelGetal("aantal", "123456782", 20, 1, 1000)).hasMessageContaining("aantal")
                .hasMessageNotContaining("123456782");
    }

    @Test
    void yearBetween1900And2100() {
        assertThat(Parameters.jaar("jaar", "2016")).isEqualTo(2016);
        assertThatThrownBy(() -> Parameters.jaar("jaar", "16")).isInstanceOf(ProblemException.class);
    }
}
