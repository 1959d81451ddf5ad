package nl.samenspel.demodata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Declarations as Wmo providers send them: one debit line per allocation per calendar month
 * of care, the whole month as its period (the iWmo rule), with what was delivered that month
 * and never more than the allocation grants: hours, dagdelen or rides per week at 70-100 % of
 * the weeks of care, etmalen per month, one trajectory month or one aid at a time up to the
 * total, a trajectory budget month by month, an adaptation at once. Now and then a credit line
 * in a later month lowers an earlier debit.
 */
final class WmoDeclaratieGenerator {

    static final double KANS_CREDIT = 0.01;

    /** A line before its declaration number is known: that needs all lines of the month. */
    private record Concept(WmoToewijzing toewijzing, YearMonth declaratiemaand, YearMonth periode, long volume,
            Long tarief, String debetCredit) {
    }

    private final Toeval toeval;
    private final WmoTarieven tarieven;

    WmoDeclaratieGenerator(Toeval toeval, WmoTarieven tarieven) {
        this.toeval = toeval;
        this.tarieven = tarieven;
    }

    List<WmoDeclaratieregel> genereer(List<WmoToewijzing> toewijzingen) {
        List<Concept> concepten = new ArrayList<>();
        for (WmoToewijzing t : toewijzingen) {
            if (t.startZorg() != null) {
                declareer(t, concepten);
            }
        }
        Map<Declaratienummering.Sleutel, String> nummers = Declaratienummering.nummer(concepten.stream()
                .map(WmoDeclaratieGenerator::sleutel).toList());
        List<WmoDeclaratieregel> regels = new ArrayList<>();
        for (Concept c : concepten) {
            WmoToewijzing t = c.toewijzing();
            // unit 83 (euro's): the volume is whole euros, the amount its cents
            long bedrag = c.tarief() == null ? c.volume() * 100 : c.volume() * c.tarief();
            regels.add(new WmoDeclaratieregel(t.gemeente(), t.toewijzingnummer(), nummers.get(sleutel(c)), t.agb(),
                    t.categorie(), t.productcode(), c.periode().atDay(1), c.periode().atEndOfMonth(), c.volume(),
                    WmoCatalogus.product(t.productcode()).eenheid(), c.tarief(), bedrag, c.debetCredit()));
        }
        regels.sort(Comparator.comparing(WmoDeclaratieregel::gemeente)
                .thenComparingLong(WmoDeclaratieregel::toewijzingnummer)
                .thenComparing(WmoDeclaratieregel::begindatum)
                .thenComparing(WmoDeclaratieregel::debetCredit, Comparator.reverseOrder()));
        return regels;
    }

    private static Declaratienummering.Sleutel sleutel(Concept c) {
        return new Declaratienummering.Sleutel(c.declaratiemaand(), c.toewijzing().agb(), c.toewijzing().gemeente());
    }

    private void declareer(WmoToewijzing t, List<Concept> concepten) {
        WmoProduct product = WmoCatalogus.product(t.productcode());
        WmoPeriode periode = WmoPeriode.van(t.ingangsdatum());
        LocalDate laatste = t.stopZorg() != null ? t.stopZorg() : t.einddatum() != null ? t.einddatum() : periode.tot();
        if (laatste.isAfter(periode.tot())) {
            laatste = periode.tot();
        }
        long geleverd = 0;
        for (YearMonth m = YearMonth.from(t.startZorg()); !m.isAfter(YearMonth.from(laatste)); m = m.plusMonths(1)) {
            long dagen = dagenZorg(m, t.startZorg(), laatste);
            long volume = geleverd(t, m, dagen, geleverd);
            if (volume <= 0) {
                continue;
            }
            geleverd += volume;
            Long tarief = product.inEuros() ? null : tarieven.verplichtTariefOp(product.code(), m.atDay(1));
            debet(t, periode, m, volume, tarief, concepten);
        }
    }

    /** Days of care in the month: its overlap with [start, laatste]. */
    private static long dagenZorg(YearMonth maand, LocalDate start, LocalDate laatste) {
        LocalDate van = start.isAfter(maand.atDay(1)) ? start : maand.atDay(1);
        LocalDate tot = laatste.isBefore(maand.atEndOfMonth()) ? laatste : maand.atEndOfMonth();
        return tot.toEpochDay() - van.toEpochDay() + 1;
    }

    /** What was delivered in the month, given {@code eerder} delivered before; 0 means no line. */
    private long geleverd(WmoToewijzing t, YearMonth maand, long dagen, long eerder) {
        if (t.budget() != null) {
            // a budget is in eurocent, a volume in unit 83 in whole euros: what is delivered stays within the budget
            if (WmoCatalogus.EENMALIG.contains(t.productcode())) {
                return eerder == 0 ? t.budget() * toeval.tussen(85, 100) / 100 / 100 : 0;
            }
            long maandbedrag = tarieven.verplichtTariefOp(t.productcode(), t.ingangsdatum()) * dagen / maand.lengthOfMonth();
            return Math.min(maandbedrag, t.budget() - eerder * 100) / 100;
        }
        return switch (t.frequentie()) {
            case WmoOmvang.PER_WEEK -> t.volume() * dagen * toeval.tussen(70, 100) / 700;
            case WmoOmvang.PER_MAAND -> {
                long maximum = t.volume() * dagen / maand.lengthOfMonth();
                yield maximum == 0 ? 0 : toeval.tussen(Math.max(1L, (maximum + 1) / 2), maximum);
            }
            case WmoOmvang.TOTAAL -> eerder < t.volume() ? 1 : 0;
            default -> throw new IllegalStateException("no delivery rule for frequentie " + t.frequentie());
        };
    }

    private void debet(WmoToewijzing t, WmoPeriode periode, YearMonth maand, long volume, Long tarief,
            List<Concept> concepten) {
        concepten.add(new Concept(t, maand, maand, volume, tarief, "D"));
        if (maand.isBefore(periode.laatsteMaand()) && toeval.kans(KANS_CREDIT)) {
            YearMonth later = maand.plusMonths(toeval.tussen(1, 3));
            if (later.isAfter(periode.laatsteMaand())) {
                later = periode.laatsteMaand();
            }
            concepten.add(new Concept(t, later, maand, toeval.tussen(1L, volume), tarief, "C"));
        }
    }
}
