package nl.samenspel.wmo.internal.eigenbijdrage;

/**
 * Rounds exact month amounts, given in twelfths of a cent, to whole cents so that the months add up
 * to the year rounded once: the running total through each month is rounded half up, and a month's
 * amount is the step from the previous month's rounded running total to its own.
 *
 * <p>Why running totals rather than rounding each month (the months would not add up to the year) or
 * largest remainders (a late month could move an early one's cent): a month's amount depends only
 * on that month and the ones before it, so a month reported in March still reads the same in
 * December. Each month differs from its exact amount by less than one cent, and the year's total is
 * the exact year amount rounded half up, once.
 */
public final class LopendeAfronding {

    private LopendeAfronding() {
    }

    /**
     * @param twaalfden per month, the exact amount in twelfths of a cent, none negative
     * @return per month, whole cents; their sum is {@link #halfOmhoog} of the sum of {@code twaalfden}
     */
    public static long[] rond(long[] twaalfden) {
        long[] centen = new long[twaalfden.length];
        long lopend = 0;
        long afgerondTotNu = 0;
        for (int i = 0; i < twaalfden.length; i++) {
            if (twaalfden[i] < 0) {
                throw new IllegalArgumentException("maand " + (i + 1) + " heeft een negatief bedrag: " + twaalfden[i] + " twaalfde cent");
            }
            lopend = Math.addExact(lopend, twaalfden[i]);
            long afgerond = halfOmhoog(lopend);
            centen[i] = afgerond - afgerondTotNu;
            afgerondTotNu = afgerond;
        }
        return centen;
    }

    /** Twelfths of a cent, not negative, to whole cents, rounding half up: 6/12 becomes 1 cent. */
    public static long halfOmhoog(long twaalfden) {
        if (twaalfden < 0) {
            throw new IllegalArgumentException("negatief bedrag: " + twaalfden + " twaalfde cent");
        }
        return twaalfden / 12 + (twaalfden % 12 >= 6 ? 1 : 0);
    }
}
