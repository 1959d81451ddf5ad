package nl.samenspel.bench.toegang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a request's CPU goes: a Java Flight Recorder recording of a Karaf JVM during one extra
 * round (not one of the measured rounds), started and stopped with {@code jcmd} before and after
 * the round, and its execution samples of Jetty's request threads ({@code qtp...}) counted by
 * what is on the stack. Execution samples are taken of running threads only, so a group's share
 * of the samples is its share of the request threads' CPU.
 */
final class Profiel {

    private static final String NAAM = "bench-toegang";

    /** A group of samples: counted when any frame of the stack matches. */
    record Groep(String naam, Predicate<String> frame) {
    }

    /** The groups, the same for both JVMs; a sample may be in several. */
    static final List<Groep> GROEPEN = List.of(
            new Groep("access control, all (nl.samenspel.toegang.*)", f -> f.startsWith("nl.samenspel.toegang.")),
            new Groep("  Toegangsfilter.filter (authentication + authorisation)", f -> f.startsWith("nl.samenspel.toegang.internal.Toegangsfilter.")),
            new Groep("    credential cache lookup (Aanmeldcache.inloggen)", f -> f.startsWith("nl.samenspel.toegang.internal.Aanmeldcache.inloggen")),
            new Groep("      SHA-256 of name + password (Aanmeldcache.sleutel)", f -> f.startsWith("nl.samenspel.toegang.internal.Aanmeldcache.sleutel")),
            new Groep("      the realm: PBKDF2 (JaasInloggen, cache misses)", f -> f.startsWith("nl.samenspel.toegang.internal.JaasInloggen.")),
            new Groep("    lockout check (Aanmeldbewaking/Aanmeldpogingen)", f -> f.startsWith("nl.samenspel.toegang.internal.Aanmeldbewaking.")),
            new Groep("    the right of the method (Toegangsregels)", f -> f.startsWith("nl.samenspel.toegang.internal.Toegangsregels.")),
            new Groep("    Basic header decoding (Toegangsfilter.basic)", f -> f.startsWith("nl.samenspel.toegang.internal.Toegangsfilter.basic")),
            new Groep("  Auditfilter.filter (no record for this GET)", f -> f.startsWith("nl.samenspel.toegang.internal.Auditfilter.")),
            new Groep("  Beveiligingskoppen.filter (security headers)", f -> f.startsWith("nl.samenspel.toegang.internal.Beveiligingskoppen.")),
            new Groep("  Cors.filter (CORS off: no header)", f -> f.startsWith("nl.samenspel.toegang.internal.Cors.")),
            new Groep("CXF request filters, all (JAXRSUtils.runContainerRequestFilters)",
                    f -> f.startsWith("org.apache.cxf.jaxrs.utils.JAXRSUtils.runContainerRequestFilters")),
            new Groep("CXF response filters, all (JAXRSUtils.runContainerResponseFilters)",
                    f -> f.startsWith("org.apache.cxf.jaxrs.utils.JAXRSUtils.runContainerResponseFilters")),
            new Groep("  CXF's @Context injection into filters, both chains (InjectionUtils.injectContexts)",
                    f -> f.startsWith("org.apache.cxf.jaxrs.utils.InjectionUtils.injectContexts")),
            new Groep("the resource method (RegiosResource.regios)", f -> f.startsWith("nl.samenspel.register.internal.rest.RegiosResource.")),
            new Groep("JSON writing (Jackson)", f -> f.startsWith("com.fasterxml.jackson.")),
            new Groep("socket reads and writes (SocketChannelImpl.read/write)", f -> f.startsWith("sun.nio.ch.SocketChannelImpl.read")
                    || f.startsWith("sun.nio.ch.SocketChannelImpl.write")));

    /** The methods whose direct callees are counted (what inside them costs). */
    static final List<String> BINNEN = List.of("nl.samenspel.toegang.internal.Toegangsfilter.filter",
            "org.apache.cxf.jaxrs.utils.JAXRSUtils.runContainerRequestFilters", "org.apache.cxf.jaxrs.utils.JAXRSUtils.runContainerResponseFilters");

    private Profiel() {
    }

    /** Starts a recording with the bench's settings (bench-toegang.jfc: execution samples every 10 ms), written next to the recording. */
    static void start(long pid, Path bestand) throws IOException, InterruptedException {
        Path jfc = bestand.resolveSibling("bench-toegang.jfc");
        try (var in = Profiel.class.getResourceAsStream("bench-toegang.jfc")) {
            java.nio.file.Files.write(jfc, in.readAllBytes());
        }
        jcmd(pid, "JFR.start", "name=" + NAAM, "settings=" + jfc, "filename=" + bestand);
    }

    static void stop(long pid) throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=" + NAAM);
    }

    private static void jcmd(long pid, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", args) + " mislukt: " + uit);
        }
    }

    /** The analysis of one recording. */
    record Uitslag(int samples, Map<String, Integer> perGroep, List<Map.Entry<String, Integer>> topZelf,
                   Map<String, List<Map.Entry<String, Integer>>> binnen) {
        double aandeel(String groep) {
            return samples == 0 ? 0 : perGroep.getOrDefault(groep, 0) / (double) samples;
        }
    }

    /** The execution samples of the request threads between {@code van} and {@code tot} (the profiled round). */
    static Uitslag lees(Path jfr, java.time.Instant van, java.time.Instant tot) throws IOException {
        int samples = 0;
        Map<String, Integer> perGroep = new LinkedHashMap<>();
        GROEPEN.forEach(g -> perGroep.put(g.naam(), 0));
        Map<String, Integer> zelf = new HashMap<>();
        Map<String, Map<String, Integer>> binnen = new LinkedHashMap<>();
        BINNEN.forEach(m -> binnen.put(m, new HashMap<>()));
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStartTime().isBefore(van) || e.getStartTime().isAfter(tot)) {
                continue;
            }
            String draad = e.getThread("sampledThread") == null ? "" : String.valueOf(e.getThread("sampledThread").getJavaName());
            if (!draad.startsWith("qtp")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<String> frames = st.getFrames().stream().map(Profiel::naam).toList();
            zelf.merge(frames.get(0), 1, Integer::sum);
            // the direct callee (the frame just inside the outermost call of the method), or the method's own code
            for (String m : BINNEN) {
                int f = frames.lastIndexOf(m);
                if (f >= 0) {
                    binnen.get(m).merge(f == 0 ? "(own code)" : frames.get(f - 1), 1, Integer::sum);
                }
            }
            for (Groep g : GROEPEN) {
                if (frames.stream().anyMatch(g.frame())) {
                    perGroep.merge(g.naam(), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> top = zelf.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(12).toList();
        Map<String, List<Map.Entry<String, Integer>>> perMethode = new LinkedHashMap<>();
        binnen.forEach((m, c) -> perMethode.put(m, c.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(6).toList()));
        return new Uitslag(samples, perGroep, top, perMethode);
    }

    private static String naam(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    /**
     * Both JVMs side by side: per group the share of the request threads' samples and what that
     * is in CPU per request (share x the JVM's CPU per request in the profiled round).
     */
    static String tekst(Uitslag open, double openCpuUs, Uitslag auth, double authCpuUs) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "  %-88s %18s %18s%n", "request-thread samples on the stack of (JFR, one extra round each)",
                "open: share, us/req", "auth: share, us/req"));
        s.append(String.format(Locale.ROOT, "  %-88s %18s %18s%n", "(all request-thread samples)",
                String.format(Locale.ROOT, "%d, %.0f", open.samples(), openCpuUs), String.format(Locale.ROOT, "%d, %.0f", auth.samples(), authCpuUs)));
        for (Groep g : GROEPEN) {
            s.append(String.format(Locale.ROOT, "  %-88s %18s %18s%n", g.naam(), cel(open, g.naam(), openCpuUs), cel(auth, g.naam(), authCpuUs)));
        }
        for (String m : BINNEN) {
            for (Uitslag u : List.of(auth, open)) {
                List<Map.Entry<String, Integer>> c = u.binnen().get(m);
                if (c == null || c.isEmpty()) {
                    continue;
                }
                s.append("  inside ").append(kort(m)).append(u == auth ? ", authenticated" : ", open").append(", by the method it calls: ");
                s.append(String.join("; ", c.stream()
                        .map(e -> String.format(Locale.ROOT, "%s %.1f %%", kort(e.getKey()), 100.0 * e.getValue() / Math.max(1, u.samples()))).toList()));
                s.append('\n');
            }
        }
        s.append("  top self (innermost frame), authenticated: ");
        s.append(String.join("; ", auth.topZelf().stream().limit(8)
                .map(e -> String.format(Locale.ROOT, "%s %.1f %%", kort(e.getKey()), 100.0 * e.getValue() / Math.max(1, auth.samples()))).toList()));
        s.append('\n');
        s.append("  top self (innermost frame), open: ");
        s.append(String.join("; ", open.topZelf().stream().limit(8)
                .map(e -> String.format(Locale.ROOT, "%s %.1f %%", kort(e.getKey()), 100.0 * e.getValue() / Math.max(1, open.samples()))).toList()));
        s.append('\n');
        return s.toString();
    }

    private static String cel(Uitslag u, String groep, double cpuUs) {
        double a = u.aandeel(groep);
        return String.format(Locale.ROOT, "%5.1f %%, %5.1f", 100 * a, a * cpuUs);
    }

    static String kort(String frame) {
        int m = frame.lastIndexOf('.');
        int c = frame.lastIndexOf('.', m - 1);
        return c < 0 ? frame : frame.substring(c + 1);
    }
}
