package nl.samenspel.demodata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The two stretches of years the Wmo demo covers: the start of the Wmo 2015 with the DIAH
 * change of 2016, and recent years after Hattem left. Nothing is generated in between, so
 * the module sees a region whose membership changed between two loads.
 */
public enum WmoPeriode {

    JAREN_2015_2017(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31), 45),
    JAREN_2024_2026(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), 55);

    private final LocalDate van;
    private final LocalDate tot;
    private final int aandeelClienten;

    WmoPeriode(LocalDate van, LocalDate tot, int aandeelClienten) {
        this.van = van;
        this.tot = tot;
        this.aandeelClienten = aandeelClienten;
    }

    public LocalDate van() {
        return van;
    }

    /** The last day of the data, inclusive: later care is neither started, stopped nor declared. */
    public LocalDate tot() {
        return tot;
    }

    /** Allocations start up to two months before the end, so each has at least a few months of care. */
    LocalDate laatsteIngang() {
        return tot.minusMonths(2);
    }

    YearMonth laatsteMaand() {
        return YearMonth.from(tot);
    }

    /** The share of all clients (percent) that falls in this period; the region grew. */
    int aandeelClienten() {
        return aandeelClienten;
    }

    public List<Integer> jaren() {
        return IntStream.rangeClosed(van.getYear(), tot.getYear()).boxed().toList();
    }

    /** The members on the first day; a member leaving within the period would still be drawn up to its last day. */
    List<Gemeente> leden() {
        return WmoRegio.ledenOp(van);
    }

    boolean bevat(LocalDate dag) {
        return !dag.isBefore(van) && !dag.isAfter(tot);
    }

    static WmoPeriode van(LocalDate dag) {
        for (WmoPeriode p : values()) {
            if (p.bevat(dag)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no Wmo demo period holds " + dag);
    }

    /** Every year with data, both periods. */
    public static List<Integer> alleJaren() {
        return java.util.Arrays.stream(values()).flatMap(p -> p.jaren().stream()).toList();
    }
}
