package nl.samenspel.demodata;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly use of the general dagbesteding from its start in 2016: per member and provider a
 * number of participants that follows the population and grows month by month, and faster in
 * 2024-2026, the "beweging naar voren" from maatwerk to general provisions. Cost is
 * participants x the monthly tariff per participant.
 */
final class GebruikGenerator {

    /** Participants per 1,000 inhabitants in the first month, in tenths (0.5 per 1,000). */
    private static final long DEELNEMERS_PER_DUIZEND_TIENDEN = 5;
    /** Growth in promille of the first month: +1.5 % a month in 2016-2017, from 220 % in 2024 on by +2 % a month. */
    private static final long GROEI_2016 = 15;
    private static final long NIVEAU_2024 = 2_200;
    private static final long GROEI_2024 = 20;

    private final Toeval toeval;
    private final WmoTarieven tarieven;

    GebruikGenerator(Toeval toeval, WmoTarieven tarieven) {
        this.toeval = toeval;
        this.tarieven = tarieven;
    }

    List<Gebruik> genereer() {
        List<Gebruik> gebruik = new ArrayList<>();
        for (WmoProduct product : WmoCatalogus.producten()) {
            if (product.isAlgemeen()) {
                for (WmoPeriode periode : WmoPeriode.values()) {
                    genereer(product, periode, gebruik);
                }
            }
        }
        return gebruik;
    }

    private void genereer(WmoProduct product, WmoPeriode periode, List<Gebruik> gebruik) {
        YearMonth eerste = YearMonth.from(product.ingangsdatum().isAfter(periode.van()) ? product.ingangsdatum() : periode.van());
        List<String> agbs = WmoCatalogus.aanbieders(product.code());
        // the first provider has the largest share of the participants (two providers: 67 % and 33 %)
        long[] gewichten = new long[agbs.size()];
        for (int i = 0; i < gewichten.length; i++) {
            gewichten[i] = gewichten.length - i;
        }
        int[] aandelen = Toeval.verdeel(100, gewichten);
        for (YearMonth m = eerste; !m.isAfter(periode.laatsteMaand()); m = m.plusMonths(1)) {
            long groei = groeiPromille(periode, eerste, m);
            long tarief = tarieven.verplichtTariefOp(product.code(), m.atDay(1));
            for (Gemeente g : WmoRegio.ledenOp(m.atDay(1))) {
                for (int i = 0; i < agbs.size(); i++) {
                    long ruis = toeval.tussen(93, 107);
                    int deelnemers = (int) (g.inwoners() * DEELNEMERS_PER_DUIZEND_TIENDEN * groei * aandelen[i] * ruis
                            / (10_000L * 1_000 * 100 * 100));
                    gebruik.add(new Gebruik(g.code(), agbs.get(i), product.categorie(), product.code(), m, deelnemers,
                            deelnemers * tarief));
                }
            }
        }
    }

    private static long groeiPromille(WmoPeriode periode, YearMonth eerste, YearMonth maand) {
        long maanden = ChronoUnit.MONTHS.between(eerste, maand);
        return periode == WmoPeriode.JAREN_2015_2017 ? 1_000 + GROEI_2016 * maanden : NIVEAU_2024 + GROEI_2024 * maanden;
    }
}
