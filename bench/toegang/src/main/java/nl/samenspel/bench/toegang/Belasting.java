package nl.samenspel.bench.toegang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * CPU from /proc, sampled every second and at the bounds of each phase: what the two Karaf
 * JVMs and the bench JVM used, and what other processes used meanwhile (all busy CPU of the
 * machine minus these three), as bench/uitwisseling does.
 */
final class Belasting implements AutoCloseable {

    static final long TICKS = 100; // USER_HZ: 100 on Linux x86/arm
    final int cores = Runtime.getRuntime().availableProcessors();

    /** machine: user+nice+system ticks of all cores (processes); kernel: irq+softirq+steal. */
    record Monster(long nanos, long machine, long kernel, long basis, long huidig, long bench, String maven) {
    }

    /**
     * {@code vreemd*}: the share of the machine other processes used (their user + system CPU);
     * {@code kernelS}: interrupts, soft interrupts (loopback networking) and steal, not counted as other processes;
     * {@code maven}: a Maven build seen during the interval (its pid), or null.
     */
    record Samenvatting(double seconden, double basisS, double huidigS, double benchS, double machineS, double kernelS, int vreemdGemiddeld,
                        int vreemdHoogst, String maven) {
        boolean besmet() {
            return maven != null || vreemdGemiddeld > 10 || vreemdHoogst > 40;
        }
    }

    private final List<Monster> monsters = new ArrayList<>();
    private final LongSupplier basisPid;
    private final LongSupplier huidigPid;
    private final Thread draad;
    private volatile boolean stoppen;

    Belasting(LongSupplier basisPid, LongSupplier huidigPid) {
        this.basisPid = basisPid;
        this.huidigPid = huidigPid;
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
        long[] mk = machine();
        Monster m = new Monster(System.nanoTime(), mk[0], mk[1], proces(basisPid.getAsLong()), proces(huidigPid.getAsLong()),
                proces(ProcessHandle.current().pid()), maven());
        monsters.add(m);
        return m;
    }

    /** Everything between two samples taken with {@link #neem()}. */
    synchronized Samenvatting tussen(Monster van, Monster tot) {
        List<Monster> in = monsters.stream().filter(m -> m.nanos() >= van.nanos() && m.nanos() <= tot.nanos()).toList();
        long som = 0;
        int n = 0;
        int hoogst = 0;
        String maven = in.stream().map(Monster::maven).filter(x -> x != null).findFirst().orElse(null);
        for (int i = 1; i < in.size(); i++) {
            Monster a = in.get(i - 1);
            Monster b = in.get(i);
            double s = (b.nanos() - a.nanos()) / 1e9;
            if (s < 0.5) {
                continue;
            }
            long eigen = (b.basis() - a.basis()) + (b.huidig() - a.huidig()) + (b.bench() - a.bench());
            int pct = (int) Math.max(0, Math.round(((b.machine() - a.machine()) - eigen) * 100.0 / (s * TICKS * cores)));
            som += pct;
            n++;
            hoogst = Math.max(hoogst, pct);
        }
        if (n == 0 && tot.nanos() > van.nanos()) {
            // a phase shorter than the sampling interval: its two bounds
            double s = (tot.nanos() - van.nanos()) / 1e9;
            long eigen = (tot.basis() - van.basis()) + (tot.huidig() - van.huidig()) + (tot.bench() - van.bench());
            int pct = (int) Math.max(0, Math.round(((tot.machine() - van.machine()) - eigen) * 100.0 / (s * TICKS * cores)));
            som = pct;
            n = 1;
            hoogst = pct;
        }
        return new Samenvatting((tot.nanos() - van.nanos()) / 1e9, (tot.basis() - van.basis()) / (double) TICKS,
                (tot.huidig() - van.huidig()) / (double) TICKS, (tot.bench() - van.bench()) / (double) TICKS,
                (tot.machine() - van.machine()) / (double) TICKS, (tot.kernel() - van.kernel()) / (double) TICKS, n == 0 ? 0 : (int) (som / n),
                hoogst, maven);
    }

    /** {user+nice+system, irq+softirq+steal} ticks of all cores. */
    private static long[] machine() {
        try {
            for (String regel : Files.readAllLines(Path.of("/proc/stat"))) {
                if (regel.startsWith("cpu ")) {
                    String[] v = regel.trim().split("\\s+");
                    return new long[] {Long.parseLong(v[1]) + Long.parseLong(v[2]) + Long.parseLong(v[3]),
                        Long.parseLong(v[6]) + Long.parseLong(v[7]) + Long.parseLong(v[8])};
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: no load figures
        }
        return new long[] {0, 0};
    }

    /** A Maven build running now (the Maven JVM: java ... org.codehaus.plexus.classworlds.launcher.Launcher): its pid, or null. */
    static String maven() {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> c.endsWith("/java") || c.equals("java")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> java.util.Arrays.asList(a).contains("org.codehaus.plexus.classworlds.launcher.Launcher"))
                        .orElse(false))
                .map(p -> Long.toString(p.pid())).findFirst().orElse(null);
    }

    /** Other processes' share of the machine over the last {@code seconden} (from the 1 s samples), and a Maven build now. */
    synchronized Samenvatting laatste(int seconden) {
        Monster nu = neem();
        Monster van = monsters.stream().filter(m -> nu.nanos() - m.nanos() <= seconden * 1_000_000_000L + 200_000_000L).findFirst().orElse(nu);
        return tussen(van, nu);
    }

    /** utime + stime of a process (all its threads), 0 when it is gone. */
    static long proces(long pid) {
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

    /** What other processes are busy right now (ps), for the warning in the result. */
    static String drukkeProcessen() {
        try {
            Process p = new ProcessBuilder("ps", "-eo", "pcpu=,pid=,args=", "--sort=-pcpu").redirectErrorStream(true).start();
            List<String> regels = new String(p.getInputStream().readAllBytes()).lines()
                    .filter(r -> {
                        String[] v = r.trim().split("\\s+", 2);
                        try {
                            return Double.parseDouble(v[0]) > 20;
                        } catch (RuntimeException e) {
                            return false;
                        }
                    }).map(r -> r.length() > 110 ? r.substring(0, 110) : r).toList();
            p.waitFor();
            return String.join("\n", regels);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static String procent(int p) {
        return String.format(Locale.ROOT, "%d %%", p);
    }

    @Override
    public void close() {
        stoppen = true;
        draad.interrupt();
    }
}
