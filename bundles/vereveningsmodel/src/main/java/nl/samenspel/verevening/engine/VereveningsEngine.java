package nl.samenspel.verevening.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.samenspel.api.geld.Bedrag;

/**
 * Entry point: computes a verevening. Stateless and side-effect free; equal
 * inputs give equal results, whatever the order of the members.
 *
 * <p>The steps, each in its own class:
 * <ol>
 *   <li>{@link Validatie}: refuse bad input with every problem named ({@link VereveningsFout});</li>
 *   <li>{@link Sleutelverdeling}: the combined key share &sigma; per member;</li>
 *   <li>{@link Inbreng}: what each member puts into the pool, per family;
 *       T = K - inbreng + E &middot; &sigma;;</li>
 *   <li>{@link Plafond}: the optional cap, in rounds;</li>
 *   <li>{@link GrootsteRestAfronding}: whole cents adding up to K exactly.</li>
 * </ol>
 * Everything before the last step is exact arithmetic on fractions.
 */
public final class VereveningsEngine {

    private VereveningsEngine() {
    }

    /**
     * @throws VereveningsFout when the model or input is invalid, or a cap cannot be placed
     */
    /**
     * The checks of a model that need no members (family, parameter, cap, weights),
     * with the same field names as {@link #bereken}; empty when the model is sound.
     * Lets a model file be refused when it is read, before any run.
     */
    public static List<Veldfout> controleerModel(Vereveningsmodel model) {
        return Validatie.modelFouten(model);
    }

    public static Vereveningsresultaat bereken(Vereveningsmodel model, Vereveningsinvoer invoer) {
        GeldigeRun run = Validatie.valideer(model, invoer);
        List<GeldigLid> leden = run.leden();

        Sleutelverdeling.Uitkomst sleutels = Sleutelverdeling.bereken(run);
        List<Inbreng.Positie> posities = Inbreng.bereken(run);
        Breuk pool = Breuk.NUL;
        long totaleKosten = 0;
        for (int g = 0; g < leden.size(); g++) {
            pool = pool.plus(posities.get(g).inbreng());
            totaleKosten = Math.addExact(totaleKosten, leden.get(g).kosten());
        }

        List<Breuk> poolaandelen = new ArrayList<>();
        List<Breuk> voorPlafond = new ArrayList<>();
        for (int g = 0; g < leden.size(); g++) {
            Breuk aandeel = pool.maal(sleutels.sigma().get(g));
            poolaandelen.add(aandeel);
            voorPlafond.add(Breuk.van(leden.get(g).kosten()).min(posities.get(g).inbreng()).plus(aandeel));
        }

        Plafond.Uitkomst plafond = Plafond.pasToe(leden, sleutels.sigma(), voorPlafond, run.plafond());
        GrootsteRestAfronding.Uitkomst afronding = GrootsteRestAfronding.rond(plafond.toerekening(), totaleKosten);

        List<LidResultaat> resultaten = new ArrayList<>();
        for (int g = 0; g < leden.size(); g++) {
            GeldigLid lid = leden.get(g);
            long t = afronding.centen()[g];
            resultaten.add(new LidResultaat(
                    lid.code(),
                    Bedrag.eurocent(lid.budget()),
                    Bedrag.eurocent(lid.kosten()),
                    lid.sleutelwaarden(),
                    sleutels.sigma().get(g),
                    sleutels.delen().get(g),
                    Bedrag.eurocent(posities.get(g).afwijking()),
                    posities.get(g).bandgrens(),
                    posities.get(g).inbreng(),
                    poolaandelen.get(g),
                    voorPlafond.get(g),
                    plafond.toerekening().get(g).min(voorPlafond.get(g)),
                    plafond.ronde()[g],
                    plafond.toerekening().get(g),
                    afronding.extra()[g],
                    Bedrag.eurocent(t),
                    Bedrag.eurocent(Math.subtractExact(lid.kosten(), t)),
                    Bedrag.eurocent(Math.subtractExact(lid.budget(), t))));
        }
        return new Vereveningsresultaat(invoer.regio(), invoer.jaar(), model, Bedrag.eurocent(totaleKosten),
                sleutels.totalen(), pool, resultaten, plafond.rondes());
    }

    /** For callers without region and year at hand (tests, what-if runs); regio is null, jaar 0. */
    public static Vereveningsresultaat bereken(Vereveningsmodel model, List<LidInvoer> leden) {
        return bereken(model, new Vereveningsinvoer(null, 0, Objects.requireNonNull(leden, "leden")));
    }
}
