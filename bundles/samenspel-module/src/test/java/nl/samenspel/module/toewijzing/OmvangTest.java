package nl.samenspel.module.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The figures of allocated cost youth care has shown since its first release (docs/jeugdhulp.md, "Toegewezen"), now for every module. */
class OmvangTest {

    private static Omvang omvang(LocalDate ingang, LocalDate einde, Integer volume, String eenheid, String frequentie, Long budget) {
        return new Omvang(ingang, einde, volume, eenheid, frequentie, budget);
    }

    @Test
    void perDayCountsTheDaysInTheYear() {
        // 1 etmaal per day from 2016-12-01 to 2017-01-31: 31 days in 2016 at 20000 ct
        Omvang etmaal = omvang(LocalDate.of(2016, 12, 1), LocalDate.of(2017, 1, 31), 1, "14", "1", null);
        assertThat(etmaal.inJaar(2016, 20_000)).isEqualTo(31 * 20_000L);
        assertThat(etmaal.inJaar(2017, 18_000)).isEqualTo(31 * 18_000L);
        assertThat(etmaal.inJaar(2015, 20_000)).isZero();
        assertThat(etmaal.tariefdag(2017)).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(etmaal.tariefdag(2016)).isEqualTo(LocalDate.of(2016, 12, 1));
    }

    @Test
    void perWeekAndPerMonthAreExactFractionsRoundedOnce() {
        // 3 hours a week for 10 days at 9999 ct: 3 × 10/7 × 9999 = 42852.857… → 42853
        Omvang uren = omvang(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 10), 3, "04", "2", null);
        assertThat(uren.inJaar(2016, 9_999)).isEqualTo(42_853);
        // 2 per month for a whole (leap) year: 2 × 366 × 12/365 × 5000 = 120328.767… → 120329
        Omvang maand = omvang(LocalDate.of(2016, 1, 1), null, 2, "16", "4", null);
        assertThat(maand.inJaar(2016, 5_000)).isEqualTo(120_329);
        // a whole non-leap year of "per maand" is exactly twelve months
        assertThat(maand.inJaar(2017, 5_000)).isEqualTo(2 * 12 * 5_000L);
    }

    @Test
    void totalsAndBudgetsAreSpreadOverTheDays() {
        // one trajectory of 300000 ct from 2016-11-01 to 2017-02-28 (120 days), 61 of them in 2016
        Omvang traject = omvang(LocalDate.of(2016, 11, 1), LocalDate.of(2017, 2, 28), 1, "82", "6", null);
        assertThat(traject.inJaar(2016, 300_000) + traject.inJaar(2017, 300_000)).isEqualTo(300_000);
        assertThat(traject.inJaar(2016, 300_000)).isEqualTo(152_500);
        Omvang budget = omvang(LocalDate.of(2016, 11, 1), LocalDate.of(2017, 2, 28), null, null, null, 120_000L);
        assertThat(budget.inJaar(2016, 0)).isEqualTo(61_000);
        assertThat(budget.inJaar(2017, 0)).isEqualTo(59_000);
        assertThatThrownBy(() -> omvang(LocalDate.of(2016, 11, 1), null, null, null, null, 120_000L).inJaar(2016, 0))
                .hasMessageContaining("einddatum");
    }

    @Test
    void euroUnitsCostOneHundredCentsEach() {
        Omvang euros = omvang(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), 2_500, Omvang.EENHEID_EURO, "6", null);
        assertThat(euros.inJaar(2016, 0)).isEqualTo(250_000);
    }

    @Test
    void theUnitsAllowedAreRoundedUp() {
        // 3 a week over 10 days: 30/7 = 4.28… → 5; a total (6) allows its volume whatever the period
        Omvang uren = omvang(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 31), 3, "04", "2", null);
        assertThat(uren.eenhedenTot(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 10))).isEqualTo(5);
        assertThat(omvang(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 31), 7, "82", "6", null)
                .eenhedenTot(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 2))).isEqualTo(7);
        assertThat(omvang(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 31), null, null, null, 100L)
                .eenhedenTot(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 2))).isNull();
    }
}
