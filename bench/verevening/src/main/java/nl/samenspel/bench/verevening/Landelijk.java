package nl.samenspel.bench.verevening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.samenspel.verevening.engine.LidInvoer;
import nl.samenspel.verevening.engine.Vereveningsinvoer;
import nl.samenspel.verevening.engine.Vereveningsmodel;

/**
 * A synthetic "national run": 342 members (the number of Dutch municipalities in 2023) with
 * three keys, generated from a fixed seed so every run of the benchmark sees the same figures.
 *
 * <p>The figures are realistic in range, not real:
 * <ul>
 *   <li>code: 342 distinct 4-digit codes drawn from 0001..1999 (the CBS range is 0003..1987);</li>
 *   <li>inwoners: log-uniform 1,000..900,000 (many small members, a few big cities);</li>
 *   <li>jeugdigen: 15..25% of inwoners;</li>
 *   <li>clienten: uniform 0..5,000, about 2% exactly 0;</li>
 *   <li>budget B: inwoners &times; EUR 140..200, clamped to EUR 0.5 M..150 M, in cents (odd cents included);</li>
 *   <li>kosten K: B &times; 0.80..1.20 (&plusmn;20%), about 3% of members with K = 0.</li>
 * </ul>
 */
public final class Landelijk {

    public static final long SEED = 20_240_342L;
    public static final int LEDEN = 342;
    public static final String REGIO = "NL";
    public static final int JAAR = 2025;

    /** The key names and weights of every benchmarked model (0.5 / 0.3 / 0.2). */
    public static final Map<String, BigDecimal> GEWICHTEN;

    static {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        w.put("inwoners", new BigDecimal("0.5"));
        w.put("jeugdigen", new BigDecimal("0.3"));
        w.put("clienten", new BigDecimal("0.2"));
        GEWICHTEN = Collections.unmodifiableMap(w);
    }

    private Landelijk() {
    }

    public static List<LidInvoer> leden() {
        return leden(SEED, LEDEN);
    }

    public static List<LidInvoer> leden(long seed, int aantal) {
        SplittableRandom rnd = new SplittableRandom(seed);
        // distinct codes: partial Fisher-Yates over 1..1999
        int[] codes = new int[1999];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = i + 1;
        }
        List<LidInvoer> leden = new ArrayList<>(aantal);
        for (int g = 0; g < aantal; g++) {
            int j = g + rnd.nextInt(codes.length - g);
            int code = codes[j];
            codes[j] = codes[g];
            codes[g] = code;

            long inwoners = Math.round(Math.exp(Math.log(1_000) + rnd.nextDouble() * (Math.log(900_000) - Math.log(1_000))));
            long jeugdigen = Math.round(inwoners * (0.15 + 0.10 * rnd.nextDouble()));
            long clienten = rnd.nextInt(50) == 0 ? 0 : rnd.nextInt(5_001);

            double budgetEuro = inwoners * (140 + 60 * rnd.nextDouble());
            long budget = Math.round(Math.min(150e6, Math.max(0.5e6, budgetEuro)) * 100) + rnd.nextInt(100);
            budget = Math.min(budget, 15_000_000_000L);
            long kosten = rnd.nextInt(33) == 0 ? 0 : Math.round(budget * (0.80 + 0.40 * rnd.nextDouble()));

            Map<String, Long> sleutels = new LinkedHashMap<>();
            sleutels.put("inwoners", inwoners);
            sleutels.put("jeugdigen", jeugdigen);
            sleutels.put("clienten", clienten);
            leden.add(LidInvoer.van(String.format("%04d", code), budget, kosten, sleutels));
        }
        return Collections.unmodifiableList(leden);
    }

    public static Vereveningsinvoer invoer() {
        return new Vereveningsinvoer(REGIO, JAAR, leden());
    }

    /** The three benchmarked models, by the name used in the {@code model} JMH parameter. */
    public static Vereveningsmodel model(String naam) {
        return switch (naam) {
            case "kostenverdeling" -> Vereveningsmodel.kostenverdeling(BigDecimal.ONE, GEWICHTEN);
            case "band" -> Vereveningsmodel.band(new BigDecimal("0.05"), GEWICHTEN);
            case "band+plafond" -> Vereveningsmodel.band(new BigDecimal("0.05"), GEWICHTEN).metPlafond(new BigDecimal("0.10"));
            default -> throw new IllegalArgumentException("onbekend model " + naam);
        };
    }
}
