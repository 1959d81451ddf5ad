package nl.samenspel.api.cijfers;

import java.util.List;

/** Shares and percentiles in integer arithmetic, written for people: "91.3". */
public final class Percentage {

    private Percentage() {
    }

    /** {@code 100 × teller / noemer} with one decimal, rounded half up; null when there is nothing to divide by. */
    public static String van(long teller, long noemer) {
        if (noemer <= 0) {
            return null;
        }
        // half up on the magnitude, so -1/16 is "-6.3" like 1/16 is "6.3" (a credit can make a cost negative)
        long promille = (Math.abs(teller) * 2_000 + noemer) / (2 * noemer);
        return (teller < 0 && promille > 0 ? "-" : "") + promille / 10 + "." + promille % 10;
    }

    /**
     * {@code 100 × teller / noemer} with two decimals, rounded down (toward minus infinity); null
     * when there is nothing to divide by. For a figure shown beside a threshold status: the shown
     * number is never above the real share, so it reaches 90.00 or 100.00 exactly when
     * {@link #minstens} does, and number and status cannot seem to contradict ("90.0" with
     * {@code normaal}, as half-up rounding of 89.96 % gives).
     *
     * @throws ArithmeticException when {@code teller × 10 000} does not fit a long
     */
    public static String naarBeneden(long teller, long noemer) {
        if (noemer <= 0) {
            return null;
        }
        long basispunten = Math.floorDiv(Math.multiplyExact(teller, 10_000L), noemer);
        String teken = basispunten < 0 ? "-" : "";
        long absoluut = Math.abs(basispunten);
        return teken + absoluut / 100 + "." + (absoluut % 100 < 10 ? "0" : "") + absoluut % 100;
    }

    /** Whether {@code teller / noemer} is at least {@code procent} %. */
    public static boolean minstens(long teller, long noemer, int procent) {
        return noemer > 0 && teller * 100 >= noemer * procent;
    }

    /**
     * The nearest-rank percentile of sorted values: the smallest value with at least p % of
     * the values at or below it, so every figure is a waiting time that really occurred.
     */
    public static Integer percentiel(List<Integer> gesorteerd, int p) {
        if (gesorteerd.isEmpty()) {
            return null;
        }
        int rang = (int) ((p * (long) gesorteerd.size() + 99) / 100);
        return gesorteerd.get(Math.max(rang, 1) - 1);
    }
}
