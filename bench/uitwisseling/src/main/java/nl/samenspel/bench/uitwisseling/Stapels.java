package nl.samenspel.bench.uitwisseling;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A stack-sampling profile of the exchange's working threads in the two Karaf JVMs (option
 * {@code --profiel}; never in a measured run): every {@code intervalMs} a thread dump of each JVM
 * through the attach API (what {@code jstack}/{@code jcmd Thread.print} ask for, without starting
 * a JVM per sample), and for each thread of interest the innermost Samenspel frame of its stack,
 * marked when the thread waits for a Derby lock, flushes Derby's log, or waits on the network.
 * Needs {@code --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED} (run.sh passes it).
 */
final class Stapels implements AutoCloseable {

    /** A group of threads in one JVM, and which of its stacks count (a thread that only waits for work is "idle"). */
    record Groep(String naam, long pid, Predicate<String> draad) {
    }

    private final List<Groep> groepen;
    private final long intervalMs;
    private final Map<String, Map<String, Integer>> tellingen = new LinkedHashMap<>();
    private final Map<String, Integer> monsters = new HashMap<>();
    private final Thread draad;
    private volatile boolean stoppen;
    private volatile String fout;
    private int dumps;
    private long dumpNanos;

    private final java.nio.file.Path voorbeeldMap;

    /** @param voorbeeldMap where the first dump of each JVM is kept, to see the thread names */
    Stapels(List<Groep> groepen, long intervalMs, java.nio.file.Path voorbeeldMap) {
        this.voorbeeldMap = voorbeeldMap;
        this.groepen = groepen;
        this.intervalMs = intervalMs;
        groepen.forEach(g -> tellingen.put(g.naam(), new HashMap<>()));
        this.draad = new Thread(this::loop, "stapels");
        draad.setDaemon(true);
        draad.start();
    }

    private void loop() {
        Map<Long, Object> vms = new HashMap<>();
        try {
            Class<?> vmKlasse = Class.forName("com.sun.tools.attach.VirtualMachine");
            Method attach = vmKlasse.getMethod("attach", String.class);
            for (Groep g : groepen) {
                if (!vms.containsKey(g.pid())) {
                    vms.put(g.pid(), attach.invoke(null, Long.toString(g.pid())));
                }
            }
            Method dump = Class.forName("sun.tools.attach.HotSpotVirtualMachine").getMethod("remoteDataDump", Object[].class);
            while (!stoppen) {
                long t0 = System.nanoTime();
                Map<Long, String> tekst = new HashMap<>();
                for (Map.Entry<Long, Object> vm : vms.entrySet()) {
                    try (InputStream in = (InputStream) dump.invoke(vm.getValue(), (Object) new Object[0])) {
                        // read to the end by hand: readAllBytes stops after the first 4 KiB on this stream
                        java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream(1 << 18);
                        byte[] buf = new byte[1 << 16];
                        int n;
                        while ((n = in.read(buf, 0, buf.length)) >= 0) {
                            uit.write(buf, 0, n);
                        }
                        tekst.put(vm.getKey(), uit.toString(StandardCharsets.UTF_8));
                    }
                }
                if (dumps == 20) {
                    for (Map.Entry<Long, String> t : tekst.entrySet()) {
                        java.nio.file.Files.writeString(voorbeeldMap.resolve("threaddump-" + t.getKey() + ".txt"), t.getValue());
                    }
                }
                synchronized (this) {
                    dumps++;
                    dumpNanos += System.nanoTime() - t0;
                    for (Groep g : groepen) {
                        tel(g, tekst.get(g.pid()));
                    }
                }
                long slaap = intervalMs - (System.nanoTime() - t0) / 1_000_000;
                if (slaap > 0) {
                    Thread.sleep(slaap);
                }
            }
        } catch (InterruptedException e) {
            // stopped
        } catch (Exception | LinkageError e) {
            fout = e.toString() + (e.getCause() != null ? " / " + e.getCause() : "");
        } finally {
            for (Object vm : vms.values()) {
                try {
                    vm.getClass().getMethod("detach").invoke(vm);
                } catch (Exception e) {
                    // gone
                }
            }
        }
    }

    private void tel(Groep g, String dump) {
        if (dump == null) {
            return;
        }
        for (String blok : dump.split("\n\\s*\n")) {
            if (!blok.startsWith("\"")) {
                continue;
            }
            String naam = blok.substring(1, blok.indexOf('"', 1));
            if (!g.draad().test(naam + "\n" + blok)) {
                continue;
            }
            monsters.merge(g.naam(), 1, Integer::sum);
            tellingen.get(g.naam()).merge(klasse(blok), 1, Integer::sum);
        }
    }

    /** Innermost Samenspel frame (class.method), with what the thread is doing below it. */
    static String klasse(String blok) {
        String samenspel = null;
        for (String regel : blok.split("\n")) {
            String r = regel.strip();
            if (r.startsWith("at nl.samenspel.")) {
                String frame = r.substring(3, r.indexOf('(') > 0 ? r.indexOf('(') : r.length());
                String[] delen = frame.split("\\.");
                samenspel = delen.length >= 2 ? delen[delen.length - 2] + "." + delen[delen.length - 1] : frame;
                break;
            }
        }
        if (samenspel == null) {
            return "(no Samenspel frame: idle or framework)";
        }
        String wat;
        if (blok.contains("org.apache.derby.impl.services.locks.ActiveLock.waitForGrant")) {
            wat = "Derby lock wait";
        } else if (blok.contains("org.apache.derby.impl.store.raw.log.LogToFile.flush") || blok.contains("sun.nio.ch.FileDispatcherImpl.force")
                || blok.contains("RandomAccessFile.sync") || blok.contains("FileChannelImpl.force")) {
            wat = "Derby log flush";
        } else if (blok.contains("java.net.http") || blok.contains("SocketDispatcher.read") || blok.contains("sun.nio.ch.SocketChannelImpl.read")
                || blok.contains("jdk.internal.net.http")) {
            wat = "HTTP client / network";
        } else if (blok.contains("org.apache.derby")) {
            wat = "Derby";
        } else {
            wat = "own code / JDK";
        }
        return samenspel + " [" + wat + "]";
    }

    /** The profile as text: per group the share of samples per class, most frequent first. */
    synchronized List<String> verslag() {
        List<String> uit = new ArrayList<>();
        uit.add(String.format(Locale.ROOT, "%d thread dumps of each JVM, every %d ms (one dump took %.1f ms on average)%s", dumps, intervalMs,
                dumps == 0 ? 0 : dumpNanos / 1e6 / dumps, fout == null ? "" : "; STOPPED EARLY: " + fout));
        for (Groep g : groepen) {
            int n = monsters.getOrDefault(g.naam(), 0);
            uit.add(String.format(Locale.ROOT, "  %s: %d thread samples", g.naam(), n));
            tellingen.get(g.naam()).entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(14)
                    .forEach(e -> uit.add(String.format(Locale.ROOT, "    %5.1f %%  %s", 100.0 * e.getValue() / Math.max(1, n), e.getKey())));
        }
        return uit;
    }

    @Override
    public void close() {
        stoppen = true;
        draad.interrupt();
        try {
            draad.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
