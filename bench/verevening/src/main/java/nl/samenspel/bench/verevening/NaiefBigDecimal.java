package nl.samenspel.bench.verevening;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import nl.samenspel.verevening.engine.Familie;
import nl.samenspel.verevening.engine.LidInvoer;
import nl.samenspel.verevening.engine.Vereveningsmodel;

/**
 * The baseline: the same formulas as the engine (docs/verevening.md), written the obvious way with
 * {@link BigDecimal} in {@link MathContext#DECIMAL128} (34 significant digits), reading the same
 * {@link LidInvoer} objects. What it leaves out is exactly what the engine adds on top of "the
 * arithmetic":
 * <ul>
 *   <li>no validation (no error collection, no code checks, no sorting by code);</li>
 *   <li>no exact fractions: every quotient is cut off at 34 digits;</li>
 *   <li>no explanation objects (no per-key shares, no cap rounds, no LidResultaat);</li>
 *   <li>no largest-remainder rounding: each T is rounded half-even on its own, so &Sigma;T may
 *       miss K by a few cents.</li>
 * </ul>
 * The cap is applied round by round as docs/verevening.md describes it (cut, share the cut by &sigma; among
 * the uncapped, repeat), without the engine's &lambda; bookkeeping.
 *
 * <p>So "engine / baseline" is the price of exactness, validation and explanation relative to a
 * run that nobody could audit to the cent. {@link Controle} checks that both agree to within
 * one cent per member, so the baseline really does the same work.
 */
public final class NaiefBigDecimal {

    private static final MathContext MC = MathContext.DECIMAL128;

    private NaiefBigDecimal() {
    }

    /** T per member in eurocents, in input order. */
    public static long[] bereken(Vereveningsmodel model, List<LidInvoer> leden) {
        int n = leden.size();
        Map<String, BigDecimal> gewichten = model.gewichten();
        String[] sleutels = gewichten.keySet().toArray(new String[0]);
        int m = sleutels.length;

        long[] totalen = new long[m];
        for (LidInvoer lid : leden) {
            for (int i = 0; i < m; i++) {
                totalen[i] += lid.sleutels().get(sleutels[i]);
            }
        }
        // w_i / total_i once per key, then sigma_g = sum_i k_gi * (w_i / total_i)
        BigDecimal[] factor = new BigDecimal[m];
        for (int i = 0; i < m; i++) {
            factor[i] = gewichten.get(sleutels[i]).divide(BigDecimal.valueOf(totalen[i]), MC);
        }

        BigDecimal p = model.parameter();
        BigDecimal[] sigma = new BigDecimal[n];
        BigDecimal[] kosten = new BigDecimal[n];
        BigDecimal[] budget = new BigDecimal[n];
        BigDecimal[] inbreng = new BigDecimal[n];
        BigDecimal pool = BigDecimal.ZERO;
        for (int g = 0; g < n; g++) {
            LidInvoer lid = leden.get(g);
            BigDecimal s = BigDecimal.ZERO;
            for (int i = 0; i < m; i++) {
                s = s.add(factor[i].multiply(BigDecimal.valueOf(lid.sleutels().get(sleutels[i])), MC), MC);
            }
            sigma[g] = s;
            kosten[g] = BigDecimal.valueOf(lid.kosten().eurocent());
            budget[g] = BigDecimal.valueOf(lid.budget().eurocent());
            if (model.familie() == Familie.KOSTENVERDELING) {
                inbreng[g] = p.multiply(kosten[g], MC);
            } else {
                BigDecimal d = kosten[g].subtract(budget[g]);
                BigDecimal grens = p.multiply(budget[g], MC);
                BigDecimal binnen = d.min(grens).max(grens.negate());
                inbreng[g] = d.subtract(binnen);
            }
            pool = pool.add(inbreng[g], MC);
        }

        BigDecimal[] t = new BigDecimal[n];
        for (int g = 0; g < n; g++) {
            t[g] = kosten[g].subtract(inbreng[g]).add(pool.multiply(sigma[g], MC), MC);
        }

        BigDecimal c = model.plafond();
        if (c != null) {
            boolean[] afgetopt = new boolean[n];
            while (true) {
                BigDecimal teVerdelen = BigDecimal.ZERO;
                boolean iemand = false;
                for (int g = 0; g < n; g++) {
                    if (afgetopt[g]) {
                        continue;
                    }
                    BigDecimal grens = kosten[g].add(c.multiply(budget[g], MC), MC);
                    if (t[g].compareTo(grens) > 0) {
                        teVerdelen = teVerdelen.add(t[g].subtract(grens, MC), MC);
                        t[g] = grens;
                        afgetopt[g] = true;
                        iemand = true;
                    }
                }
                if (!iemand) {
                    break;
                }
                BigDecimal sigmaOver = BigDecimal.ZERO;
                for (int g = 0; g < n; g++) {
                    if (!afgetopt[g]) {
                        sigmaOver = sigmaOver.add(sigma[g], MC);
                    }
                }
                if (sigmaOver.signum() == 0) {
                    throw new ArithmeticException("plafond: niemand over om te verdelen");
                }
                BigDecimal perSigma = teVerdelen.divide(sigmaOver, MC);
                for (int g = 0; g < n; g++) {
                    if (!afgetopt[g]) {
                        t[g] = t[g].add(perSigma.multiply(sigma[g], MC), MC);
                    }
                }
            }
        }

        long[] centen = new long[n];
        for (int g = 0; g < n; g++) {
            centen[g] = t[g].setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        }
        return centen;
    }
}
