package nl.samenspel.bench.beschermdwonen;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a query's time goes: after the timed rounds, the chosen queries run N times each (after
 * 5 warm-up calls) while a daemon thread takes the measuring thread's stack every 10 ms
 * ({@code Thread.getStackTrace}, the in-process equivalent of sampling {@code jcmd Thread.print};
 * like it, biased towards safepoint polls for the top frame, fine for "which method is on the
 * stack"). Each sample is attributed to a stage by the methods on its stack (SQL in Derby,
 * reading columns, building records, the Monitoring method's own Java work), and the hottest
 * methods are listed (self, by package, and Samenspel methods inclusive), as in the jeugdhulp
 * import bench.
 */
final class Profiel {

    static final long PERIODE_MS = 10;

    private Profiel() {
    }

    /** Takes one thread's stack every {@link #PERIODE_MS} ms until closed. */
    static final class Sampler implements AutoCloseable {
        private final Thread doel;
        private final Thread draad;
        private final List<String[]> stapels = new ArrayList<>();
        private volatile boolean stoppen;

        Sampler(Thread doel) {
            this.doel = doel;
            this.draad = new Thread(this::loop, "stapelsampler");
            draad.setDaemon(true);
            draad.setPriority(Thread.MAX_PRIORITY);
            draad.start();
        }

        private void loop() {
            while (!stoppen) {
                try {
                    Thread.sleep(PERIODE_MS);
                } catch (InterruptedException e) {
                    return;
                }
                StackTraceElement[] st = doel.getStackTrace();
                if (st.length > 0 && !stoppen) {
                    String[] frames = new String[st.length];
                    for (int i = 0; i < st.length; i++) {
                        frames[i] = st[i].getClassName() + "." + st[i].getMethodName();
                    }
                    synchronized (stapels) {
                        stapels.add(frames);
                    }
                }
            }
        }

        @Override
        public void close() {
            stoppen = true;
            try {
                draad.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        List<String[]> stapels() {
            synchronized (stapels) {
                return List.copyOf(stapels);
            }
        }
    }

    static String meet(Monitoringbench bench, List<Monitoringbench.Vraag> vragen, int n) throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append("JVM options: ").append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())).append("\n\n");
        for (Monitoringbench.Vraag v : vragen) {
            for (int i = 0; i < 5; i++) {
                Monitoringbench.put = bench.voer(v);
            }
            long gc0 = Monitoringbench.gc()[1];
            long[] ns = new long[n];
            List<String[]> stapels;
            try (Sampler sampler = new Sampler(Thread.currentThread())) {
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    Monitoringbench.put = bench.voer(v);
                    ns[i] = System.nanoTime() - t0;
                }
                sampler.close();
                stapels = sampler.stapels();
            }
            long gcMs = Monitoringbench.gc()[1] - gc0;
            double totaal = Arrays.stream(ns).sum() / 1e9;
            System.out.printf(Locale.ROOT, "# profiled %s: %d calls, p50 %.1f ms while sampled%n", v.name(), n,
                    Monitoringbench.mediaan(ns) / 1e6);
            sb.append(samenvat(v.titel + ", " + n + " calls (p50 " + String.format(Locale.ROOT, "%.1f", Monitoringbench.mediaan(ns) / 1e6)
                    + " ms while sampled)", stapels, totaal, gcMs));
        }
        return sb.toString();
    }

    /**
     * The stage of one sample of the measuring thread, by the methods on its stack (outermost
     * first): Derby's work (by kind) and the store method it runs for, the store's own Java on the
     * rows, the budget, or the Monitoring method's own Java. Not tied to the store's method names,
     * which change with the code.
     */
    static String stadium(List<String> stapel) {
        String opslag = null;
        String monitoring = null;
        boolean derby = false;
        boolean getter = false;
        boolean sorteren = false;
        boolean schijf = false;
        boolean uitvoeren = false;
        boolean budget = false;
        for (String f : stapel) {
            if (opslag == null && f.startsWith("nl.samenspel.beschermdwonen.internal.opslag.")) {
                opslag = f.substring("nl.samenspel.beschermdwonen.internal.opslag.".length());
            }
            if (monitoring == null && f.startsWith("nl.samenspel.beschermdwonen.internal.monitoring.Monitoring.")) {
                monitoring = f.substring(f.lastIndexOf('.') + 1);
            }
            derby |= f.startsWith("org.apache.derby.");
            getter |= f.startsWith("org.apache.derby.impl.jdbc.EmbedResultSet.get") || f.startsWith("org.apache.derby.impl.jdbc.EmbedResultSet.wasNull");
            sorteren |= f.startsWith("org.apache.derby.impl.store.access.sort.") || f.startsWith("org.apache.derby.impl.sql.execute.BasicSortObserver")
                    || f.startsWith("org.apache.derby.impl.sql.execute.AggregateSortObserver");
            schijf |= f.startsWith("org.apache.derby.impl.store.raw.data.StreamFileContainer");
            uitvoeren |= f.startsWith("org.apache.derby.impl.jdbc.EmbedResultSet.next") || f.startsWith("org.apache.derby.impl.jdbc.EmbedResultSet.movePosition")
                    || f.startsWith("org.apache.derby.impl.jdbc.EmbedPreparedStatement.execute") || f.startsWith("org.apache.derby.impl.jdbc.EmbedStatement.execute");
            budget |= f.startsWith("nl.samenspel.beschermdwonen.internal.budget.");
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
        if (budget) {
            return "3 Java: budget file + distribution (Budgetbestanden/Budgetverdeling)";
        }
        if (monitoring != null) {
            return "4 Java: in Monitoring." + monitoring + " itself";
        }
        return "7 other (bench loop, GC at a safepoint)";
    }

    static String samenvat(String titel, List<String[]> stapels, double seconden, long gcMs) {
        Map<String, Integer> perStadium = new HashMap<>();
        Map<String, Integer> zelf = new HashMap<>();
        Map<String, Integer> zelfPakket = new HashMap<>();
        Map<String, Integer> inclusiefSamenspel = new HashMap<>();
        Map<String, Map<String, Integer>> aanroepers = new HashMap<>();
        int gemeten = 0;
        for (String[] frames : stapels) {
            List<String> buitenEerst = new ArrayList<>(Arrays.asList(frames));
            Collections.reverse(buitenEerst);
            String stadium = stadium(buitenEerst);
            perStadium.merge(stadium, 1, Integer::sum);
            if (stadium.startsWith("7")) {
                continue;
            }
            gemeten++;
            zelf.merge(frames[0], 1, Integer::sum);
            aanroepers.computeIfAbsent(frames[0], k -> new HashMap<>()).merge(String.join(" < ",
                    Arrays.asList(frames).subList(1, Math.min(frames.length, 4))), 1, Integer::sum);
            zelfPakket.merge(pakket(frames[0]), 1, Integer::sum);
            Set<String> gezien = new LinkedHashSet<>();
            for (String f : frames) {
                if (f.startsWith("nl.samenspel.") && !f.startsWith("nl.samenspel.bench.") && !f.contains("$$Lambda") && gezien.add(f)) {
                    inclusiefSamenspel.merge(f, 1, Integer::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "=== Profile: %s: %.1f s timed in all, %,d stack samples (every %d ms), %,d in the query;"
                + " GC in these calls %.2f s ===%n", titel, seconden, stapels.size(), PERIODE_MS, gemeten, gcMs / 1e3));
        int inMeting = Math.max(1, gemeten);
        int sql = perStadium.entrySet().stream().filter(e -> e.getKey().startsWith("1")).mapToInt(Map.Entry::getValue).sum();
        sb.append(String.format(Locale.ROOT, "SQL (Derby frames on the stack) %.1f %%, Java %.1f %% of the query's samples%n", 100.0 * sql / inMeting,
                100.0 * (gemeten - sql) / inMeting));
        sb.append("Stage (by the methods on the stack; share of the query's samples; GC pauses count where they hit):\n");
        perStadium.entrySet().stream().filter(e -> !e.getKey().startsWith("7")).sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(String.format(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / inMeting, e.getValue(), e.getKey())));
        sb.append("Hottest methods, self (top frame):\n");
        sb.append(top(zelf, 15, gemeten));
        sb.append("  called from (most frequent caller chain of the top 5):\n");
        zelf.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5).forEach(e -> {
            Map.Entry<String, Integer> a = aanroepers.get(e.getKey()).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            sb.append(String.format(Locale.ROOT, "    %s (%d of %d) < %s%n", e.getKey().substring(e.getKey().lastIndexOf('.', e.getKey()
                    .lastIndexOf('.') - 1) + 1), a.getValue(), e.getValue(), a.getKey()));
        });
        sb.append("Self time by package:\n");
        sb.append(top(zelfPakket, 10, gemeten));
        sb.append("Samenspel methods, inclusive (on the stack):\n");
        sb.append(top(inclusiefSamenspel, 15, gemeten));
        sb.append('\n');
        return sb.toString();
    }

    private static String pakket(String methode) {
        String klasse = methode.substring(0, methode.lastIndexOf('.'));
        String[] delen = klasse.split("\\.");
        int n = delen[0].equals("nl") || delen[0].equals("org") || delen[0].equals("com") ? 4 : 2;
        return String.join(".", Arrays.copyOf(delen, Math.min(n, delen.length - 1)));
    }

    private static String top(Map<String, Integer> tellingen, int n, int totaal) {
        StringBuilder sb = new StringBuilder();
        tellingen.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n).forEach(e ->
                sb.append(String.format(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, totaal), e.getValue(),
                        e.getKey())));
        return sb.toString();
    }
}
