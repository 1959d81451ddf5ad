package nl.samenspel.bench.steun;

import java.util.concurrent.TimeUnit;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Samenspel installation as a real process, set up as the system test (itests Instantie) and
 * the launcher do: an unpacked distribution as {@code karaf.home}, its own {@code karaf.base} with
 * {@code etc/} = the distribution's etc, a profile's etc on top, then what the bench changes
 * (ports, register, certificate stores). Started as {@code bin/karaf server} with the product's
 * JVM settings ({@code bin/setenv}); stopped with SIGTERM to the JVM in {@code karaf.pid}, SIGKILL
 * only after a deadline. A bench extends it with its own set-up.
 */
public class Installatie {

    /** One answer of the readiness endpoint: its HTTP status and body. */
    public record Peil(int status, String body) {
    }

    /** One GET of the readiness endpoint, with whatever client the bench uses. */
    @FunctionalInterface
    public interface Peiling {
        Peil peil() throws IOException;
    }

    public final String naam;
    /** karaf.home: the unpacked distribution (may be shared by several installations). */
    public final Path home;
    /** karaf.base: this installation's etc/ and data/. */
    public final Path base;
    private Process proces;

    protected Installatie(String naam, Path home, Path base) {
        this.naam = naam;
        this.home = home.toAbsolutePath();
        this.base = base.toAbsolutePath();
    }

    public Path log() {
        return base.resolve("data/log/karaf.log");
    }

    public Path etc() {
        return base.resolve("etc");
    }

    /** Unpacks the tarball into {@code home} (emptied first), with tar: what an operator does. */
    public static void pakUit(Path tarball, Path home) throws IOException, InterruptedException {
        Mappen.verwijder(home);
        Files.createDirectories(home);
        Process p = new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", home.toString(), "--strip-components=1")
                .redirectErrorStream(true).start();
        String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("uitpakken van " + tarball + " mislukt: " + uit);
        }
    }

    /** etc/ = the distribution's etc, then the files of a profile's etc on top (as the launcher does). */
    protected void richtEtcIn(Path profielEtc) throws IOException {
        Path etc = etc();
        Mappen.kopieer(home.resolve("etc"), etc);
        try (Stream<Path> s = Files.list(profielEtc)) {
            for (Path p : s.toList()) {
                Files.copy(p, etc.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Appends settings (in the map's order) to etc/samenspel-profiel.properties, under a comment line saying who set them. */
    protected void profielEigenschappen(String kop, Map<String, ?> eigenschappen) throws IOException {
        StringBuilder s = new StringBuilder("\n# ").append(kop).append('\n');
        eigenschappen.forEach((k, v) -> s.append(k).append(" = ").append(v).append('\n'));
        Files.writeString(etc().resolve("samenspel-profiel.properties"), s.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** The register this installation loads (its configMap). */
    protected void register(Path map) throws IOException {
        zet(etc().resolve("nl.samenspel.register.cfg"), "configMap", map.toAbsolutePath().toString());
    }

    /** Copies certificate stores of the test PKI into etc/pki. */
    protected void stores(Path pki, String... namen) throws IOException {
        Path stores = etc().resolve("pki");
        Files.createDirectories(stores);
        for (String store : namen) {
            Files.copy(pki.resolve(store), stores.resolve(store), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Sets one key of a .cfg file: an earlier line with the key is dropped, the new one appended. */
    protected static void zet(Path cfg, String sleutel, String waarde) throws IOException {
        List<String> regels = Files.exists(cfg) ? Files.readAllLines(cfg, StandardCharsets.UTF_8) : List.of();
        Pattern p = Pattern.compile("\\s*" + Pattern.quote(sleutel) + "\\s*=.*");
        List<String> uit = new ArrayList<>(regels.stream().filter(r -> !p.matcher(r).matches()).toList());
        uit.add(sleutel + " = " + waarde);
        Files.write(cfg, uit, StandardCharsets.UTF_8);
    }

    public void start() throws IOException {
        Files.deleteIfExists(base.resolve("karaf.pid"));
        Files.createDirectories(base.resolve("data"));
        // stdin from /dev/null: a Karaf child that inherits a pipe nobody writes to can hold up whoever waits for it (STACK.md trap 6)
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(base.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("karaf.out").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        // the product's own JVM settings (bin/setenv); nothing of the caller's environment on top
        for (String weg : List.of("JAVA_OPTS", "EXTRA_JAVA_OPTS", "KARAF_OPTS", "JAVA_MIN_MEM", "JAVA_MAX_MEM", "KARAF_DEBUG")) {
            env.remove(weg);
        }
        env.put("KARAF_BASE", base.toString());
        env.put("KARAF_ETC", etc().toString());
        env.put("KARAF_DATA", base.resolve("data").toString());
        env.put("CHECK_ROOT_INSTANCE_RUNNING", "false");
        proces = pb.start();
    }

    /** Fails fast when the process died while the bench waits for it. */
    public void moetLeven() {
        if (proces != null && !proces.isAlive() && jvm().isEmpty()) {
            throw new IllegalStateException(naam + " is gestopt (exit " + proces.exitValue() + "); zie " + base.resolve("karaf.out") + " en " + log());
        }
    }

    /** The JVM itself (Karaf writes its pid to karaf.pid), only while it runs with this karaf.base: a stale pid may be another process. */
    public Optional<ProcessHandle> jvm() {
        try {
            Path pid = base.resolve("karaf.pid");
            if (!Files.exists(pid)) {
                return Optional.empty();
            }
            String tekst = Files.readString(pid).trim();
            return tekst.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(tekst)).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().arguments().map(a -> String.join(" ", a).contains("-Dkaraf.base=" + base)).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The JVM or the process this bench started is still there. */
    public boolean draait() {
        return jvm().isPresent() || proces != null && proces.isAlive();
    }

    /** The JVM's pid; before Karaf wrote karaf.pid the started process ({@code bin/karaf} execs the JVM); -1 before the start. */
    public long pid() {
        return jvm().map(ProcessHandle::pid).orElse(proces == null ? -1L : proces.pid());
    }

    /** SIGTERM to the JVM in karaf.pid (and to the started process), waits; SIGKILL only after {@code deadlineS}. */
    public String stop(int deadlineS) {
        long t0 = System.nanoTime();
        Optional<ProcessHandle> jvm = jvm();
        jvm.ifPresent(ProcessHandle::destroy);
        if (proces != null && proces.isAlive()) {
            proces.destroy();
        }
        long einde = t0 + deadlineS * 1_000_000_000L;
        while (System.nanoTime() < einde && (jvm.map(ProcessHandle::isAlive).orElse(false) || proces != null && proces.isAlive())) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (jvm.map(ProcessHandle::isAlive).orElse(false) || proces != null && proces.isAlive()) {
            jvm.ifPresent(ProcessHandle::destroyForcibly);
            if (proces != null) {
                proces.destroyForcibly();
            }
            return naam + " killed (SIGKILL) after " + deadlineS + " s without stopping on SIGTERM";
        }
        return String.format(Locale.ROOT, "%s stopped on SIGTERM in %.1f s", naam, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Asks readiness until it answers 200, and still 200 two seconds later: each resource that
     * appears redeploys the application (as Http.wachtTotGereed in the system test). Fails fast when
     * the process dies; after {@code hooguit} from {@code t0} (System.nanoTime) fails with the log's
     * last warnings.
     */
    public void wachtTotGereed(long t0, Duration hooguit, Peiling peiling) throws InterruptedException {
        long deadline = t0 + hooguit.toNanos();
        long gereedSinds = 0;
        String laatste = "no connection";
        while (System.nanoTime() < deadline) {
            moetLeven();
            try {
                Peil a = peiling.peil();
                laatste = a.status() + " " + a.body();
                if (a.status() != 200) {
                    gereedSinds = 0;
                } else if (gereedSinds == 0) {
                    gereedSinds = System.nanoTime();
                } else if (System.nanoTime() - gereedSinds >= 2_000_000_000L) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                gereedSinds = 0;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(naam + ": not ready within " + hooguit.toSeconds() + " s (last answer: " + laatste + "); see " + log()
                + "\n" + logstaart());
    }

    /** The last warnings and errors of the log (for a failed start). */
    public String logstaart() {
        try {
            if (!Files.exists(log())) {
                return "(no " + log() + ")";
            }
            List<String> m = Files.readAllLines(log(), StandardCharsets.UTF_8).stream()
                    .filter(r -> r.contains("| WARN ") || r.contains("| ERROR")).toList();
            return String.join("\n", m.subList(Math.max(0, m.size() - 15), m.size()));
        } catch (IOException e) {
            return "log not readable: " + e.getMessage();
        }
    }

    /** Adds a user with the product's own tool: {@code bash bin/samenspel-gebruiker <naam> <rollen> <file>}, the password on stdin. */
    public void gebruiker(String naam, String rollen, String wachtwoord) throws IOException, InterruptedException {
        Path bestand = etc().resolve("samenspel-gebruikers.properties");
        Process p = new ProcessBuilder("bash", home.resolve("bin/samenspel-gebruiker").toString(), naam, rollen, bestand.toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().write((wachtwoord + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("samenspel-gebruiker " + naam + " mislukt: " + uit);
        }
    }
}
