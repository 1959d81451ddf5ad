package nl.samenspel.bench.steun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * CPU from /proc, sampled every second and at the bounds of each measured phase: what the watched
 * JVMs (the products' Karaf processes) and the bench JVM used, and what other processes used
 * meanwhile (busy CPU of the machine minus these), so that a result can say it was disturbed.
 */
public final class Belasting implements AutoCloseable {

    public static final long TICKS = 100; // USER_HZ: 100 on Linux x86/arm
    public final int cores = Runtime.getRuntime().availableProcessors();

    /**
     * What counts as busy and what else is looked at. The benches count in two ways, each kept as
     * it was so that its figures stay comparable with the ones it reported before.
     */
    public enum Telling {
        /**
         * Busy = user + nice + system; interrupts, soft interrupts (loopback networking) and steal
         * apart, charged to no process; a running Maven build looked for in every sample; a phase
         * shorter than the sampling interval judged by its two bounds (bench/toegang).
         */
        ZONDER_KERNEL,
        /** Busy = user + nice + system + irq + softirq + steal; iowait apart (bench/uitwisseling). */
        MET_KERNEL
    }

    /**
     * Ticks of all cores: {@code processen} user+nice+system, {@code kernel} irq+softirq+steal;
     * {@code eigen} per watched JVM in the order given, the bench JVM last; {@code maven} the pid of
     * a Maven build running, or null.
     */
    public record Monster(long nanos, long processen, long kernel, long iowait, long[] eigen, String maven) {
        long machine(Telling t) {
            return t == Telling.MET_KERNEL ? processen + kernel : processen;
        }

        long eigenSom() {
            return Arrays.stream(eigen).sum();
        }
    }

    /**
     * {@code vreemd*}: the share of the machine other processes used; {@code kernelS}: interrupts,
     * soft interrupts and steal; {@code maven}: a Maven build seen during the interval (its pid), or null.
     */
    public record Samenvatting(double seconden, double[] eigenS, double kernelS, double iowaitS, int vreemdGemiddeld, int vreemdHoogst,
                               String maven) {
        /** CPU seconds of the i-th watched JVM. */
        public double jvmS(int i) {
            return eigenS[i];
        }

        public double benchS() {
            return eigenS[eigenS.length - 1];
        }

        /** Whether other processes disturbed the interval: a Maven build, more than 10 % on average or 40 % in a second. */
        public boolean besmet() {
            return maven != null || vreemdGemiddeld > 10 || vreemdHoogst > 40;
        }
    }

    private final Telling telling;
    private final List<Monster> monsters = new ArrayList<>();
    private final LongSupplier[] jvms;
    private final Thread draad;
    private volatile boolean stoppen;

    /** @param jvms the pids of the watched JVMs, asked at each sample (a JVM started later is counted from then on; -1: none yet) */
    public Belasting(Telling telling, LongSupplier... jvms) {
        this.telling = telling;
        this.jvms = jvms.clone();
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
    public synchronized Monster neem() {
        long[] mk = machine();
        long[] eigen = new long[jvms.length + 1];
        for (int i = 0; i < jvms.length; i++) {
            eigen[i] = proces(jvms[i].getAsLong());
        }
        eigen[jvms.length] = proces(ProcessHandle.current().pid());
        Monster m = new Monster(System.nanoTime(), mk[0], mk[1], mk[2], eigen, telling == Telling.ZONDER_KERNEL ? maven() : null);
        monsters.add(m);
        return m;
    }

    /** Everything between two samples taken with {@link #neem()}. */
    public synchronized Samenvatting tussen(Monster van, Monster tot) {
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
            int pct = vreemd(a, b, s);
            som += pct;
            n++;
            hoogst = Math.max(hoogst, pct);
        }
        if (n == 0 && tot.nanos() > van.nanos() && telling == Telling.ZONDER_KERNEL) {
            // a phase shorter than the sampling interval: its two bounds
            int pct = vreemd(van, tot, (tot.nanos() - van.nanos()) / 1e9);
            som = pct;
            n = 1;
            hoogst = pct;
        }
        double[] eigenS = new double[van.eigen().length];
        for (int i = 0; i < eigenS.length; i++) {
            eigenS[i] = (tot.eigen()[i] - van.eigen()[i]) / (double) TICKS;
        }
        return new Samenvatting((tot.nanos() - van.nanos()) / 1e9, eigenS, (tot.kernel() - van.kernel()) / (double) TICKS,
                (tot.iowait() - van.iowait()) / (double) TICKS, n == 0 ? 0 : (int) (som / n), hoogst, maven);
    }

    private int vreemd(Monster a, Monster b, double s) {
        long eigen = b.eigenSom() - a.eigenSom();
        return (int) Math.max(0, Math.round(((b.machine(telling) - a.machine(telling)) - eigen) * 100.0 / (s * TICKS * cores)));
    }

    /** Other processes' share of the machine over the last {@code seconden} (from the 1 s samples), and a Maven build now. */
    public synchronized Samenvatting laatste(int seconden) {
        Monster nu = neem();
        Monster van = monsters.stream().filter(m -> nu.nanos() - m.nanos() <= seconden * 1_000_000_000L + 200_000_000L).findFirst().orElse(nu);
        return tussen(van, nu);
    }

    /** {user+nice+system, irq+softirq+steal, iowait} ticks of all cores. */
    private static long[] machine() {
        try {
            for (String regel : Files.readAllLines(Path.of("/proc/stat"))) {
                if (regel.startsWith("cpu ")) {
                    String[] v = regel.trim().split("\\s+");
                    return new long[] {Long.parseLong(v[1]) + Long.parseLong(v[2]) + Long.parseLong(v[3]),
                        Long.parseLong(v[6]) + Long.parseLong(v[7]) + Long.parseLong(v[8]), Long.parseLong(v[5])};
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: no load figures
        }
        return new long[] {0, 0, 0};
    }

    /** A Maven build running now (the Maven JVM: java ... org.codehaus.plexus.classworlds.launcher.Launcher): its pid, or null. */
    public static String maven() {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> c.endsWith("/java") || c.equals("java")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains("org.codehaus.plexus.classworlds.launcher.Launcher"))
                        .orElse(false))
                .map(p -> Long.toString(p.pid())).findFirst().orElse(null);
    }

    /** utime + stime of a process (all its threads), 0 when it is gone. */
    public static long proces(long pid) {
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
    public static String drukkeProcessen() {
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

    @Override
    public void close() {
        stoppen = true;
        draad.interrupt();
    }
}
