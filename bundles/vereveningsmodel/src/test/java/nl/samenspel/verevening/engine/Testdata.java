package nl.samenspel.verevening.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short ways to write models and members in tests. */
final class Testdata {

    private Testdata() {
    }

    /** {@code gewichten("inwoners", "0.6", "jeugdigen", "0.4")}, in that order. */
    static Map<String, BigDecimal> gewichten(String... naamEnGewicht) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < naamEnGewicht.length; i += 2) {
            m.put(naamEnGewicht[i], naamEnGewicht[i + 1] == null ? null : new BigDecimal(naamEnGewicht[i + 1]));
        }
        return m;
    }

    /** {@code sleutels("inwoners", 2, "jeugdigen", 1)}. */
    static Map<String, Long> sleutels(Object... naamEnWaarde) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < naamEnWaarde.length; i += 2) {
            Object w = naamEnWaarde[i + 1];
            m.put((String) naamEnWaarde[i], w == null ? null : ((Number) w).longValue());
        }
        return m;
    }

    static LidInvoer lid(String code, long budget, long kosten, Map<String, Long> sleutels) {
        return LidInvoer.van(code, budget, kosten, sleutels);
    }

    static LidInvoer lid(String code, long budget, long kosten, long inwoners) {
        return LidInvoer.van(code, budget, kosten, sleutels(Sleutel.INWONERS, inwoners));
    }

    /** The members' rounded allocations T in eurocents, in the result's order. */
    static List<Long> toerekeningen(Vereveningsresultaat r) {
        return r.leden().stream().map(l -> l.toerekening().eurocent()).toList();
    }

    static BigDecimal d(String decimaal) {
        return new BigDecimal(decimaal);
    }
}
