package nl.samenspel.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * One Samenspel installation as a real process for the system test: the shared unpacked
 * distribution as {@code karaf.home}, its own {@code karaf.base} with {@code etc/} from the
 * distribution plus a profile of {@code regional-config/nodes/}, with the test's ports, PKI
 * and pseudonym key. Started as {@code bin/karaf server}, stopped with SIGTERM or killed with
 * SIGKILL (kill -9), restarted on the same data.
 */
final class Instantie {

    final String naam;
    final String gemeente;
    final int poort;
    final int tlsPoort;
    final Path base;
    private final Path karaf;
    private Process proces;

    Instantie(String naam, String gemeente, int poort, int tlsPoort, Path werk, Path karaf) {
        this.naam = naam;
        this.gemeente = gemeente;
        this.poort = poort;
        this.tlsPoort = tlsPoort;
        this.base = werk.resolve(naam);
        this.karaf = karaf;
    }

    Http http() {
        return new Http(poort);
    }

    /**
     * etc/ = the distribution's, the profile on top, then this test's settings: ports, the register in this
     * checkout, the hub's TLS port, the certificate stores, a quick backoff and small batches.
     */
    void richtIn(Path profielen, Path regionalConfig, Path pki, Path sleutel, int hubTlsPoort, Map<String, String> uitwisseling) throws IOException {
        Path etc = base.resolve("etc");
        kopieer(karaf.resolve("etc"), etc);
        try (Stream<Path> profiel = Files.list(profielen.resolve(naam).resolve("etc"))) {
            for (Path p : profiel.toList()) {
                Files.copy(p, etc.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        int i = poort - 18280;
        Files.writeString(etc.resolve("samenspel-profiel.properties"), "\n# systeemtest\nsamenspel.http.port = " + poort
                + "\nsamenspel.ssh.port = " + (18290 + i) + "\nsamenspel.rmi.registry.port = " + (11290 + i)
                + "\nsamenspel.rmi.server.port = " + (44690 + i) + "\nsamenspel.https.port = " + tlsPoort
                + "\nsamenspel.api.port = " + (poort + 1000) + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        vervang(etc.resolve("nl.samenspel.register.cfg"), "configMap", regionalConfig.toAbsolutePath().toString());
        Path stores = etc.resolve("pki");
        Files.createDirectories(stores);
        Files.copy(pki.resolve("truststore.p12"), stores.resolve("truststore.p12"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(pki.resolve("server.p12"), stores.resolve("server.p12"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(etc.resolve("samenspel-gebruikers.properties"), Gebruikers.bestand(), StandardCharsets.UTF_8);
        if (gemeente == null) {
            Files.copy(pki.resolve("hub.p12"), stores.resolve("hub.p12"), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.copy(pki.resolve("knooppunt-" + gemeente + ".p12"), stores.resolve("knooppunt-" + gemeente + ".p12"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(sleutel, etc.resolve("samenspel-pseudoniem.sleutel"), StandardCopyOption.REPLACE_EXISTING);
            vervang(etc.resolve("nl.samenspel.node.cfg"), "hubUrl", "https://localhost:" + hubTlsPoort);
            for (Map.Entry<String, String> e : uitwisseling.entrySet()) {
                vervang(etc.resolve("nl.samenspel.uitwisseling.cfg"), e.getKey(), e.getValue());
            }
        }
    }

    void start() throws IOException {
        Files.deleteIfExists(base.resolve("karaf.pid"));
        Files.createDirectories(base.resolve("data"));
        ProcessBuilder pb = new ProcessBuilder(karaf.resolve("bin/karaf").toString(), "server").directory(base.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("karaf.out").toFile()));
        Map<String, String> env = pb.environment();
        env.put("KARAF_BASE", base.toString());
        env.put("KARAF_ETC", base.resolve("etc").toString());
        env.put("KARAF_DATA", base.resolve("data").toString());
        env.put("CHECK_ROOT_INSTANCE_RUNNING", "false");
        // Karaf installs featuresBoot on a first start only; a clean bundle cache boots the profile every time (data/derby stays)
        env.put("KARAF_OPTS", "-Dkaraf.clean.cache=true");
        env.put("JAVA_MAX_MEM", "768m");
        proces = pb.start();
    }

    /** The JVM's own pid (bin/karaf may be a shell around it); Karaf writes it to karaf.pid. */
    Optional<ProcessHandle> jvm() {
        try {
            Path pid = base.resolve("karaf.pid");
            if (!Files.exists(pid)) {
                return Optional.empty();
            }
            String tekst = Files.readString(pid).trim();
            return tekst.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(tekst)).filter(ProcessHandle::isAlive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the instance says it is ready (see {@link Http#wachtTotGereed}); five minutes, because the
     * system test boots four JVMs at once on a machine that may have two cores. If it is not, the error
     * carries its last answer and the warnings and errors at the end of its log.
     */
    void wachtTotGereed() {
        try {
            http().wachtTotGereed(Duration.ofSeconds(300));
        } catch (AssertionError e) {
            throw new AssertionError(naam + ": " + e.getMessage() + "\n" + logstaart(), e);
        }
    }

    /** The last warnings and errors of the instance's log, and the last lines of its console. */
    String logstaart() {
        StringBuilder uit = new StringBuilder();
        try {
            Path log = base.resolve("data/log/karaf.log");
            if (Files.exists(log)) {
                List<String> meldingen = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(r -> r.contains("| WARN ") || r.contains("| ERROR")).toList();
                uit.append("--- ").append(log).append(" (WARN/ERROR, laatste 30)\n");
                meldingen.subList(Math.max(0, meldingen.size() - 30), meldingen.size()).forEach(r -> uit.append(r).append('\n'));
            }
            Path console = base.resolve("karaf.out");
            if (Files.exists(console)) {
                List<String> regels = Files.readAllLines(console, StandardCharsets.UTF_8);
                uit.append("--- ").append(console).append(" (laatste 10)\n");
                regels.subList(Math.max(0, regels.size() - 10), regels.size()).forEach(r -> uit.append(r).append('\n'));
            }
        } catch (IOException e) {
            uit.append("log niet te lezen: ").append(e.getMessage());
        }
        return uit.toString();
    }

    /** SIGTERM: Karaf shuts down in order; waits until the JVM is gone. */
    void stop() {
        jvm().ifPresent(ProcessHandle::destroy);
        wachtTotWeg();
    }

    /** SIGKILL, as kill -9: no shutdown hook, no clean close of the database. */
    void kill9() {
        ProcessHandle h = jvm().orElseThrow(() -> new AssertionError(naam + " draait niet"));
        h.destroyForcibly();
        wachtTotWeg();
    }

    private void wachtTotWeg() {
        wachtTotWeg(Duration.ofSeconds(90));
    }

    /** Waits until the instance has stopped, by itself or otherwise. */
    void wachtTotWeg(Duration hoogstens) {
        Awaitility.await(naam + " gestopt").atMost(hoogstens).pollInterval(Duration.ofMillis(200))
                .until(() -> jvm().isEmpty() && (proces == null || !proces.isAlive()));
    }

    /** Puts a file in the inbox atomically (written as .tmp, then renamed), as an export of a case system should. */
    void lever(String module, String soort, String bestand, byte[] inhoud) throws IOException {
        Path map = base.resolve("data/inbox").resolve(module).resolve(soort);
        Files.createDirectories(map);
        Path tmp = map.resolve(bestand + ".tmp");
        Files.write(tmp, inhoud);
        Files.move(tmp, map.resolve(bestand), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Waits until the inbox moved the file to klaar/ (true) or fout/ (false). */
    boolean verwerkt(String module, String soort, String bestand) throws IOException {
        Path klaar = base.resolve("data/uitwisseling/klaar").resolve(module).resolve(soort);
        Path fout = base.resolve("data/uitwisseling/fout").resolve(module).resolve(soort);
        Awaitility.await(naam + ": " + module + "/" + soort + "/" + bestand + " verwerkt").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200)).until(() -> gevonden(klaar, bestand).isPresent() || gevonden(fout, bestand).isPresent());
        return gevonden(klaar, bestand).isPresent();
    }

    /** The refusal report beside a refused file. */
    String rapport(String module, String soort, String bestand) throws IOException {
        Path fout = base.resolve("data/uitwisseling/fout").resolve(module).resolve(soort);
        Path bewaard = gevonden(fout, bestand).orElseThrow(() -> new AssertionError(bestand + " niet in " + fout));
        return Files.readString(Path.of(bewaard + ".rapport.txt"));
    }

    private static Optional<Path> gevonden(Path map, String bestand) throws IOException {
        if (!Files.isDirectory(map)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(map)) {
            return s.filter(p -> p.getFileName().toString().endsWith("-" + bestand)).findFirst();
        }
    }

    private static void vervang(Path cfg, String sleutel, String waarde) throws IOException {
        List<String> regels = Files.readAllLines(cfg, StandardCharsets.UTF_8);
        List<String> uit = new java.util.ArrayList<>(regels.stream().filter(r -> !r.matches("\\s*" + java.util.regex.Pattern.quote(sleutel) + "\\s*=.*")).toList());
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
}
