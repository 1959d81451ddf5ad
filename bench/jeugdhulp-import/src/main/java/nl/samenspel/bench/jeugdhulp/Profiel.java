package nl.samenspel.bench.jeugdhulp;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the importer's time goes: the chosen imports run R times each (after a warm-up), and
 * while each timed call runs a daemon thread takes the measuring thread's stack every 10 ms
 * ({@code Thread.getStackTrace}, the in-process equivalent of sampling {@code jcmd Thread.print};
 * like it, biased towards safepoint polls for the top frame, fine for "which method is on the
 * stack"). For JW301 also {@code Bestand.lees} alone on the 11 archives. The summary attributes
 * every sample to a stage by the methods on its stack, and lists the hottest methods (self, by
 * package, and Samenspel methods inclusive).
 *
 * <p>(JDK Flight Recorder was tried first: on this VM it delivered about 1 % of the expected
 * execution samples for the XML code, nearly all in one xerces method, so its picture was wrong.)
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

    static void meet(Importbench bench, List<Importbench.Meting> imports, int herhalingen, Path uitvoer) throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append("StAX (XMLInputFactory.newFactory()): ").append(javax.xml.stream.XMLInputFactory.newFactory().getClass().getName())
                .append("; JVM options: ").append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
                .append("\n\n");
        for (Importbench.Meting m : imports) {
            bench.meet(m, 0);
            List<String[]> stapels = new ArrayList<>();
            long totaal = 0;
            long gcMs = 0;
            for (int ronde = 1; ronde <= herhalingen; ronde++) {
                Sampler[] sampler = new Sampler[1];
                Thread ik = Thread.currentThread();
                Importbench.Uitkomst u = bench.meet(m, ronde, () -> sampler[0] = new Sampler(ik), () -> sampler[0].close());
                System.out.printf(Locale.ROOT, "# profiled %s round %d: %.2f s (%,.0f rec/s, while sampled)%n", m.titel, ronde,
                        u.seconden(), u.perSeconde());
                totaal += u.nanos();
                gcMs += u.gcMs();
                stapels.addAll(sampler[0].stapels());
            }
            sb.append(samenvat(m.titel + ", " + herhalingen + " runs", stapels, totaal / 1e9, gcMs));
            if (m == Importbench.Meting.JW301) {
                // the reading step alone, where JW301 differs from CSV: more samples, no database in between
                List<Dataset.Bestand> zips = bench.data().jw301;
                bench.leesAlles(zips, null);
                long gc0 = Importbench.gcMs();
                long ns = 0;
                List<String[]> lees = new ArrayList<>();
                for (int i = 0; i < herhalingen + 1; i++) {
                    try (Sampler sampler = new Sampler(Thread.currentThread())) {
                        ns += bench.leesAlles(zips, null);
                        lees.addAll(sampler.stapels());
                    }
                }
                sb.append(samenvat("JW301 reading alone (Bestand.lees on the 11 zips, " + (herhalingen + 1) + " times)", lees, ns / 1e9,
                        Importbench.gcMs() - gc0));
            }
        }
        System.out.print(sb);
        Importbench.schrijf(uitvoer, sb.toString());
        System.out.println("# written to " + uitvoer.toAbsolutePath());
    }

    /** The stage of one sample of the importing thread, by the Samenspel methods on its stack (outermost first). */
    static String stadium(List<String> stapel) {
        boolean lees = false;
        boolean controle = false;
        boolean bewaar = false;
        boolean schrijverContext = false;
        boolean importeer = false;
        boolean bestaande = false;
        for (String f : stapel) {
            lees |= f.startsWith("nl.samenspel.jeugdhulp.internal.invoer.Bestand.lees");
            controle |= f.startsWith("nl.samenspel.jeugdhulp.internal.inlezen.Importdienst.controleer");
            bewaar |= f.startsWith("nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag.bewaar");
            schrijverContext |= f.startsWith("nl.samenspel.jeugdhulp.internal.inlezen.Importdienst.schrijver");
            importeer |= f.startsWith("nl.samenspel.jeugdhulp.internal.inlezen.Importdienst.importeer");
            bestaande |= f.startsWith("nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag.bestaandeToewijzingen");
        }
        if (lees) {
            // also for the reading-alone profile, where Importdienst.importeer is not on the stack
            boolean hmac = stapel.stream().anyMatch(f -> f.startsWith("javax.crypto.") || f.startsWith("nl.samenspel.demodata.Pseudoniem")
                    || f.startsWith("com.sun.crypto.") || f.startsWith("sun.security."));
            boolean xml = stapel.stream().anyMatch(f -> f.startsWith("com.sun.org.apache.xerces") || f.startsWith("com.sun.xml.internal.stream")
                    || f.startsWith("javax.xml.stream") || f.startsWith("com.ctc.wstx") || f.startsWith("org.codehaus.stax2"));
            boolean ijw = stapel.stream().anyMatch(f -> f.startsWith("nl.samenspel.jeugdhulp.internal.invoer.IjwBericht$Lezer.")
                    && !f.endsWith(".lees"));
            boolean csv = stapel.stream().anyMatch(f -> f.startsWith("org.apache.commons.csv"));
            boolean zip = stapel.stream().anyMatch(f -> f.startsWith("java.util.zip"));
            boolean recordlezer = stapel.stream().anyMatch(f -> f.startsWith("nl.samenspel.jeugdhulp.internal.invoer.Recordlezer"));
            if (hmac) {
                return "1 read: pseudonym (HMAC-SHA256, Mac.getInstance per BSN)";
            }
            if (recordlezer) {
                return "1 read: fields to records (Recordlezer/Veldlezer: regex, dates, numbers)";
            }
            if (xml) {
                return "1 read: XML parser (StAX implementation)";
            }
            if (ijw) {
                return "1 read: IjwBericht bookkeeping (element path strings, record maps)";
            }
            if (csv) {
                return "1 read: CSV parsing (commons-csv)";
            }
            if (zip) {
                return "1 read: unzip";
            }
            return "1 read: other (UTF-8 decode, lists, IjwBericht maps)";
        }
        if (controle) {
            return "2 checks (context + Controle.toewijzingen)";
        }
        if (schrijverContext) {
            return bestaande ? "3 store: context again, reading every stored TOEWIJZING" : "3 store: context again (stamgegevens)";
        }
        if (bewaar) {
            return "4 store: JDBC batch insert + commit (Derby)";
        }
        if (importeer) {
            return "5 importeer: other (records list, register, formaat)";
        }
        return "6 not under Importdienst.importeer or Bestand.lees";
    }

    static String samenvat(String titel, List<String[]> stapels, double seconden, long gcMs) {
        Map<String, Integer> perStadium = new HashMap<>();
        Map<String, Integer> zelf = new HashMap<>();
        Map<String, Integer> zelfPakket = new HashMap<>();
        Map<String, Integer> inclusiefSamenspel = new HashMap<>();
        Map<String, Map<String, Integer>> aanroepers = new HashMap<>();
        int samples = 0;
        int gemeten = 0;
        for (String[] frames : stapels) {
            samples++;
            List<String> buitenEerst = new ArrayList<>(Arrays.asList(frames));
            java.util.Collections.reverse(buitenEerst);
            String stadium = stadium(buitenEerst);
            perStadium.merge(stadium, 1, Integer::sum);
            if (stadium.startsWith("6")) {
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
        sb.append(String.format(Locale.ROOT, "=== Profile: %s: %.1f s timed in all, %,d stack samples (every %d ms), %,d in the measured"
                + " call; GC in these runs %.2f s ===%n", titel, seconden, samples, PERIODE_MS, gemeten, gcMs / 1e3));
        int inMeting = gemeten;
        sb.append("Stage (by the methods on the stack; share of the measured call's samples; GC pauses count where they hit):\n");
        perStadium.entrySet().stream().filter(e -> !e.getKey().startsWith("6")).sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(String.format(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, inMeting),
                        e.getValue(), e.getKey())));
        sb.append("Hottest methods, self (top frame):\n");
        sb.append(top(zelf, 15, gemeten));
        sb.append("  called from (most frequent 3 callers of the top 5):\n");
        zelf.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5).forEach(e -> {
            Map.Entry<String, Integer> a = aanroepers.get(e.getKey()).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            sb.append(String.format(Locale.ROOT, "    %s (%d of %d) < %s%n", e.getKey().substring(e.getKey().lastIndexOf('.', e.getKey()
                    .lastIndexOf('.') - 1) + 1), a.getValue(), e.getValue(), a.getKey()));
        });
        sb.append("Self time by package:\n");
        sb.append(top(zelfPakket, 10, gemeten));
        sb.append("Samenspel methods, inclusive (on the stack):\n");
        sb.append(top(inclusiefSamenspel, 25, gemeten));
        sb.append('\n');
        return sb.toString();
    }

    private static String pakket(String methode) {
        String klasse = methode.substring(0, methode.lastIndexOf('.'));
        String[] delen = klasse.split("\\.");
        int n = delen[0].equals("nl") || delen[0].equals("org") || delen[0].equals("com") ? 4 : 2;
        return String.join(".", java.util.Arrays.copyOf(delen, Math.min(n, delen.length - 1)));
    }

    private static String top(Map<String, Integer> tellingen, int n, int totaal) {
        StringBuilder sb = new StringBuilder();
        tellingen.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n).forEach(e ->
                sb.append(String.format(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, totaal), e.getValue(),
                        e.getKey())));
        return sb.toString();
    }
}
