package nl.samenspel.bench.steun;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles as the benches report them (nearest rank: a reported value is one that was measured). */
public final class Statistiek {

    private Statistiek() {
    }

    public static long mediaan(long[] waarden) {
        long[] s = waarden.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    public static double mediaan(double[] waarden) {
        double[] s = waarden.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    public static double mediaan(List<Double> waarden) {
        return mediaan(waarden.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Nearest rank: the smallest value with at least p % of the values at or below it. */
    public static long percentiel(long[] waarden, int p) {
        long[] s = waarden.clone();
        Arrays.sort(s);
        int rang = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(rang, 1) - 1];
    }

    /** Nearest rank over values already sorted. */
    public static double nearestRank(List<Double> gesorteerd, double p) {
        int rang = (int) Math.ceil(p / 100.0 * gesorteerd.size());
        return gesorteerd.get(Math.max(0, rang - 1));
    }
}
