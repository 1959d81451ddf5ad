package nl.samenspel.jeugdhulp.internal.domein;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ToegewezenTest {

    private static Zorg.Toewijzing t(LocalDate ingang, LocalDate einde, Integer volume, String eenheid, String frequentie, Long budget) {
        return new Zorg.Toewijzing("0193", 1, "a".repeat(64), "12345678", "45", "45A01", null, ingang, einde, volume, eenheid, frequentie,
                budget, null, null, null);
    }

    @Test
    void perDayCountsTheDaysInTheYear() {
        // 1 etmaal per day from 2016-12-01 to 2017-01-31: 31 days in 2016 at 20000 ct
        Zorg.Toewijzing etmaal = t(LocalDate.of(2016, 12, 1), LocalDate.of(2017, 1, 31), 1, "14", "1", null);
        assertThat(Toegewezen.inJaar(etmaal, 2016, 20_000)).isEqualTo(31 * 20_000L);
        assertThat(Toegewezen.inJaar(etmaal, 2017, 18_000)).isEqualTo(31 * 18_000L);
        assertThat(Toegewezen.inJaar(etmaal, 2015, 20_000)).isZero();
        assertThat(Toegewezen.tariefdag(etmaal, 2017)).isEqualTo(LocalDate.of(2017, 1, 1));
    }

    @Test
    void perWeekAndPerMonthAreExactFractionsRoundedOnce() {
        // 3 hours a week for 10 days at 9999 ct: 3 × 10/7 × 9999 = 42852.857… → 42853
        Zorg.Toewijzing uren = t(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 10), 3, "04", "2", null);
        assertThat(Toegewezen.inJaar(uren, 2016, 9_999)).isEqualTo(42_853);
        // 2 per month for a whole (leap) year: 2 × 366 × 12/365 × 5000 = 120328.767… → 120329
        Zorg.Toewijzing maand = t(LocalDate.of(2016, 1, 1), null, 2, "16", "4", null);
        assertThat(Toegewezen.inJaar(maand, 2016, 5_000)).isEqualTo(120_329);
        // a whole non-leap year of "per maand" is exactly twelve months
        assertThat(Toegewezen.inJaar(maand, 2017, 5_000)).isEqualTo(2 * 12 * 5_000L);
    }

    @Test
    void totalsAndBudgetsAreSpreadOverTheDays() {
        // one trajectory of 300000 ct from 2016-11-01 to 2017-02-28 (120 days), 61 of them in 2016
        Zorg.Toewijzing traject = t(LocalDate.of(2016, 11, 1), LocalDate.of(2017, 2, 28), 1, "82", "6", null);
        assertThat(Toegewezen.inJaar(traject, 2016, 300_000) + Toegewezen.inJaar(traject, 2017, 300_000)).isEqualTo(300_000);
        assertThat(Toegewezen.inJaar(traject, 2016, 300_000)).isEqualTo(152_500);
        Zorg.Toewijzing budget = t(LocalDate.of(2016, 11, 1), LocalDate.of(2017, 2, 28), null, null, null, 120_000L);
        assertThat(Toegewezen.inJaar(budget, 2016, 0)).isEqualTo(61_000);
        assertThat(Toegewezen.inJaar(budget, 2017, 0)).isEqualTo(59_000);
    }

    @Test
    void euroUnitsCostOneHundredCentsEach() {
        Zorg.Toewijzing euros = t(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), 2_500, "83", "6", null);
        assertThat(Toegewezen.inJaar(euros, 2016, 0)).isEqualTo(250_000);
    }
}
