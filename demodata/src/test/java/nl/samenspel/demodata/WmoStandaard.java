package nl.samenspel.demodata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Wmo dataset the command line makes by default, generated once for the test classes
 * that check its rules, and what those tests know independently of the generator: the
 * region's members, the periods and the tariff of a day looked up in the tariff lines.
 */
final class WmoStandaard {

    /** Seed 2016 and 1500 clients are the command line's defaults; -Ddemodata.seed=N checks the rules for another seed. */
    static final WmoDemo DEMO = WmoDemo.genereer(Long.getLong("demodata.seed", 2016), 1500);

    static final Set<String> LEDEN = Set.of("0148", "0160", "0166", "0175", "0180", "0193", "0244", "1708", "1896");
    static final String HATTEM = "0244";
    static final LocalDate HATTEM_TOT = LocalDate.of(2023, 12, 31);
    static final LocalDate VAN_1 = LocalDate.of(2015, 1, 1);
    static final LocalDate TOT_1 = LocalDate.of(2017, 12, 31);
    static final LocalDate VAN_2 = LocalDate.of(2024, 1, 1);
    static final LocalDate TOT_2 = LocalDate.of(2026, 12, 31);
    static final Set<String> REDENEN = Set.of("02", "19", "20", "21", "22", "23", "31", "36", "37", "38", "39");
    static final Set<String> CATEGORIEEN = Set.of("01", "02", "03", "04", "07", "08", "11", "13", "14");

    private static final Map<String, WmoToewijzing> PER_NUMMER = new HashMap<>();

    static {
        for (WmoToewijzing t : DEMO.toewijzingen()) {
            PER_NUMMER.put(t.gemeente() + "/" + t.toewijzingnummer(), t);
        }
    }

    private WmoStandaard() {
    }

    static WmoToewijzing toewijzing(String gemeente, long nummer) {
        return PER_NUMMER.get(gemeente + "/" + nummer);
    }

    static WmoProduct product(String code) {
        return DEMO.producten().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    /** The last day of the period that holds {@code dag}. */
    static LocalDate periodeTot(LocalDate dag) {
        if (!dag.isBefore(VAN_1) && !dag.isAfter(TOT_1)) {
            return TOT_1;
        }
        if (!dag.isBefore(VAN_2) && !dag.isAfter(TOT_2)) {
            return TOT_2;
        }
        throw new AssertionError(dag + " is in neither period");
    }

    static boolean inPeriode(LocalDate dag) {
        return (!dag.isBefore(VAN_1) && !dag.isAfter(TOT_1)) || (!dag.isBefore(VAN_2) && !dag.isAfter(TOT_2));
    }

    static boolean inPeriode(YearMonth maand) {
        return inPeriode(maand.atDay(1));
    }

    /** The tariff on a day from the tariff lines themselves; null when no line covers the day, failing when two do. */
    static Long tariefOp(String code, LocalDate dag) {
        List<Tarief> geldig = DEMO.tarieven().stream().filter(t -> t.code().equals(code) && !dag.isBefore(t.ingangsdatum())
                && (t.einddatum() == null || !dag.isAfter(t.einddatum()))).toList();
        if (geldig.size() > 1) {
            throw new AssertionError("two tariffs for " + code + " on " + dag);
        }
        return geldig.isEmpty() ? null : geldig.get(0).tarief();
    }

    static boolean lidOp(String gemeente, LocalDate dag) {
        return LEDEN.contains(gemeente) && (!HATTEM.equals(gemeente) || !dag.isAfter(HATTEM_TOT));
    }
}
