package nl.samenspel.bench.uitwisseling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Samenspel installation as a real process, set up as the system test does
 * (itests Instantie): the unpacked distribution as {@code karaf.home}, its own
 * {@code karaf.base} with {@code etc/} = the distribution's etc, the profile of
 * {@code regional-config/nodes/<naam>/etc} on top, then the bench's ports, certificate stores,
 * pseudonym key and exchange settings. Started as {@code bin/karaf server}; stopped with SIGTERM
 * to the JVM in {@code karaf.pid}.
 */
final class Installatie {

    final String naam;
    /** null for the hub. */
    final String gemeente;
    final int httpPoort;
    final int sshPoort;
    final int rmiRegistryPoort;
    final int rmiServerPoort;
    final int tlsPoort;
    final Path base;
    private final Path karaf;
    private Process proces;

    Installatie(String naam, String gemeente, int eerstePoort, Path werk, Path karaf) {
        this.naam = naam;
        this.gemeente = gemeente;
        this.httpPoort = eerstePoort;
        this.tlsPoort = eerstePoort + 1;
        this.sshPoort = eerstePoort + 2;
        this.rmiRegistryPoort = eerstePoort + 3;
        this.rmiServerPoort = eerstePoort + 4;
        this.base = werk.resolve(naam).toAbsolutePath();
        this.karaf = karaf.toAbsolutePath();
    }

    Http http() {
        return new Http(httpPoort);
    }

    Path log() {
        return base.resolve("data/log/karaf.log");
    }

    Path inbox(String soort) {
        return base.resolve("data/inbox/jeugdhulp").resolve(soort);
    }

    Path klaar(String soort) {
        return base.resolve("data/uitwisseling/klaar/jeugdhulp").resolve(soort);
    }

    Path fout(String soort) {
        return base.resolve("data/uitwisseling/fout/jeugdhulp").resolve(soort);
    }

    /**
     * @param profielen    regional-config/nodes of the checkout (the distribution carries no profiles)
     * @param register     the register directory (the distribution's regional-config)
     * @param uitwisseling settings for nl.samenspel.uitwisseling.cfg (node only)
     */
    void richtIn(Path profielen, Path register, Path pki, Path sleutel, int hubTlsPoort, Map<String, String> uitwisseling) throws IOException {
        verwijder(base);
        Path etc = base.resolve("etc");
        kopieer(karaf.resolve("etc"), etc);
        try (Stream<Path> profiel = Files.list(profielen.resolve(naam).resolve("etc"))) {
            for (Path p : profiel.toList()) {
                Files.copy(p, etc.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(etc.resolve("samenspel-profiel.properties"), "\n# bench/uitwisseling: ports 18380-18399 only\n"
                + "samenspel.http.port = " + httpPoort + "\nsamenspel.https.port = " + tlsPoort + "\nsamenspel.ssh.port = " + sshPoort
                + "\nsamenspel.rmi.registry.port = " + rmiRegistryPoort + "\nsamenspel.rmi.server.port = " + rmiServerPoort + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        zet(etc.resolve("nl.samenspel.register.cfg"), "configMap", register.toAbsolutePath().toString());
        Path stores = etc.resolve("pki");
        Files.createDirectories(stores);
        Files.copy(pki.resolve("truststore.p12"), stores.resolve("truststore.p12"), StandardCopyOption.REPLACE_EXISTING);
        if (gemeente == null) {
            Files.copy(pki.resolve("hub.p12"), stores.resolve("hub.p12"), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.copy(pki.resolve("knooppunt-" + gemeente + ".p12"), stores.resolve("knooppunt-" + gemeente + ".p12"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.copy(sleutel, etc.resolve("samenspel-pseudoniem.sleutel"), StandardCopyOption.REPLACE_EXISTING);
            zet(etc.resolve("nl.samenspel.node.cfg"), "hubUrl", "https://localhost:" + hubTlsPoort);
            for (Map.Entry<String, String> e : uitwisseling.entrySet()) {
                zet(etc.resolve("nl.samenspel.uitwisseling.cfg"), e.getKey(), e.getValue());
            }
        }
    }

    void start() throws IOException {
        Files.deleteIfExists(base.resolve("karaf.pid"));
        Files.createDirectories(base.resolve("data"));
        ProcessBuilder pb = new ProcessBuilder(karaf.resolve("bin/karaf").toString(), "server").directory(base.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("karaf.out").toFile()));
        Map<String, String> env = pb.environment();
        // the product's own JVM settings (bin/setenv); nothing of the caller's environment on top
        for (String weg : List.of("JAVA_OPTS", "EXTRA_JAVA_OPTS", "KARAF_OPTS", "JAVA_MIN_MEM", "JAVA_MAX_MEM", "KARAF_DEBUG")) {
            env.remove(weg);
        }
        env.put("KARAF_BASE", base.toString());
        env.put("KARAF_ETC", base.resolve("etc").toString());
        env.put("KARAF_DATA", base.resolve("data").toString());
        env.put("CHECK_ROOT_INSTANCE_RUNNING", "false");
        proces = pb.start();
    }

    /** Fails fast when the process died while the bench waits for it. */
    void moetLeven() {
        if (proces != null && !proces.isAlive()) {
            throw new IllegalStateException(naam + " is gestopt (exit " + proces.exitValue() + "); zie " + base.resolve("karaf.out") + " en " + log());
        }
    }

    /** The JVM itself ({@code bin/karaf} execs it; Karaf writes its pid to karaf.pid). */
    Optional<ProcessHandle> jvm() {
        try {
            Path pid = base.resolve("karaf.pid");
            if (!Files.exists(pid)) {
                return Optional.empty();
            }
            String tekst = Files.readString(pid).trim();
            return tekst.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(tekst)).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    long pid() {
        return jvm().map(ProcessHandle::pid).orElse(proces == null ? -1L : proces.pid());
    }

    /** SIGTERM to the pid in karaf.pid, then waits for the JVM (and the started process) to end; SIGKILL only after 90 s. */
    String stop() {
        long t0 = System.nanoTime();
        Optional<ProcessHandle> jvm = jvm();
        jvm.ifPresent(ProcessHandle::destroy);
        if (jvm.isEmpty() && proces != null && proces.isAlive()) {
            proces.destroy();
        }
        long einde = t0 + 90_000_000_000L;
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
            return naam + " killed (SIGKILL) after 90 s without stopping on SIGTERM";
        }
        return String.format(java.util.Locale.ROOT, "%s stopped on SIGTERM in %.1f s", naam, (System.nanoTime() - t0) / 1e9);
    }

    /** Puts a file in the inbox atomically: written as .tmp (which the inbox ignores), forced to disk, renamed by {@link #geefVrij}. */
    Path klaarzetten(String soort, String bestand, byte[] inhoud) throws IOException {
        Path map = inbox(soort);
        Files.createDirectories(map);
        Path tmp = map.resolve(bestand + ".tmp");
        try (var kanaal = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            var buffer = java.nio.ByteBuffer.wrap(inhoud);
            while (buffer.hasRemaining()) {
                kanaal.write(buffer);
            }
            kanaal.force(true);
        }
        return tmp;
    }

    static void geefVrij(Path tmp) throws IOException {
        String naam = tmp.getFileName().toString();
        Files.move(tmp, tmp.resolveSibling(naam.substring(0, naam.length() - ".tmp".length())), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The processed copy of a file: {@code <stamp>-<bestand>} in klaar/ or fout/ (empty while not processed). */
    Optional<Path> verwerkt(Path map, String bestand) throws IOException {
        if (!Files.isDirectory(map)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(map)) {
            return s.filter(p -> p.getFileName().toString().endsWith("-" + bestand)).findFirst();
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
