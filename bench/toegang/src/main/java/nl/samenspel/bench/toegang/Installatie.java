package nl.samenspel.bench.toegang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One hub (profile zwolle) as a real process, set up as the system test does (itests
 * Instantie) and as the launcher does: its distribution unpacked as {@code karaf.home}, its own
 * {@code karaf.base} with {@code etc/} = the distribution's etc, the zwolle profile of the
 * distribution's own {@code regional-config/nodes/zwolle/etc} on top, then the bench's ports
 * and the test PKI's stores; the register is the distribution's own {@code regional-config}.
 * Started as {@code bin/karaf server} with the product's JVM settings ({@code bin/setenv});
 * stopped with SIGTERM to the JVM in {@code karaf.pid}, SIGKILL only after a deadline.
 */
final class Installatie {

    /** The ports of one installation; all of them are checked to be free before it starts. */
    record Poorten(int http, int ssh, int rmiRegistry, int rmiServer, int api, int uitwisseling) {
        List<Integer> alle() {
            return List.of(http, ssh, rmiRegistry, rmiServer, api, uitwisseling);
        }
    }

    final String naam;
    final Poorten poorten;
    final Path home;
    final Path base;
    private Process proces;

    Installatie(String naam, Poorten poorten, Path werk) {
        this.naam = naam;
        this.poorten = poorten;
        this.home = werk.resolve(naam).resolve("karaf").toAbsolutePath();
        this.base = werk.resolve(naam).resolve("base").toAbsolutePath();
    }

    Path log() {
        return base.resolve("data/log/karaf.log");
    }

    Path etc() {
        return base.resolve("etc");
    }

    /** Unpacks the tarball into {@code home} (its own directory), with tar. */
    void pakUit(Path tarball) throws IOException, InterruptedException {
        verwijder(home.getParent());
        Files.createDirectories(home);
        Process p = new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", home.toString(), "--strip-components=1")
                .redirectErrorStream(true).start();
        String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("uitpakken van " + tarball + " mislukt: " + uit);
        }
    }

    /** etc/ = the distribution's, the zwolle profile on top, then the bench's ports, the register and the PKI. */
    void richtIn(Path pki) throws IOException {
        Path etc = etc();
        kopieer(home.resolve("etc"), etc);
        Path profiel = home.resolve("regional-config/nodes/zwolle/etc");
        try (Stream<Path> s = Files.list(profiel)) {
            for (Path p : s.toList()) {
                Files.copy(p, etc.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(etc.resolve("samenspel-profiel.properties"), "\n# bench/toegang: its own ports, nothing else changed\n"
                        + "samenspel.http.port = " + poorten.http() + "\nsamenspel.ssh.port = " + poorten.ssh()
                        + "\nsamenspel.rmi.registry.port = " + poorten.rmiRegistry() + "\nsamenspel.rmi.server.port = " + poorten.rmiServer()
                        + "\nsamenspel.api.port = " + poorten.api() + "\nsamenspel.https.port = " + poorten.uitwisseling() + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        zet(etc.resolve("nl.samenspel.register.cfg"), "configMap", home.resolve("regional-config").toString());
        Path stores = etc.resolve("pki");
        Files.createDirectories(stores);
        for (String store : List.of("truststore.p12", "server.p12", "hub.p12")) {
            Files.copy(pki.resolve(store), stores.resolve(store), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whether this distribution has the access control (bin/samenspel-gebruiker and the samenspel-toegang bundle). */
    boolean heeftToegang() {
        return Files.exists(home.resolve("bin/samenspel-gebruiker")) && Files.isDirectory(home.resolve("system/nl/samenspel/samenspel-toegang"));
    }

    /** Adds a user with the product's own tool: {@code bash bin/samenspel-gebruiker <naam> <rollen> <file>}, the password on stdin. */
    void gebruiker(String naam, String rollen, String wachtwoord) throws IOException, InterruptedException {
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

    void start() throws IOException {
        Files.deleteIfExists(base.resolve("karaf.pid"));
        Files.createDirectories(base.resolve("data"));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(base.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("karaf.out").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
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
    void moetLeven() {
        if (proces != null && !proces.isAlive() && jvm().isEmpty()) {
            throw new IllegalStateException(naam + " is gestopt (exit " + proces.exitValue() + "); zie " + base.resolve("karaf.out") + " en " + log());
        }
    }

    /** The JVM itself (Karaf writes its pid to karaf.pid), only while it runs with this karaf.base. */
    Optional<ProcessHandle> jvm() {
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
    boolean draait() {
        return jvm().isPresent() || proces != null && proces.isAlive();
    }

    long pid() {
        return jvm().map(ProcessHandle::pid).orElse(-1L);
    }

    /** SIGTERM to the JVM in karaf.pid (and to the started process), waits; SIGKILL only after {@code deadlineS}. */
    String stop(int deadlineS) {
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

    /** The last warnings and errors of the log (for a failed start). */
    String logstaart() {
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

    private static void zet(Path cfg, String sleutel, String waarde) throws IOException {
        List<String> regels = Files.exists(cfg) ? Files.readAllLines(cfg, StandardCharsets.UTF_8) : List.of();
        Pattern p = Pattern.compile("\\s*" + Pattern.quote(sleutel) + "\\s*=.*");
        List<String> uit = new ArrayList<>(regels.stream().filter(r -> !p.matcher(r).matches()).toList());
        uit.add(sleutel + " = " + waarde);
        Files.write(cfg, uit, StandardCharsets.UTF_8);
    }

    static void kopieer(Path van, Path naar) throws IOException {
        try (Stream<Path> s = Files.walk(van)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(doel);
                } else {
                    Files.copy(p, doel, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void verwijder(Path map) throws IOException {
        if (Files.exists(map)) {
            try (Stream<Path> s = Files.walk(map)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
