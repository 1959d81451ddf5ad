package nl.samenspel.bench.jeugdhulp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the importer's time goes: the CSV and JW301 imports run R times each (after a warm-up),
 * each timed call under its own JDK Flight Recorder recording (execution samples every 10 ms,
 * native samples every 20 ms, GC events), so stamgegevens loading and checks are not in it.
 * The summary attributes every sample of the importing thread to a stage by the methods on its
 * stack, and lists the hottest methods (self and inclusive). Run the JVM with
 * {@code -XX:FlightRecorderOptions:stackdepth=512} so the outer frames are not cut off.
 */
final class Profiel {

    private Profiel() {
    }

    static void meet(Importbench bench, int herhalingen, Path jfrMap, Path uitvoer) throws Exception {
        Database.verwijder(jfrMap);
        Files.createDirectories(jfrMap);
        StringBuilder sb = new StringBuilder();
        for (Importbench.Meting m : List.of(Importbench.Meting.CSV, Importbench.Meting.JW301)) {
            bench.meet(m, 0);
            List<Path> bestanden = new ArrayList<>();
            long totaal = 0;
            for (int ronde = 1; ronde <= herhalingen; ronde++) {
                Path jfr = jfrMap.resolve(m.name().toLowerCase(Locale.ROOT) + "-" + ronde + ".jfr");
                Recording[] rec = new Recording[1];
                Importbench.Uitkomst u = bench.meet(m, ronde, () -> {
                    rec[0] = new Recording();
                    rec[0].enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
                    rec[0].enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(20));
                    rec[0].enable("jdk.GarbageCollection");
                    rec[0].start();
                }, () -> {
                    rec[0].stop();
                    try {
                        rec[0].dump(jfr);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    rec[0].close();
                });
                System.out.printf(Locale.ROOT, "# profiled %s round %d: %.2f s (%,.0f rec/s, under JFR)%n", m.titel, ronde, u.seconden(),
                        u.perSeconde());
                totaal += u.nanos();
                bestanden.add(jfr);
            }
            sb.append(samenvat(m.titel, bestanden, totaal / 1e9));
        }
        System.out.print(sb);
        Importbench.schrijf(uitvoer, sb.toString());
        System.out.println("# written to " + uitvoer.toAbsolutePath() + "; recordings in " + jfrMap);
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
            boolean hmac = stapel.stream().anyMatch(f -> f.startsWith("javax.crypto.") || f.startsWith("nl.samenspel.demodata.Pseudoniem")
                    || f.startsWith("com.sun.crypto.") || f.startsWith("sun.security."));
            boolean xml = stapel.stream().anyMatch(f -> f.startsWith("com.sun.org.apache.xerces") || f.startsWith("javax.xml.stream"));
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
                return "1 read: XML parsing (StAX) + IjwBericht";
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
        return "6 not under Importdienst.importeer";
    }

    static String samenvat(String titel, List<Path> bestanden, double seconden) throws IOException {
        Map<String, Integer> perStadium = new HashMap<>();
        Map<String, Integer> zelf = new HashMap<>();
        Map<String, Integer> zelfPakket = new HashMap<>();
        Map<String, Integer> inclusiefSamenspel = new HashMap<>();
        Map<String, Integer> perDraad = new HashMap<>();
        Map<String, Integer> natief = new HashMap<>();
        int samples = 0;
        int importSamples = 0;
        long gcNanos = 0;
        int gcAantal = 0;
        for (Path p : bestanden) {
            for (RecordedEvent e : RecordingFile.readAllEvents(p)) {
                String type = e.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    gcNanos += e.getDuration().toNanos();
                    gcAantal++;
                    continue;
                }
                RecordedStackTrace st = e.getStackTrace();
                if (st == null) {
                    continue;
                }
                List<String> frames = new ArrayList<>();
                for (RecordedFrame f : st.getFrames()) {
                    frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
                }
                if (frames.isEmpty()) {
                    continue;
                }
                String draad = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                if (type.equals("jdk.NativeMethodSample")) {
                    natief.merge(draad + ": " + frames.get(0), 1, Integer::sum);
                    continue;
                }
                samples++;
                perDraad.merge(draad, 1, Integer::sum);
                List<String> buitenEerst = new ArrayList<>(frames);
                java.util.Collections.reverse(buitenEerst);
                String stadium = stadium(buitenEerst);
                perStadium.merge(stadium, 1, Integer::sum);
                if (stadium.startsWith("6")) {
                    continue;
                }
                importSamples++;
                zelf.merge(frames.get(0), 1, Integer::sum);
                zelfPakket.merge(pakket(frames.get(0)), 1, Integer::sum);
                Set<String> gezien = new LinkedHashSet<>();
                for (String f : frames) {
                    if (f.startsWith("nl.samenspel.") && gezien.add(f)) {
                        inclusiefSamenspel.merge(f, 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "=== Profile: %s, %d runs, %.1f s timed in total, %,d execution samples (10 ms),"
                + " %,d in the importing call; GC: %d collections, %.2f s ===%n", titel, bestanden.size(), seconden, samples, importSamples,
                gcAantal, gcNanos / 1e9));
        sb.append("Threads (execution samples): ").append(top(perDraad, 6, samples, false)).append('\n');
        sb.append("Stage (by the methods on the stack; share of the importing call's samples):\n");
        int inImport = importSamples;
        perStadium.entrySet().stream().filter(e -> !e.getKey().startsWith("6")).sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(String.format(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, inImport),
                        e.getValue(), e.getKey())));
        sb.append(String.format(Locale.ROOT, "  (other samples, not under Importdienst.importeer, e.g. Derby's background thread: %d)%n",
                samples - importSamples));
        sb.append("Hottest methods, self (top frame):\n");
        sb.append(top(zelf, 20, importSamples, true));
        sb.append("Self time by package:\n");
        sb.append(top(zelfPakket, 12, importSamples, true));
        sb.append("Samenspel methods, inclusive (on the stack):\n");
        sb.append(top(inclusiefSamenspel, 25, importSamples, true));
        if (!natief.isEmpty()) {
            int n = natief.values().stream().mapToInt(Integer::intValue).sum();
            sb.append("Native method samples (20 ms; threads waiting in native code, e.g. file sync):\n");
            sb.append(top(natief, 8, n, true));
        }
        sb.append('\n');
        return sb.toString();
    }

    private static String pakket(String methode) {
        String klasse = methode.substring(0, methode.lastIndexOf('.'));
        String[] delen = klasse.split("\\.");
        int n = delen[0].equals("nl") || delen[0].equals("org") || delen[0].equals("com") ? 4 : 2;
        return String.join(".", java.util.Arrays.copyOf(delen, Math.min(n, delen.length - 1)));
    }

    private static String top(Map<String, Integer> tellingen, int n, int totaal, boolean regels) {
        StringBuilder sb = new StringBuilder();
        tellingen.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n).forEach(e -> {
            if (regels) {
                sb.append(String.format(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, totaal), e.getValue(), e.getKey()));
            } else {
                sb.append(String.format(Locale.ROOT, "%s %.0f %%; ", e.getKey(), 100.0 * e.getValue() / Math.max(1, totaal)));
            }
        });
        return sb.toString();
    }
}
