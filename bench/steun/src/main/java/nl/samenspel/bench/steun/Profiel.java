package nl.samenspel.bench.steun;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Where the measuring thread's time goes: a daemon thread takes its stack every 10 ms
 * ({@code Thread.getStackTrace}, the in-process equivalent of sampling {@code jcmd Thread.print};
 * like it, biased towards safepoint polls for the top frame, fine for "which method is on the
 * stack"). The summary attributes every sample to a stage by the methods on its stack (each bench
 * names its own stages) and lists the hottest methods: self, by package, and Samenspel methods
 * inclusive.
 *
 * <p>(JDK Flight Recorder was tried first in the jeugdhulp import bench: on this VM it delivered
 * about 1 % of the expected execution samples for the XML code, nearly all in one xerces method,
 * so its picture was wrong.)
 */
public final class Profiel {

    public static final long PERIODE_MS = 10;

    /**
     * How a bench words its profile. The wording differs per bench and stays as it was, so that a
     * profile can be compared with the bench's earlier ones line by line.
     *
     * @param stadium    the stage of one sample, from its stack (outermost frame first); stages sort by their text
     * @param overig     the prefix of the stage "not in the measured call" (the bench loop, GC at a safepoint): left out of the shares
     * @param meting     what was measured, as in "in the query" / "the query's samples"
     * @param gcIn       what the GC time was taken over, as in "GC in these calls"
     * @param sqlAandeel whether to give the share of the stages starting with "1" (SQL in Derby) against the rest (Java)
     * @param aanroepers the heading of the callers of the top 5
     * @param inclusief  how many Samenspel methods to list inclusive
     */
    public record Indeling(Function<List<String>, String> stadium, String overig, String meting, String gcIn, boolean sqlAandeel,
                           String aanroepers, int inclusief) {
    }

    private Profiel() {
    }

    /** Takes one thread's stack every {@link #PERIODE_MS} ms until closed. */
    public static final class Sampler implements AutoCloseable {
        private final Thread doel;
        private final Thread draad;
        private final List<String[]> stapels = new ArrayList<>();
        private volatile boolean stoppen;

        public Sampler(Thread doel) {
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

        public List<String[]> stapels() {
            synchronized (stapels) {
                return List.copyOf(stapels);
            }
        }
    }

    /** The summary of the samples of one measured call (or series of calls): stages, hottest methods. */
    public static String samenvat(Indeling indeling, String titel, List<String[]> stapels, double seconden, long gcMs) {
        Map<String, Integer> perStadium = new HashMap<>();
        Map<String, Integer> zelf = new HashMap<>();
        Map<String, Integer> zelfPakket = new HashMap<>();
        Map<String, Integer> inclusiefSamenspel = new HashMap<>();
        Map<String, Map<String, Integer>> aanroepers = new HashMap<>();
        int gemeten = 0;
        for (String[] frames : stapels) {
            List<String> buitenEerst = new ArrayList<>(Arrays.asList(frames));
            Collections.reverse(buitenEerst);
            String stadium = indeling.stadium().apply(buitenEerst);
            perStadium.merge(stadium, 1, Integer::sum);
            if (stadium.startsWith(indeling.overig())) {
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
        sb.append(String.format(Locale.ROOT, "=== Profile: %s: %.1f s timed in all, %,d stack samples (every %d ms), %,d in %s;"
                + " GC in %s %.2f s ===%n", titel, seconden, stapels.size(), PERIODE_MS, gemeten, indeling.meting(), indeling.gcIn(), gcMs / 1e3));
        int inMeting = Math.max(1, gemeten);
        if (indeling.sqlAandeel()) {
            int sql = perStadium.entrySet().stream().filter(e -> e.getKey().startsWith("1")).mapToInt(Map.Entry::getValue).sum();
            sb.append(String.format(Locale.ROOT, "SQL (Derby frames on the stack) %.1f %%, Java %.1f %% of %s's samples%n", 100.0 * sql / inMeting,
                    100.0 * (gemeten - sql) / inMeting, indeling.meting()));
        }
        sb.append("Stage (by the methods on the stack; share of ").append(indeling.meting())
                .append("'s samples; GC pauses count where they hit):\n");
        perStadium.entrySet().stream().filter(e -> !e.getKey().startsWith(indeling.overig())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(String.format(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / inMeting, e.getValue(), e.getKey())));
        sb.append("Hottest methods, self (top frame):\n");
        sb.append(top(zelf, 15, gemeten));
        sb.append("  ").append(indeling.aanroepers()).append(":\n");
        zelf.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5).forEach(e -> {
            Map.Entry<String, Integer> a = aanroepers.get(e.getKey()).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            sb.append(String.format(Locale.ROOT, "    %s (%d of %d) < %s%n", e.getKey().substring(e.getKey().lastIndexOf('.', e.getKey()
                    .lastIndexOf('.') - 1) + 1), a.getValue(), e.getValue(), a.getKey()));
        });
        sb.append("Self time by package:\n");
        sb.append(top(zelfPakket, 10, gemeten));
        sb.append("Samenspel methods, inclusive (on the stack):\n");
        sb.append(top(inclusiefSamenspel, indeling.inclusief(), gemeten));
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
