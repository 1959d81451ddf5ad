package nl.samenspel.verevening.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cap: nobody pays into solidarity (T - K) more than c &middot; B. A member over
 * the cap is set to exactly K + c &middot; B and stays there; what it no longer pays
 * is shared among the members not yet capped, by &sigma;. That can push another
 * member over its cap, hence the rounds. Each round caps at least one more
 * member, so there are at most as many rounds as members.
 *
 * <p>Why it can only fail on &sigma;: after a round the members' payments add up to
 * minus the amount still to share, which is negative; if every member were capped
 * they would add up to c &middot; &Sigma;B &ge; 0. So someone is always left uncapped,
 * but if all those left have &sigma; = 0 the model gives no rule to share by.
 */
final class Plafond {

    /**
     * @param toerekening exact T per member after the cap (code order)
     * @param ronde       per member the round it was capped in, 0 if never
     * @param rondes      explanation per round
     */
    record Uitkomst(List<Breuk> toerekening, int[] ronde, List<Plafondronde> rondes) {
    }

    private Plafond() {
    }

    static Uitkomst pasToe(List<GeldigLid> leden, List<Breuk> sigma, List<Breuk> voorPlafond, Breuk c) {
        int n = leden.size();
        int[] ronde = new int[n];
        List<Plafondronde> rondes = new ArrayList<>();
        if (c == null) {
            return new Uitkomst(new ArrayList<>(voorPlafond), ronde, rondes);
        }
        List<Breuk> grens = new ArrayList<>(n);
        for (GeldigLid lid : leden) {
            grens.add(Breuk.van(lid.kosten()).plus(c.maal(lid.budget())));
        }
        // Every round shares by sigma, so every member not capped so far has absorbed exactly
        // sigma_g * lambda, with one lambda for all of them. Keeping that single factor instead of
        // adding shares to each member round by round gives the same exact numbers, but the
        // fractions stay small: by conservation lambda = sum over capped (T0 - grens) / sum of
        // sigma over the uncapped, so its noemer does not grow with every round.
        Breuk lambda = Breuk.NUL;
        Breuk voorbijGrens = Breuk.NUL; // sum over capped members of (T0 - grens)
        for (int nummer = 1; ; nummer++) {
            Map<String, Breuk> afgetopt = new LinkedHashMap<>();
            Breuk teVerdelen = Breuk.NUL;
            for (int g = 0; g < n; g++) {
                if (ronde[g] != 0) {
                    continue;
                }
                Breuk t = voorPlafond.get(g).plus(sigma.get(g).maal(lambda));
                if (t.compareTo(grens.get(g)) > 0) {
                    Breuk teveel = t.min(grens.get(g));
                    afgetopt.put(leden.get(g).code(), teveel);
                    teVerdelen = teVerdelen.plus(teveel);
                    voorbijGrens = voorbijGrens.plus(voorPlafond.get(g).min(grens.get(g)));
                    ronde[g] = nummer;
                }
            }
            if (afgetopt.isEmpty()) {
                break;
            }
            Breuk sigmaOntvangers = Breuk.NUL;
            boolean iemandOver = false;
            for (int g = 0; g < n; g++) {
                if (ronde[g] == 0) {
                    iemandOver = true;
                    sigmaOntvangers = sigmaOntvangers.plus(sigma.get(g));
                }
            }
            if (!iemandOver) {
                // Unreachable by the argument in the class comment; kept so a future change fails loudly.
                throw fout("elk lid zit aan het plafond; " + teVerdelen.alsDecimaal(2) + " eurocent kan nergens heen");
            }
            if (sigmaOntvangers.isNul()) {
                throw fout("de leden onder het plafond hebben samen een verdeelsleutel van 0, dus "
                        + teVerdelen.alsDecimaal(2) + " eurocent boven het plafond kan niet worden verdeeld (ronde " + nummer + ")");
            }
            Map<String, Breuk> toegerekend = new LinkedHashMap<>();
            Breuk perSigma = teVerdelen.gedeeldDoor(sigmaOntvangers);
            for (int g = 0; g < n; g++) {
                if (ronde[g] == 0) {
                    toegerekend.put(leden.get(g).code(), perSigma.maal(sigma.get(g)));
                }
            }
            // Equal to lambda + teVerdelen / sigmaOntvangers; see above for why it is computed this way.
            lambda = voorbijGrens.gedeeldDoor(sigmaOntvangers);
            rondes.add(new Plafondronde(nummer, afgetopt, teVerdelen, sigmaOntvangers, toegerekend));
        }
        List<Breuk> t = new ArrayList<>(n);
        for (int g = 0; g < n; g++) {
            t.add(ronde[g] != 0 ? grens.get(g) : voorPlafond.get(g).plus(sigma.get(g).maal(lambda)));
        }
        return new Uitkomst(t, ronde, rondes);
    }

    private static VereveningsFout fout(String melding) {
        return new VereveningsFout(List.of(new Veldfout("plafond", melding)));
    }
}
