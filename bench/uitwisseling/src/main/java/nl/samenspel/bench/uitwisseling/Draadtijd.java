package nl.samenspel.bench.uitwisseling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.samenspel.bench.steun.Belasting;

/** CPU of a Karaf JVM by kind of thread, from /proc/&lt;pid&gt;/task: which of the exchange's threads did the work. */
final class Draadtijd {

    private Draadtijd() {
    }

    /** CPU ticks per thread of a process, keyed by thread id, with the (15-character) thread name. */
    record Draad(String naam, long ticks) {
    }

    static Map<Long, Draad> draden(long pid) {
        Map<Long, Draad> uit = new HashMap<>();
        if (pid <= 0) {
            return uit;
        }
        try (Stream<Path> taken = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path taak : taken.toList()) {
                try {
                    String stat = Files.readString(taak.resolve("stat"));
                    String naam = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] v = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    uit.put(Long.parseLong(taak.getFileName().toString()), new Draad(naam, Long.parseLong(v[11]) + Long.parseLong(v[12])));
                } catch (IOException | RuntimeException e) {
                    // thread ended meanwhile
                }
            }
        } catch (IOException e) {
            // process gone
        }
        return uit;
    }

    /** CPU seconds per kind of thread between two snapshots of {@link #draden} (threads started meanwhile count from 0). */
    static Map<String, Double> perSoort(Map<Long, Draad> van, Map<Long, Draad> tot) {
        Map<String, Double> uit = new TreeMap<>();
        for (Map.Entry<Long, Draad> e : tot.entrySet()) {
            Draad voor = van.get(e.getKey());
            long ticks = e.getValue().ticks() - (voor == null ? 0 : voor.ticks());
            if (ticks > 0) {
                uit.merge(soort(e.getValue().naam()), ticks / (double) Belasting.TICKS, Double::sum);
            }
        }
        return uit;
    }

    private static String soort(String naam) {
        if (naam.startsWith("C2 Compiler") || naam.startsWith("C1 Compiler")) {
            return "JIT compilers";
        } else if (naam.equals("VM Thread") || naam.startsWith("GC ")) {
            return "GC + VM operations (serial GC runs in the VM thread)";
        } else if (naam.startsWith("Camel")) {
            return "Camel threads (inbox consumer, sender timer)";
        } else if (naam.startsWith("qtp")) {
            return "Jetty request threads (REST, batches over TLS)";
        } else if (naam.startsWith("HttpClient")) {
            return "JDK HttpClient (selector)";
        } else if (naam.toLowerCase(Locale.ROOT).contains("derby")) {
            return "Derby background threads";
        }
        return "other threads";
    }

    static String tekst(Map<String, Double> perSoort) {
        double som = perSoort.values().stream().mapToDouble(Double::doubleValue).sum();
        return String.join("; ", perSoort.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.1f s (%.0f %%)", e.getKey(), e.getValue(), 100 * e.getValue() / Math.max(1e-9, som)))
                .toList());
    }
}
