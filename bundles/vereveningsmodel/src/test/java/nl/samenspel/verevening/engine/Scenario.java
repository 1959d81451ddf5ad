package nl.samenspel.verevening.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * A random run for the properties: 1..40 members with distinct 4-digit codes,
 * amounts up to 10^11 cents (with plenty of small and zero ones, where rounding
 * is interesting), key values including zeros but every weighted key with a
 * positive total, weights in units of 1/10000 adding up to exactly 1, and a
 * random family, parameter and optional cap.
 */
record Scenario(Vereveningsmodel model, List<LidInvoer> leden) {

    static final List<String> SLEUTELNAMEN = List.of(Sleutel.INWONERS, Sleutel.JEUGDIGEN, Sleutel.BUDGET,
            Sleutel.GEBRUIK, Sleutel.CLIENTEN, Sleutel.GEBRUIK_VORIG_JAAR);

    static final long MAX_BEDRAG = 100_000_000_000L;

    /** Any family, with a cap in about 60% of the cases. */
    static Arbitrary<Scenario> willekeurig() {
        Arbitrary<BigDecimal> plafond = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.5"))
                .ofScale(4).injectNull(0.4);
        return gewichten().flatMap(w -> Combinators.combine(modellen(w, plafond), leden(w, 0)).as(Scenario::new));
    }

    /** Always a cap, and a low one (at most 0.2) so that it bites often and takes several rounds. */
    static Arbitrary<Scenario> metPlafond() {
        Arbitrary<BigDecimal> plafond = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.2")).ofScale(4);
        return gewichten().flatMap(w -> Combinators.combine(modellen(w, plafond), leden(w, 0)).as(Scenario::new));
    }

    /** Every budget at least 1 cent, for properties that divide by B. */
    static Arbitrary<Scenario> metBudgetten() {
        Arbitrary<BigDecimal> plafond = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.5"))
                .ofScale(4).injectNull(0.4);
        return gewichten().flatMap(w -> Combinators.combine(modellen(w, plafond), leden(w, 1)).as(Scenario::new));
    }

    Scenario met(Vereveningsmodel ander) {
        return new Scenario(ander, leden);
    }

    Scenario met(List<LidInvoer> andere) {
        return new Scenario(model, andere);
    }

    /**
     * Runs the scenario. A cap that cannot be placed (every uncapped member has &sigma; 0) is a
     * legitimate refusal, not a failure: then check that it is one, and skip the try.
     */
    Vereveningsresultaat bereken() {
        try {
            return VereveningsEngine.bereken(model, leden);
        } catch (VereveningsFout f) {
            if (model.plafond() == null || !f.velden().equals(List.of("plafond"))) {
                throw f;
            }
            Vereveningsresultaat zonderPlafond = VereveningsEngine.bereken(model.metPlafond(null), leden);
            if (zonderPlafond.leden().stream().noneMatch(l -> l.sigma().isNul())) {
                throw new AssertionError("plafond refused although every member has a key share", f);
            }
            Assume.that(false);
            throw new IllegalStateException("unreachable");
        }
    }

    static Arbitrary<Map<String, BigDecimal>> gewichten() {
        return Arbitraries.of(SLEUTELNAMEN).list().uniqueElements().ofMinSize(1).ofMaxSize(4)
                .flatMap(namen -> Arbitraries.integers().between(0, 10_000).list().ofSize(namen.size() - 1)
                        .map(sneden -> {
                            // Cut 0..10000 at random points; the pieces are the weights in 1/10000.
                            List<Integer> punten = new ArrayList<>(sneden);
                            punten.add(0);
                            punten.add(10_000);
                            punten.sort(null);
                            Map<String, BigDecimal> w = new java.util.LinkedHashMap<>();
                            for (int i = 0; i < namen.size(); i++) {
                                w.put(namen.get(i), BigDecimal.valueOf(punten.get(i + 1) - punten.get(i), 4));
                            }
                            return w;
                        }));
    }

    static Arbitrary<Vereveningsmodel> modellen(Map<String, BigDecimal> gewichten, Arbitrary<BigDecimal> plafond) {
        Arbitrary<BigDecimal> solidariteit = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
        Arbitrary<BigDecimal> band = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("3")).ofScale(4);
        return Combinators.combine(Arbitraries.of(Familie.class), solidariteit, band, plafond)
                .as((familie, s, b, c) -> new Vereveningsmodel(familie, familie == Familie.BAND ? b : s, c, gewichten));
    }

    static Arbitrary<Long> bedrag(long minimum) {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(minimum, 10_000),
                Arbitraries.longs().between(minimum, MAX_BEDRAG));
    }

    static Arbitrary<Long> sleutelwaarde() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(2, Arbitraries.longs().between(0, 1_000)),
                Tuple.of(2, Arbitraries.longs().between(0, 1_000_000_000L)));
    }

    static Arbitrary<List<LidInvoer>> leden(Map<String, BigDecimal> gewichten, long minimumBudget) {
        List<String> eigen = gewichten.keySet().stream()
                .filter(n -> !n.equals(Sleutel.BUDGET) && !n.equals(Sleutel.GEBRUIK))
                .toList();
        Arbitrary<LidInvoer> lid = Combinators.combine(bedrag(minimumBudget), bedrag(0),
                        sleutelwaarde().list().ofSize(eigen.size()))
                .as((budget, kosten, waarden) -> {
                    Map<String, Long> sleutels = new java.util.TreeMap<>();
                    for (int i = 0; i < eigen.size(); i++) {
                        sleutels.put(eigen.get(i), waarden.get(i));
                    }
                    return LidInvoer.van("", budget, kosten, sleutels);
                });
        return Arbitraries.integers().between(1, 40).flatMap(n -> Combinators.combine(
                        Arbitraries.integers().between(0, 9999).set().ofSize(n),
                        lid.list().ofSize(n))
                .as((codes, ruw) -> {
                    List<LidInvoer> leden = new ArrayList<>();
                    List<Integer> gesorteerd = new ArrayList<>(new TreeSet<>(codes));
                    for (int i = 0; i < n; i++) {
                        LidInvoer r = ruw.get(i);
                        leden.add(new LidInvoer(String.format("%04d", gesorteerd.get(i)), r.budget(), r.kosten(), r.sleutels()));
                    }
                    return zonderNulTotalen(gewichten, leden);
                }));
    }

    /** A weighted key whose total is 0 is a validation error; give the first member 1 so the run is valid. */
    private static List<LidInvoer> zonderNulTotalen(Map<String, BigDecimal> gewichten, List<LidInvoer> leden) {
        List<LidInvoer> uit = new ArrayList<>(leden);
        for (Map.Entry<String, BigDecimal> w : gewichten.entrySet()) {
            String naam = w.getKey();
            if (w.getValue().signum() == 0) {
                continue;
            }
            boolean nul = uit.stream().allMatch(l -> waarde(l, naam) == 0);
            if (nul) {
                LidInvoer eerste = uit.get(0);
                LidInvoer aangepast = switch (naam) {
                    case Sleutel.BUDGET -> LidInvoer.van(eerste.code(), 1, eerste.kosten().eurocent(), eerste.sleutels());
                    case Sleutel.GEBRUIK -> LidInvoer.van(eerste.code(), eerste.budget().eurocent(), 1, eerste.sleutels());
                    default -> {
                        Map<String, Long> s = new java.util.TreeMap<>(eerste.sleutels());
                        s.put(naam, 1L);
                        yield new LidInvoer(eerste.code(), eerste.budget(), eerste.kosten(), s);
                    }
                };
                uit.set(0, aangepast);
            }
        }
        return uit;
    }

    private static long waarde(LidInvoer lid, String naam) {
        return switch (naam) {
            case Sleutel.BUDGET -> lid.budget().eurocent();
            case Sleutel.GEBRUIK -> lid.kosten().eurocent();
            default -> lid.sleutels().get(naam);
        };
    }
}
