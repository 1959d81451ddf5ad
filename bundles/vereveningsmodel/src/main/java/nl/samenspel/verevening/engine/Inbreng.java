package nl.samenspel.verevening.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What each member puts into the pool. Both families have the same shape,
 * T = K - inbreng + E &middot; &sigma; with E the sum of inbreng; they differ only in
 * the inbreng:
 * <ul>
 *   <li>kostenverdeling: s &middot; K, so T = (1 - s) K + s &middot; &Sigma;K &middot; &sigma;;</li>
 *   <li>band: the part of d = K - B outside [-b&middot;B, +b&middot;B], positive for a deficit
 *       beyond the band, negative for a surplus beyond it.</li>
 * </ul>
 */
final class Inbreng {

    /**
     * @param afwijking K - B in eurocents
     * @param bandgrens b &middot; B for the band family, null otherwise
     * @param inbreng   into the pool
     */
    record Positie(long afwijking, Breuk bandgrens, Breuk inbreng) {
    }

    private Inbreng() {
    }

    static List<Positie> bereken(GeldigeRun run) {
        List<Positie> posities = new ArrayList<>();
        for (GeldigLid lid : run.leden()) {
            long afwijking = Math.subtractExact(lid.kosten(), lid.budget());
            posities.add(switch (run.familie()) {
                case KOSTENVERDELING -> new Positie(afwijking, null, run.parameter().maal(lid.kosten()));
                case BAND -> band(afwijking, run.parameter().maal(lid.budget()));
            });
        }
        return posities;
    }

    private static Positie band(long afwijking, Breuk grens) {
        Breuk d = Breuk.van(afwijking);
        Breuk binnenBand = d.kleinsteVan(grens).grootsteVan(grens.negatief());
        return new Positie(afwijking, grens, d.min(binnenBand));
    }
}
