package nl.samenspel.bench.uitwisseling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * CPU of the machine and of the bench's own processes, from /proc every second: what the hub
 * JVM, the node JVM and the bench JVM used, and what other processes used meanwhile (all busy
 * CPU of the machine minus these three), as bench/jeugdhulp-import/run.sh does for its one JVM.
 */
final class Belasting implements AutoCloseable {

    static final long TICKS = 100; // USER_HZ: 100 on Linux x86/arm
    final int cores = Runtime.getRuntime().availableProcessors();

    record Monster(long nanos, long machine, long iowait, long hub, long node, long bench) {
    }

    record Samenvatting(double seconden, double hubS, double nodeS, double benchS, double machineS, double iowaitS, int vreemdGemiddeld,
                        int vreemdHoogst) {
        String regel(int cores) {
            return String.format(Locale.ROOT, "CPU in %.1f s (%d cores = %.1f core-s): hub JVM %.1f s, node JVM %.1f s, bench JVM %.1f s;"
                            + " other processes %d %% of the machine on average, at most %d %% (1 s samples); iowait %.1f core-s",
                    seconden, cores, seconden * cores, hubS, nodeS, benchS, vreemdGemiddeld, vreemdHoogst, iowaitS);
        }
    }

    private final List<Monster> monsters = new ArrayList<>();
    private final LongSupplier hubPid;
    private final LongSupplier nodePid;
    private final Thread draad;
    private volatile boolean stoppen;

    Belasting(LongSupplier hubPid, LongSupplier nodePid) {
        this.hubPid = hubPid;
        this.nodePid = nodePid;
        this.draad = new Thread(this::loop, "belasting");
        draad.setDaemon(true);
        draad.start();
    }

    private void loop() {
        while (!stoppen) {
            neem();
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Takes a sample now (also called at the bounds of a measured phase). */
    synchronized Monster neem() {
        long[] m = machine();
        Monster monster = new Monster(System.nanoTime(), m[0], m[1], proces(hubPid.getAsLong()), proces(nodePid.getAsLong()),
                proces(ProcessHandle.current().pid()));
        monsters.add(monster);
        return monster;
    }

    /** Everything between two samples taken with {@link #neem()}. */
    synchronized Samenvatting tussen(Monster van, Monster tot) {
        List<Monster> in = monsters.stream().filter(m -> m.nanos() >= van.nanos() && m.nanos() <= tot.nanos()).toList();
        long som = 0;
        int n = 0;
        int hoogst = 0;
        for (int i = 1; i < in.size(); i++) {
            Monster a = in.get(i - 1);
            Monster b = in.get(i);
            double s = (b.nanos() - a.nanos()) / 1e9;
            if (s < 0.5) {
                continue;
            }
            long eigen = (b.hub() - a.hub()) + (b.node() - a.node()) + (b.bench() - a.bench());
            int pct = (int) Math.max(0, Math.round(((b.machine() - a.machine()) - eigen) * 100.0 / (s * TICKS * cores)));
            som += pct;
            n++;
            hoogst = Math.max(hoogst, pct);
        }
        return new Samenvatting((tot.nanos() - van.nanos()) / 1e9, (tot.hub() - van.hub()) / (double) TICKS,
                (tot.node() - van.node()) / (double) TICKS, (tot.bench() - van.bench()) / (double) TICKS,
                (tot.machine() - van.machine()) / (double) TICKS, (tot.iowait() - van.iowait()) / (double) TICKS,
                n == 0 ? 0 : (int) (som / n), hoogst);
    }

    /** busy (user+nice+system+irq+softirq+steal) and iowait ticks of all cores. */
    private static long[] machine() {
        try {
            for (String regel : Files.readAllLines(Path.of("/proc/stat"))) {
                if (regel.startsWith("cpu ")) {
                    String[] v = regel.trim().split("\\s+");
                    long busy = Long.parseLong(v[1]) + Long.parseLong(v[2]) + Long.parseLong(v[3]) + Long.parseLong(v[6]) + Long.parseLong(v[7])
                            + Long.parseLong(v[8]);
                    return new long[] {busy, Long.parseLong(v[5])};
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: no load figures
        }
        return new long[] {0, 0};
    }

    /** utime + stime of a process (all its threads), 0 when it is gone. */
    private static long proces(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] v = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(v[11]) + Long.parseLong(v[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU ticks per thread of a process, keyed by thread id, with the (15-character) thread name. */
    record Draad(String naam, long ticks) {
    }

    static Map<Long, Draad> draden(long pid) {
        Map<Long, Draad> uit = new HashMap<>();
        if (pid <= 0) {
            return uit;
        }
        try (java.util.stream.Stream<Path> taken = Files.list(Path.of("/proc/" + pid + "/task"))) {
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
                uit.merge(soort(e.getValue().naam()), ticks / (double) TICKS, Double::sum);
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

    @Override
    public void close() {
        stoppen = true;
        draad.interrupt();
    }
}
