package nl.samenspel.invoer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's import log, table {@code <schema>.IMPORTLOG} (every module creates it with the
 * same columns in its own first migration): an accepted file is written in one transaction
 * with its log row; a refused one is logged, kept with its report, and nothing else is written.
 */
public final class Importlogboek {

    private static final Logger LOG = LoggerFactory.getLogger(Importlogboek.class);

    private final DataSource dataSource;
    private final String tabel;

    public Importlogboek(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.tabel = schema + ".IMPORTLOG";
    }

    /** One line of the log; {@code rapport} only when asked for one import. */
    public record Logregel(long id, String soort, String formaat, String bestand, Instant tijdstip, boolean geaccepteerd,
                           int records, int fouten, String rapport, String bewaardAls) {
    }

    /** Writes an accepted file's records on the transaction's connection. */
    @FunctionalInterface
    public interface Schrijver {
        void schrijf(Connection c, long importId) throws SQLException;
    }

    /** Logs the file as accepted and writes its records, in one transaction; returns the import id. */
    public long bewaar(String soort, String formaat, String bestand, int records, Schrijver schrijver) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id = log(c, soort, formaat, bestand, true, records, 0, null);
                schrijver.schrijf(c, id);
                c.commit();
                LOG.info("Import {}: {} uit {} geaccepteerd, {} records", id, soort, bestand, records);
                return id;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Logs a refused file and, when {@code afgewezenMap} is given, keeps it as {@code <id>-<naam>}
     * with its report; returns the outcome to show. Without a folder nothing of the file is kept
     * but its report, which names places and fields, never values.
     */
    public Importresultaat weiger(String soort, String formaat, String naam, byte[] inhoud, int records, List<Regelfout> fouten,
                                  Path afgewezenMap) throws SQLException {
        long id;
        try (Connection c = dataSource.getConnection()) {
            id = log(c, soort, formaat, naam, false, 0, fouten.size(),
                    new Importresultaat(0, soort, formaat, naam, false, records, fouten, null).rapport());
        }
        if (afgewezenMap == null) {
            LOG.warn("Import {}: {} uit {} geweigerd, {} fout(en); niet bewaard", id, soort, naam, fouten.size());
            return new Importresultaat(id, soort, formaat, naam, false, records, fouten, null);
        }
        String rapport = new Importresultaat(id, soort, formaat, naam, false, records, fouten, null).rapport();
        String bewaardAls = Importresultaat.bewaarAfgewezen(afgewezenMap, id, naam, inhoud, rapport);
        Importresultaat resultaat = new Importresultaat(id, soort, formaat, naam, false, records, fouten, bewaardAls);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + tabel + " SET BEWAARD_ALS = ?, RAPPORT = ? WHERE ID = ?")) {
            ps.setString(1, bewaardAls);
            ps.setString(2, resultaat.rapport());
            ps.setLong(3, id);
            ps.executeUpdate();
        }
        LOG.warn("Import {}: {} uit {} geweigerd, {} fout(en); bewaard als {}", id, soort, naam, fouten.size(), bewaardAls);
        return resultaat;
    }

    /**
     * Logs a file refused before it was read ({@link Privacypoort}): the log row has the time, the
     * size, the SHA-256 and the reason, and nothing of the file, not even its name.
     */
    public Importresultaat weigerOngelezen(String soort, Privacypoort.Vorm vorm, byte[] inhoud, String reden) throws SQLException {
        String sha = sha256(inhoud);
        List<Regelfout> fouten = List.of(new Regelfout("bestand", "privacy", reden));
        String naam = "(niet gelezen, " + inhoud.length + " bytes, SHA-256 " + sha + ")";
        long id;
        try (Connection c = dataSource.getConnection()) {
            id = log(c, soort, vorm.name(), NIET_GELEZEN, false, 0, 1, new Importresultaat(0, soort, vorm.name(), naam, false, 0, fouten, null).rapport());
        }
        Importresultaat resultaat = new Importresultaat(id, soort, vorm.name(), naam, false, 0, fouten, null);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + tabel + " SET RAPPORT = ? WHERE ID = ?")) {
            ps.setString(1, resultaat.rapport());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        LOG.warn("Import {}: {} geweigerd zonder te lezen, {} bytes, SHA-256 {}: {}", id, soort, inhoud.length, sha, reden);
        return resultaat;
    }

    /** The file name logged for a file refused before reading: its name could carry personal data. */
    public static final String NIET_GELEZEN = "(niet gelezen)";

    static String sha256(byte[] inhoud) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 hoort in elke JVM", e);
        }
    }

    private long log(Connection c, String soort, String formaat, String bestand, boolean geaccepteerd, int records, int fouten,
                     String rapport) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + tabel + " (SOORT, FORMAAT, BESTAND, TIJDSTIP, GEACCEPTEERD,"
                + " RECORDS, FOUTEN, RAPPORT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, soort);
            ps.setString(2, formaat);
            ps.setString(3, bestand.length() > 255 ? bestand.substring(0, 255) : bestand);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.setBoolean(5, geaccepteerd);
            ps.setInt(6, records);
            ps.setInt(7, fouten);
            ps.setString(8, rapport);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The latest imports, newest first. */
    public List<Logregel> imports(int aantal) throws SQLException {
        List<Logregel> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM " + tabel + " ORDER BY ID DESC FETCH FIRST ? ROWS ONLY")) {
            ps.setInt(1, aantal);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(logregel(rs, false));
                }
            }
        }
        return uit;
    }

    public Optional<Logregel> importregel(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM " + tabel + " WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(logregel(rs, true)) : Optional.empty();
            }
        }
    }

    private static Logregel logregel(ResultSet rs, boolean metRapport) throws SQLException {
        return new Logregel(rs.getLong("ID"), rs.getString("SOORT"), rs.getString("FORMAAT"), rs.getString("BESTAND"),
                rs.getTimestamp("TIJDSTIP").toInstant(), rs.getBoolean("GEACCEPTEERD"), rs.getInt("RECORDS"), rs.getInt("FOUTEN"),
                metRapport ? rs.getString("RAPPORT") : null, rs.getString("BEWAARD_ALS"));
    }
}
