package nl.samenspel.bench.jeugdhulp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.register.RegisterStatus;
import nl.samenspel.bench.steun.Database;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.demodata.Tariefkorting;
import nl.samenspel.jeugdhulp.internal.inlezen.Importdienst;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import nl.samenspel.jeugdhulp.internal.opslag.Tariefkortingen;
import nl.samenspel.register.internal.laden.Laadresultaat;
import nl.samenspel.register.internal.laden.RegisterLader;

/** The module outside OSGi, wired as Karaf would: the shipped register, a node's pseudonym key, a store on a Derby database. */
final class Omgeving {

    static final String REGIO = "jeugdhulp-ijsselland";
    /** The module's migrations from the module jar on the class path: the schema of exactly the build being measured. */
    static final List<Database.Migratie> MIGRATIES = Database.migraties(JeugdhulpOpslag.class, "db/jeugdhulp/");

    final Register register;
    final RegisterService registerService;
    /** Same work per call as the product's PseudoniemComponent: a new HmacSHA256 Mac, init, doFinal, hex. */
    final Pseudoniemdienst pseudoniemdienst = bsn -> JeugdhulpDemo.pseudoniem(Dataset.SLEUTEL, bsn.nummer());
    final Path afgewezen;

    Omgeving(Path regionalConfig, Path afgewezen) {
        Laadresultaat r = RegisterLader.laad(regionalConfig);
        if (!(r instanceof Laadresultaat.Geladen geladen)) {
            throw new IllegalStateException(regionalConfig + " is not a valid register: " + r);
        }
        this.register = geladen.register();
        this.afgewezen = afgewezen;
        Register reg = register;
        String bron = regionalConfig.toString();
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
        return Database.nieuw(map, JeugdhulpOpslag.SCHEMA, MIGRATIES);
    }

    Importdienst importdienst(JeugdhulpOpslag opslag) {
        return new Importdienst(opslag, registerService, REGIO, afgewezen, pseudoniemdienst, Invoerlimieten.standaard());
    }

    /** Aanbieders, producten, tarieven, the cuts, contracten and budgetten, through the import as a region would load them. */
    void laadStamgegevens(JeugdhulpOpslag opslag, Importdienst dienst, Dataset data) throws SQLException {
        for (Importsoort soort : Dataset.STAM_VOOR_KORTINGEN) {
            accepteer(dienst, soort, data.stamgegevens.get(soort), -1);
        }
        Tariefkortingen kortingen = new Tariefkortingen(opslag);
        for (Tariefkorting k : data.kortingen) {
            kortingen.pasToe(k.jaar(), k.groep(), k.percentage(), dienst.definitief());
        }
        for (Importsoort soort : Dataset.STAM_NA_KORTINGEN) {
            accepteer(dienst, soort, data.stamgegevens.get(soort), -1);
        }
    }

    /** Imports one file and insists it was accepted whole; returns the number of records. */
    static int accepteer(Importdienst dienst, Importsoort soort, Dataset.Bestand b, int verwacht) throws SQLException {
        Importresultaat r = dienst.importeer(soort, b.naam(), b.inhoud());
        if (!r.geaccepteerd() || verwacht >= 0 && r.records() != verwacht) {
            throw new IllegalStateException(b.naam() + " was not accepted as expected (" + r.records() + " records):\n"
                    + r.rapport().lines().limit(20).reduce("", (a, l) -> a + l + "\n"));
        }
        return r.records();
    }

    /** Row count and SHA-256 of TOEWIJZING as stored, in the same form as {@link Dataset#digest}. */
    static String[] inhoud(DataSource ds) throws SQLException {
        MessageDigest md = Dataset.sha256();
        long n = 0;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT GEMEENTE, NUMMER, CLIENT, AGB, CATEGORIE, CODE, TOEWIJZINGSDATUM, INGANG, EINDE, VOLUME,"
                     + " EENHEID, FREQUENTIE, BUDGET, AANMELDDATUM, VERWIJZER FROM JEUGDHULP.TOEWIJZING ORDER BY GEMEENTE, NUMMER")) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= 15; i++) {
                    if (i > 1) {
                        sb.append('|');
                    }
                    Object o = switch (i) {
                        case 7, 8, 9, 14 -> rs.getDate(i) == null ? null : rs.getDate(i).toLocalDate();
                        case 2, 13 -> rs.getObject(i) == null ? null : rs.getLong(i);
                        case 10 -> rs.getObject(i) == null ? null : rs.getInt(i);
                        default -> rs.getString(i) == null ? null : rs.getString(i).strip();
                    };
                    sb.append(Dataset.Rij.tekst(o));
                }
                sb.append('\n');
                md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
                n++;
            }
        }
        return new String[] {Long.toString(n), HexFormat.of().formatHex(md.digest())};
    }
}
