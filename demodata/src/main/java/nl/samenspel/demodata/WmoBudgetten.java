package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Per member and year (a member on 1 January) a budget within 95-115 % of what the year
 * cost it: declarations, general use and its taakgericht contracts. Hattem has budgets for
 * 2015-2017 only.
 */
final class WmoBudgetten {

    static final long MINIMUM = 1_000_000;

    private final Toeval toeval;

    WmoBudgetten(Toeval toeval) {
        this.toeval = toeval;
    }

    List<WmoBudget> budgetten(List<WmoDeclaratieregel> regels, List<Gebruik> gebruik, List<WmoContract> contracten) {
        List<WmoBudget> budgetten = new ArrayList<>();
        for (WmoRegio.Lid lid : WmoRegio.LEDEN) {
            String gemeente = lid.gemeente().code();
            for (int jaar : WmoPeriode.alleJaren()) {
                if (!lid.isLidOp(LocalDate.of(jaar, 1, 1))) {
                    continue;
                }
                long kosten = regels.stream().filter(r -> r.gemeente().equals(gemeente) && r.begindatum().getYear() == jaar)
                        .mapToLong(WmoDeclaratieregel::saldo).sum()
                        + gebruik.stream().filter(g -> g.gemeente().equals(gemeente) && g.maand().getYear() == jaar)
                        .mapToLong(Gebruik::bedrag).sum()
                        + contracten.stream().filter(c -> c.isTaakgericht() && gemeente.equals(c.gemeente()) && c.jaar() == jaar)
                        .mapToLong(WmoContract::bedrag).sum();
                long budget = Math.max(MINIMUM, Plafonds.euros(kosten, toeval.tussen(9_500, 11_500)));
                budgetten.add(new WmoBudget(gemeente, jaar, budget));
            }
        }
        return budgetten;
    }
}
