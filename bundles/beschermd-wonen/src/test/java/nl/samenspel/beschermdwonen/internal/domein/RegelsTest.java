package nl.samenspel.beschermdwonen.internal.domein;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegelsTest {

    private static Plaatsing p(LocalDate van, LocalDate tot, long tarief, Codes.Tariefeenheid eenheid) {
        return new Plaatsing("0166", 1, "a".repeat(64), "BW-1", "0193", Codes.Vorm.INTRAMURAAL, van, tot, tarief, eenheid,
                tot == null ? null : Codes.Eindreden.ANDERS, false, false, null, null);
    }

    @Test
    void costPerDayAndPerMonthInAYear() {
        // 2016-12-01 .. 2017-01-31 at 15000 ct a day: 31 days in each year
        assertThat(Regels.kostenInJaar(p(LocalDate.of(2016, 12, 1), LocalDate.of(2017, 1, 31), 15_000, Codes.Tariefeenheid.DAG), 2016))
                .isEqualTo(31 * 15_000L);
        // an open placement counts to 31 December; per month: 300000 × 366 × 12 / 365 = 3609863.01… → 3609863
        assertThat(Regels.kostenInJaar(p(LocalDate.of(2016, 1, 1), null, 300_000, Codes.Tariefeenheid.MAAND), 2016)).isEqualTo(3_609_863);
        assertThat(Regels.kostenInJaar(p(LocalDate.of(2016, 1, 1), null, 300_000, Codes.Tariefeenheid.MAAND), 2017)).isEqualTo(3_600_000);
        assertThat(Regels.kostenInJaar(p(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30), 1, Codes.Tariefeenheid.DAG), 2017)).isZero();
    }

    @Test
    void aFullPackageAtHomeEndsAtTheLatestTheDayBeforeSixMonthsHavePassed() {
        assertThat(Regels.vptUiterlijk(LocalDate.of(2016, 1, 15))).isEqualTo(LocalDate.of(2016, 7, 14));
        // the month six months on has no 31st: the period ends on its last day
        assertThat(Regels.vptUiterlijk(LocalDate.of(2016, 8, 31))).isEqualTo(LocalDate.of(2017, 2, 28));
        assertThat(Regels.vptUiterlijk(LocalDate.of(2015, 8, 31))).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(Regels.vptUiterlijk(LocalDate.of(2016, 3, 1))).isEqualTo(LocalDate.of(2016, 8, 31));
    }
}
