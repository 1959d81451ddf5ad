package nl.samenspel.bench.beschermdwonen;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.register.RegisterStatus;
import nl.samenspel.bench.steun.Database;
import nl.samenspel.beschermdwonen.internal.inlezen.Importdienst;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.register.internal.laden.Laadresultaat;
import nl.samenspel.register.internal.laden.RegisterLader;

/** The module outside OSGi, wired as Karaf would: the shipped register, a node's pseudonym key, a store on a Derby database. */
final class Omgeving {

    static final String REGIO = "beschermd-wonen-zwolle";
    /** A node's key (32+ bytes), as the module's own tests use one. */
    static final byte[] SLEUTEL = "een regionale benchsleutel van minstens 32 bytes!".getBytes(StandardCharsets.US_ASCII);
    /** The module's migrations from the module jar on the class path: the schema of exactly the build being measured. */
    static final List<Database.Migratie> MIGRATIES = Database.migraties(BwOpslag.class, "db/beschermdwonen/");

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
        // the budget endpoints read regional-config/beschermd-wonen/<jaar>.json from the register's source folder
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
        return Database.nieuw(map, BwOpslag.SCHEMA, MIGRATIES);
    }

    Importdienst importdienst(BwOpslag opslag) {
        return new Importdienst(opslag, registerService, REGIO, afgewezen, pseudoniemdienst, Invoerlimieten.standaard());
    }

    /** Imports one file and insists it was accepted whole; returns the number of records. */
    static int accepteer(Importdienst dienst, Bwsoort soort, String naam, byte[] inhoud, int verwacht) throws SQLException {
        Importresultaat r = dienst.importeer(soort, naam, inhoud);
        if (!r.geaccepteerd() || verwacht >= 0 && r.records() != verwacht) {
            throw new IllegalStateException(naam + " was not accepted as expected (" + r.records() + " records, expected " + verwacht + "):\n"
                    + r.rapport().lines().limit(20).reduce("", (a, l) -> a + l + "\n"));
        }
        return r.records();
    }
}
