package nl.samenspel.bench.verevening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.verevening.engine.LidInvoer;
import nl.samenspel.verevening.engine.LidResultaat;
import nl.samenspel.verevening.engine.VereveningsEngine;
import nl.samenspel.verevening.engine.Vereveningsinvoer;
import nl.samenspel.verevening.engine.Vereveningsmodel;
import nl.samenspel.verevening.engine.Vereveningsresultaat;

/**
 * Checks, before anything is timed, that the engine and the {@link NaiefBigDecimal} baseline
 * compute the same thing on the national data set (at most one cent apart per member), and
 * describes the run: how many members the cap caught and in how many rounds.
 * {@code java -cp benchmarks.jar nl.samenspel.bench.verevening.Controle} prints it for all models.
 */
public final class Controle {

    /**
     * @param maxVerschilCent   largest |T_engine - T_baseline| over the members
     * @param ledenMetVerschil  members where the two differ (by rounding only)
     * @param somBaselineMinK   &Sigma;T_baseline - K; the engine's is 0 by construction
     * @param afgetopt          members capped by the engine
     * @param rondes            cap rounds in the engine
     */
    public record Uitkomst(String model, int leden, long maxVerschilCent, int ledenMetVerschil,
                           long somBaselineMinK, int afgetopt, int rondes) {

        @Override
        public String toString() {
            return String.format("%-16s leden=%d  afgetopt=%d in %d ronde(s)  engine-vs-baseline: max %d cent, %d leden verschillen, "
                    + "baseline ΣT-K=%d cent", model, leden, afgetopt, rondes, maxVerschilCent, ledenMetVerschil, somBaselineMinK);
        }
    }

    private Controle() {
    }

    public static Uitkomst controleer(String naam) {
        Vereveningsmodel model = Landelijk.model(naam);
        Vereveningsinvoer invoer = Landelijk.invoer();
        Vereveningsresultaat r = VereveningsEngine.bereken(model, invoer);
        long[] naief = NaiefBigDecimal.bereken(model, invoer.leden());

        Map<String, Long> engineT = new HashMap<>();
        int afgetopt = 0;
        long somEngine = 0;
        for (LidResultaat lid : r.leden()) {
            engineT.put(lid.code(), lid.toerekening().eurocent());
            somEngine += lid.toerekening().eurocent();
            if (lid.geplafonneerdInRonde() != 0) {
                afgetopt++;
            }
        }
        long k = r.totaleKosten().eurocent();
        if (somEngine != k) {
            throw new IllegalStateException(naam + ": engine ΣT=" + somEngine + " != K=" + k);
        }
        List<LidInvoer> leden = invoer.leden();
        long max = 0;
        int verschillen = 0;
        long somNaief = 0;
        for (int g = 0; g < leden.size(); g++) {
            long verschil = Math.abs(engineT.get(leden.get(g).code()) - naief[g]);
            max = Math.max(max, verschil);
            verschillen += verschil != 0 ? 1 : 0;
            somNaief += naief[g];
        }
        if (max > 1) {
            throw new IllegalStateException(naam + ": baseline wijkt " + max + " cent af van de engine; de baseline rekent iets anders");
        }
        return new Uitkomst(naam, leden.size(), max, verschillen, somNaief - k, afgetopt, r.plafondrondes().size());
    }

    public static void main(String[] args) {
        for (String naam : List.of("kostenverdeling", "band", "band+plafond")) {
            System.out.println(controleer(naam));
        }
    }
}
