package nl.samenspel.wmo.internal.monitoring;

import java.time.YearMonth;

/**
 * A taakgericht contract's sum spread evenly over the months of its year, to the cent: each month
 * gets a twelfth rounded down, and the first months one cent more until the remainder is gone, so the
 * twelve months add up to the sum exactly.
 */
public final class Taaksom {

    private Taaksom() {
    }

    public static long inMaand(long bedrag, int jaar, YearMonth maand) {
        if (maand.getYear() != jaar) {
            return 0;
        }
        long rest = Math.floorMod(bedrag, 12);
        return Math.floorDiv(bedrag, 12) + (maand.getMonthValue() <= rest ? 1 : 0);
    }

    public static long inMaanden(long bedrag, int jaar, YearMonth van, YearMonth tot) {
        long som = 0;
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
            som += inMaand(bedrag, jaar, m);
        }
        return som;
    }
}
