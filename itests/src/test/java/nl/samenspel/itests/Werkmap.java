package nl.samenspel.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The working folder of a test that runs real distributions: emptied at the start, the distribution
 * unpacked as the shared {@code karaf.home}, a test PKI, and every command's output in one log.
 */
final class Werkmap {

    static final Path ROOT = Path.of(System.getProperty("samenspel.regional-config", "../regional-config")).toAbsolutePath().normalize().getParent();

    final Path map;

    /** An empty folder {@code target/<naam>}. */
    Werkmap(String naam) throws IOException {
        this.map = Path.of(System.getProperty("samenspel.werkmap", "target"), naam).toAbsolutePath();
        verwijder(map);
        Files.createDirectories(map);
    }

    /** The distribution of this build, unpacked once into {@code karaf/}. */
    Path karaf() throws Exception {
        Path karaf = map.resolve("karaf");
        Files.createDirectories(karaf);
        voerUit(map, "tar", "xzf", System.getProperty("samenspel.distribution"), "-C", karaf.toString(), "--strip-components=1");
        return karaf;
    }

    /** A test PKI (pki/maak-test-pki.sh): the CA, the hub's certificates and one per node's gemeente. */
    Path pki(String... gemeenten) throws Exception {
        Path pki = map.resolve("pki");
        String[] opdracht = new String[gemeenten.length + 2];
        opdracht[0] = ROOT.resolve("pki/maak-test-pki.sh").toString();
        opdracht[1] = pki.toString();
        System.arraycopy(gemeenten, 0, opdracht, 2, gemeenten.length);
        voerUit(ROOT, opdracht);
        return pki;
    }

    void voerUit(Path waar, String... opdracht) throws Exception {
        Path log = map.resolve("opdrachten.log");
        Process p = new ProcessBuilder(opdracht).directory(waar.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", opdracht) + " mislukt; zie " + log);
        }
    }

    static void verwijder(Path map) throws IOException {
        if (Files.exists(map)) {
            try (var s = Files.walk(map)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
