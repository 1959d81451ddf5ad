package nl.samenspel.verevening.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds exact amounts to whole cents so that they still add up to the exact
 * total (largest remainder, Hamilton): floor every amount, then give the cents
 * still missing one each to the amounts with the largest fractional remainder.
 * Ties go to the lowest position, and callers pass members in CBS-code order,
 * so ties go to the lowest code: a fixed, explainable rule that does not depend
 * on input order.
 *
 * <p>Each amount moves by less than one cent, and never down from its floor.
 */
final class GrootsteRestAfronding {

    /**
     * @param centen per position, the rounded amount
     * @param extra  per position, 1 if it received a cent on top of its floor
     */
    record Uitkomst(long[] centen, int[] extra) {
    }

    private GrootsteRestAfronding() {
    }

    /** The exact amounts must add up to {@code totaal} exactly; anything else is a bug upstream. */
    static Uitkomst rond(List<Breuk> exact, long totaal) {
        int n = exact.size();
        long[] centen = new long[n];
        int[] extra = new int[n];
        List<Breuk> resten = new ArrayList<>(n);
        BigInteger somVloer = BigInteger.ZERO;
        Breuk somExact = Breuk.NUL;
        for (int i = 0; i < n; i++) {
            BigInteger vloer = exact.get(i).entier();
            centen[i] = vloer.longValueExact();
            somVloer = somVloer.add(vloer);
            somExact = somExact.plus(exact.get(i));
            resten.add(exact.get(i).rest());
        }
        if (!somExact.equals(Breuk.van(totaal))) {
            throw new IllegalStateException("exacte bedragen tellen op tot " + somExact + " in plaats van " + totaal);
        }
        // The remainders each lie in [0, 1) and add up to a whole number, so fewer than n cents are missing.
        int teVergeven = BigInteger.valueOf(totaal).subtract(somVloer).intValueExact();
        List<Integer> volgorde = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            volgorde.add(i);
        }
        volgorde.sort(Comparator.<Integer, Breuk>comparing(resten::get).reversed().thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < teVergeven; k++) {
            int i = volgorde.get(k);
            centen[i] = Math.addExact(centen[i], 1);
            extra[i] = 1;
        }
        return new Uitkomst(centen, extra);
    }
}
