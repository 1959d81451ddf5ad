package nl.samenspel.itests;

import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;

/**
 * Boots the Samenspel distribution (the tar.gz the build made, not loose bundles)
 * with a profile, on ports of its own so a developer's running hub does not interfere.
 */
final class SamenspelKaraf {

    private SamenspelKaraf() {
    }

    /** The profile values an installation puts in etc/samenspel-profiel.properties. */
    record Profiel(String features, int httpPort, int sshPort, int rmiRegistryPort, int rmiServerPort) {
    }

    static Option distributie(Profiel profiel, Path configMap) {
        String werkmap = System.getProperty("samenspel.werkmap");
        String karafVersie = System.getProperty("karaf.version");
        String profielBestand = "etc/samenspel-profiel.properties";
        return composite(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(System.getProperty("samenspel.distribution")).toURI().toString())
                        .unpackDirectory(new File(werkmap, "exam"))
                        .useDeployFolder(false)
                        .name("Samenspel")
                        .karafVersion(karafVersie),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevelOption.LogLevel.INFO),
                editConfigurationFilePut(profielBestand, "samenspel.features", profiel.features()),
                editConfigurationFilePut(profielBestand, "samenspel.http.port", String.valueOf(profiel.httpPort())),
                editConfigurationFilePut(profielBestand, "samenspel.ssh.port", String.valueOf(profiel.sshPort())),
                editConfigurationFilePut(profielBestand, "samenspel.rmi.registry.port", String.valueOf(profiel.rmiRegistryPort())),
                editConfigurationFilePut(profielBestand, "samenspel.rmi.server.port", String.valueOf(profiel.rmiServerPort())),
                // the HTTPS API on its own port, with the test PKI's server certificate; the tests' users (Gebruikers)
                editConfigurationFilePut(profielBestand, "samenspel.api.port", String.valueOf(apiPoort(profiel))),
                replaceConfigurationFile("etc/pki/server.p12", testpki().resolve("server.p12").toFile()),
                replaceConfigurationFile("etc/samenspel-gebruikers.properties", gebruikersbestand().toFile()),
                editConfigurationFilePut("etc/nl.samenspel.register.cfg", "configMap", configMap.toString()),
                editConfigurationFilePut("etc/nl.samenspel.register.cfg", "rustperiodeMs", "100"),
                // the documented examples, for tests that post them
                systemProperty("samenspel.voorbeelden").value(System.getProperty("samenspel.voorbeelden")),
                mavenBundle("org.awaitility", "awaitility", System.getProperty("awaitility.version")),
                mavenBundle("org.hamcrest", "hamcrest", "2.1"),
                java17Opties(karafVersie));
    }

    /** The HTTPS API of a test installation: its HTTP port plus 1000, as in the shipped profiles. */
    static int apiPoort(Profiel profiel) {
        return profiel.httpPort() + 1000;
    }

    /** The test PKI (pki/maak-test-pki.sh), made once per build in target/pki: it needs only keytool. */
    static synchronized Path testpki() {
        Path pki = Path.of(System.getProperty("samenspel.werkmap"), "pki").toAbsolutePath();
        if (!Files.exists(pki.resolve("server.p12"))) {
            Path script = Path.of(System.getProperty("samenspel.regional-config")).resolve("../pki/maak-test-pki.sh").normalize();
            try {
                Process p = new ProcessBuilder("bash", script.toString(), pki.toString(), "0193", "0150", "0166", "0243")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(pki.resolveSibling("pki.log").toFile()))
                        .start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("test-PKI maken mislukt; zie " + pki.resolveSibling("pki.log"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return pki;
    }

    /** The users file of the tests (Gebruikers), written once per build. */
    static synchronized Path gebruikersbestand() {
        Path bestand = Path.of(System.getProperty("samenspel.werkmap"), "samenspel-gebruikers.properties").toAbsolutePath();
        try {
            if (!Files.exists(bestand)) {
                Files.writeString(bestand, Gebruikers.bestand());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bestand;
    }

    /** What bin/karaf passes on Java 9+; Pax Exam does not run bin/karaf (STACK.md trap 5). */
    private static Option java17Opties(String karafVersie) {
        return vmOptions(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersie + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersie + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "-classpath", "lib/jdk9plus/*:lib/boot/*",
                // JDK 17.0.8+ rejects a jar nested in the JAX-RS API bundle (STACK.md trap 4)
                "-Djdk.util.zip.disableZip64ExtraFieldValidation=true");
    }

    /**
     * Deventer (0150) as a node with the region's pseudonym key and its exchange configured with the
     * test PKI's certificate (without the exchange a node is never ready), but no hub: nothing listens
     * on the discard port, so the outbox only waits. For tests of a node's own imports.
     */
    static Option deventerZonderHub(Path sleutelbestand) {
        Path pki = testpki();
        String uitwisseling = "etc/nl.samenspel.uitwisseling.cfg";
        return composite(
                editConfigurationFilePut("etc/nl.samenspel.node.cfg", "gemeente", "0150"),
                editConfigurationFilePut("etc/nl.samenspel.node.cfg", "hubUrl", "https://localhost:9"),
                editConfigurationFilePut("etc/nl.samenspel.pseudoniem.cfg", "sleutelbestand", sleutelbestand.toString()),
                editConfigurationFilePut(uitwisseling, "sleutelopslag", pki.resolve("knooppunt-0150.p12").toString()),
                editConfigurationFilePut(uitwisseling, "vertrouwensopslag", pki.resolve("truststore.p12").toString()),
                editConfigurationFilePut(uitwisseling, "wachtwoord", "samenspel-test"));
    }

    /**
     * Copies the container's log to where the system property {@code eigenschap} says: Pax Exam removes the
     * container's folder after the run, and a failed corpus is read from its log.
     */
    static void bewaarLog(String eigenschap) throws IOException {
        Files.copy(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"), Path.of(System.getProperty(eigenschap)),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** A private copy of the shipped regional-config, so a test may break it without touching the repository. */
    static Path kopieVanConfig(String naam) {
        Path bron = Path.of(System.getProperty("samenspel.regional-config")).toAbsolutePath().normalize();
        Path doel = Path.of(System.getProperty("samenspel.werkmap"), "config-" + naam).toAbsolutePath();
        try (Stream<Path> paden = Files.walk(bron)) {
            for (Path p : paden.toList()) {
                Path q = doel.resolve(bron.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return doel;
    }
}
