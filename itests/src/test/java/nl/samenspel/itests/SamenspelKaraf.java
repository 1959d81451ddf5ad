package nl.samenspel.itests;

import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

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
                editConfigurationFilePut("etc/nl.samenspel.register.cfg", "configMap", configMap.toString()),
                editConfigurationFilePut("etc/nl.samenspel.register.cfg", "rustperiodeMs", "100"),
                // the documented examples, for tests that post them
                systemProperty("samenspel.voorbeelden").value(System.getProperty("samenspel.voorbeelden")),
                mavenBundle("org.awaitility", "awaitility", System.getProperty("awaitility.version")),
                mavenBundle("org.hamcrest", "hamcrest", "2.1"),
                java17Opties(karafVersie));
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
