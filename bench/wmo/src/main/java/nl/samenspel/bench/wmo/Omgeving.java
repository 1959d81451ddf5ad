package nl.samenspel.bench.wmo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.register.RegisterStatus;
import nl.samenspel.bench.steun.Database;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.register.internal.laden.Laadresultaat;
import nl.samenspel.register.internal.laden.RegisterLader;
import nl.samenspel.wmo.internal.inlezen.Importdienst;
import nl.samenspel.wmo.internal.invoer.Wmosoort;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;

/**
 * The module outside OSGi, wired as Karaf would on a node: the shipped register, a node's
 * pseudonym key, the default input bounds, a store on a Derby database. No exchange is attached
 * (as in bench/jeugdhulp-import): what a node queues for the hub in the same transaction is not
 * part of these figures.
 */
final class Omgeving {

    static final String REGIO = "wmo-ijssel-vecht";
    /** The key the node would have; the pseudonym is HMAC-SHA256(key, BSN) as in PseudoniemComponent. */
    static final byte[] SLEUTEL = "een regionale Wmo-benchmarksleutel van minstens 32 bytes".getBytes(StandardCharsets.US_ASCII);
    /** The module's migrations from the module jar (or class directory) on the class path: the schema of exactly the build measured. */
    static final List<Database.Migratie> MIGRATIES = Database.migraties(WmoOpslag.class, "db/wmo/");

    final Register register;
    final RegisterService registerService;
    /** Same work per call as the product's PseudoniemComponent: a new HmacSHA256 Mac, init, doFinal, hex. */
    final Pseudoniemdienst pseudoniemdienst = bsn -> JeugdhulpDemo.pseudoniem(SLEUTEL, bsn.nummer());
    final Path afgewezen;

    Omgeving(Path regionalConfig, Path afgewezen) {
        Laadresultaat r = RegisterLader.laad(regionalConfig);
        if (!(r instanceof Laadresultaat.Geladen geladen)) {
            throw new IllegalStateException(regionalConfig + " is not a valid register: " + r);
        }
        this.register = geladen.register();
        this.afgewezen = afgewezen;
        Register reg = register;
        // the eigen bijdrage reads regional-config/wmo/eigen-bijdrage.csv from the register's source folder
        String bron = regionalConfig.toAbsolutePath().toString();
        this.registerService = new RegisterService() {
            @Override
            public Optional<Register> actueel() {
                return Optional.of(reg);
            }

            @Override
            public RegisterStatus status() {
                return new RegisterStatus(bron, Optional.of(reg), Optional.empty(), Optional.empty());
            }

            @Override
            public RegisterStatus herlaad() {
                return status();
            }
        };
    }

    /** A fresh database with the module's schema, as the store bundle's Flyway makes it at the bundle's start. */
    static Database database(Path map) throws SQLException {
        return Database.nieuw(map, WmoOpslag.SCHEMA, MIGRATIES);
    }

    Importdienst importdienst(WmoOpslag opslag) {
        return new Importdienst(opslag, registerService, REGIO, afgewezen, pseudoniemdienst, Invoerlimieten.standaard());
    }

    /** Imports one file and insists it was accepted whole; returns the number of records. */
    static int accepteer(Importdienst dienst, Wmosoort soort, String naam, byte[] inhoud, int verwacht) throws SQLException {
        Importresultaat r = dienst.importeer(soort, naam, inhoud);
        if (!r.geaccepteerd() || verwacht >= 0 && r.records() != verwacht) {
            throw new IllegalStateException(naam + " was not accepted as expected (" + r.records() + " records, expected " + verwacht + "):\n"
                    + r.rapport().lines().limit(20).reduce("", (a, l) -> a + l + "\n"));
        }
        return r.records();
    }

    /**
     * Which build of the module was measured: the jar's build time and SHA-256, or for a class
     * directory (a changed module put first on the class path) its newest file and a SHA-256 over
     * its classes and migrations.
     */
    static String module() {
        try {
            Path bron = Path.of(WmoOpslag.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
            if (Files.isDirectory(bron)) {
                List<Path> bestanden;
                try (Stream<Path> s = Files.walk(bron)) {
                    bestanden = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path p : bestanden) {
                    md.update(bron.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(p));
                }
                Path nieuwste = bestanden.stream().max(Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
                return String.format(Locale.ROOT, "class directory %s (newest file %s UTC), SHA-256 %s", bron,
                        f.format(Files.getLastModifiedTime(nieuwste).toInstant()), HexFormat.of().formatHex(md.digest()).substring(0, 16));
            }
            return String.format(Locale.ROOT, "%s built %s UTC, SHA-256 %s", bron.getFileName(), f.format(Files.getLastModifiedTime(bron).toInstant()),
                    HexFormat.of().formatHex(md.digest(Files.readAllBytes(bron))).substring(0, 16));
        } catch (Exception e) {
            return "(unknown: " + e + ")";
        }
    }
}
