package nl.samenspel.bench.wmo;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.samenspel.bench.steun.Profiel;
import nl.samenspel.bench.steun.Statistiek;
import nl.samenspel.bench.steun.Verslag;

/**
 * Where a question's time goes: after the timed rounds, the chosen questions run N times each
 * (after 3 warm-up calls) under the stack sampler of bench-steun's {@link Profiel}. Each sample is
 * attributed to a stage by the methods on its stack (SQL in Derby by kind and the store method it
 * runs for, Java turning rows into records, the question's own Java), as in
 * bench/beschermd-wonen-monitoring.
 */
final class Vraagprofiel {

    static final Profiel.Indeling INDELING = new Profiel.Indeling(Vraagprofiel::stadium, "7", "the question", "these calls", true,
            "called from (most frequent caller chain of the top 5)", 15);

    private Vraagprofiel() {
    }

    static String meet(Monitoringbench bench, List<Monitoringbench.Vraag> vragen, int n) throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append("JVM options: ").append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())).append("\n\n");
        for (Monitoringbench.Vraag v : vragen) {
            for (int i = 0; i < 3; i++) {
                Monitoringbench.put = bench.voer(v);
            }
            long gc0 = Verslag.gc()[1];
            long[] ns = new long[n];
            List<String[]> stapels;
            try (Profiel.Sampler sampler = new Profiel.Sampler(Thread.currentThread())) {
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    Monitoringbench.put = bench.voer(v);
                    ns[i] = System.nanoTime() - t0;
                }
                sampler.close();
                stapels = sampler.stapels();
            }
            long gcMs = Verslag.gc()[1] - gc0;
            double totaal = Arrays.stream(ns).sum() / 1e9;
            System.out.printf(Locale.ROOT, "# profiled %s: %d calls, p50 %.1f ms while sampled%n", v.name(), n, Statistiek.mediaan(ns) / 1e6);
            sb.append(Profiel.samenvat(INDELING, v.titel + ", " + n + " calls (p50 " + String.format(Locale.ROOT, "%.1f", Statistiek.mediaan(ns) / 1e6)
                    + " ms while sampled)", stapels, totaal, gcMs));
        }
        return sb.toString();
    }

    /**
     * The stage of one sample of the measuring thread, by the methods on its stack (outermost
     * first): Derby's work (by kind) and the store method it runs for, the store's own Java on the
     * rows, or the question's own Java. Not tied to the store's method names, which change.
     */
    static String stadium(List<String> stapel) {
        String opslag = null;
        String vraag = null;
        boolean derby = false;
        boolean getter = false;
        boolean sorteren = false;
        boolean schijf = false;
        boolean uitvoeren = false;
        for (String f : stapel) {
            if (opslag == null && f.startsWith("nl.samenspel.wmo.internal.opslag.")) {
                opslag = f.substring("nl.samenspel.wmo.internal.opslag.".length());
            }
            if (vraag == null && (f.startsWith("nl.samenspel.wmo.internal.monitoring.") || f.startsWith("nl.samenspel.wmo.internal.eigenbijdrage."))) {
                vraag = f.substring("nl.samenspel.wmo.internal.".length());
            }
            derby |= f.startsWith("org.apache.derby.");
            getter |= f.startsWith("org.apache.derby.impl.jdbc.EmbedResultSet.get") || f.startsWith("org.apache.derby.impl.jdbc.EmbedResultSet.wasNull")
                    || f.startsWith("org.apache.derby.impl.jdbc.EmbedResultSet.findColumn");
            sorteren |= f.startsWith("org.apache.derby.impl.store.access.sort.") || f.startsWith("org.apache.derby.impl.sql.execute.BasicSortObserver")
                    || f.startsWith("org.apache.derby.impl.sql.execute.AggregateSortObserver");
            schijf |= f.startsWith("org.apache.derby.impl.store.raw.data.StreamFileContainer");
            uitvoeren |= f.startsWith("org.apache.derby.impl.jdbc.EmbedResultSet.next") || f.startsWith("org.apache.derby.impl.jdbc.EmbedResultSet.movePosition")
                    || f.startsWith("org.apache.derby.impl.jdbc.EmbedPreparedStatement.execute") || f.startsWith("org.apache.derby.impl.jdbc.EmbedStatement.execute");
        }
        String in = opslag == null ? "" : " [" + opslag + "]";
        if (derby) {
            if (getter) {
                return "1 SQL (Derby): column getters" + in;
            }
            if (sorteren) {
                return (schijf ? "1 SQL (Derby): sort runs written to / read from temporary files" : "1 SQL (Derby): sort / grouping in memory") + in;
            }
            if (uitvoeren) {
                return "1 SQL (Derby): scan + fetch (index and base rows, page cache, row decoding)" + in;
            }
            return "1 SQL (Derby): connection, prepare (statement cache), close" + in;
        }
        if (opslag != null) {
            return "2 Java: rows to records" + in;
        }
        if (vraag != null) {
            return "4 Java: in " + vraag + " itself";
        }
        return "7 other (bench loop, GC at a safepoint)";
    }
}
