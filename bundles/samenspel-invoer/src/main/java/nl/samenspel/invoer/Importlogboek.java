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
import nl.samenspel.store.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's import log, table {@code <schema>.IMPORTLOG} (every module creates it with the
 * same columns in its own migrations): an accepted file is written in one transaction that
 * also marks its log row accepted; a refused one is logged, kept with its report where it may be,
 * and nothing else is written. A row's {@link Status} is {@code bezig}, {@code geaccepteerd},
 * {@code geweigerd} or {@code mislukt}.
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
                           String status, int records, int fouten, String rapport, String bewaardAls) {
    }

    /** Writes an accepted file's records on the transaction's connection. */
    @FunctionalInterface
    public interface Schrijver {
        void schrijf(Connection c, long importId) throws SQLException;
    }

    /**
     * Writes an accepted file's records; returns the import id. The log row is written first as
     * {@code bezig}, on its own, and becomes {@code geaccepteerd} in the transaction that writes the
     * records: the log never says accepted unless that transaction committed. When it fails, the row
     * says {@code mislukt} with the SQLState (a database's message can quote a value, so it is not
     * kept); when even that cannot be written (the database went read-only), the row stays {@code bezig}
     * until {@link #sluitOnderbroken()} at the module's next start.
     */
    public long bewaar(String soort, String formaat, String bestand, int records, Schrijver schrijver) throws SQLException {
        return bewaar(soort, formaat, bestand, records, List.of(), schrijver);
    }

    /**
     * {@link #bewaar(String, String, String, int, Schrijver)} for a file accepted with warnings: the
     * accepted log row keeps the report with them (an accepted file without warnings has no report).
     */
    public long bewaar(String soort, String formaat, String bestand, int records, List<Regelfout> waarschuwingen, Schrijver schrijver)
            throws SQLException {
        long id;
        try (Connection c = dataSource.getConnection()) {
            id = log(c, soort, formaat, bestand, Status.BEZIG, records, 0, null);
        }
        try (Connection c = dataSource.getConnection()) {
            try {
                Jdbc.transactie(c, t -> {
                    schrijver.schrijf(t, id);
                    return Jdbc.bijwerk(t, "UPDATE " + tabel + " SET STATUS = ?, GEACCEPTEERD = TRUE, RAPPORT = ? WHERE ID = ?",
                            Status.GEACCEPTEERD.naam(), waarschuwingen.isEmpty() ? null
                                    : new Importresultaat(id, soort, formaat, bestand, true, records, List.of(), null, waarschuwingen).rapport(), id);
                });
            } catch (SQLException | RuntimeException e) {
                mislukt(id, e);
                throw e;
            }
        }
        LOG.info("Import {}: {} uit {} geaccepteerd, {} records, {} waarschuwing(en)", id, soort, bestand, records, waarschuwingen.size());
        return id;
    }

    /** What a log row says of its import. */
    public enum Status {
        /** The records are being written; after a stop or a storage failure, {@link #sluitOnderbroken()} makes it {@link #MISLUKT}. */
        BEZIG,
        GEACCEPTEERD,
        GEWEIGERD,
        /** Accepted by the checks, but its transaction did not commit: nothing of it is stored. */
        MISLUKT;

        public String naam() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private void mislukt(long id, Exception e) {
        String oorzaak = e instanceof SQLException sql ? "de database legde het niet vast (SQLState " + sql.getSQLState() + ")"
                : "interne fout bij het vastleggen (" + e.getClass().getSimpleName() + ")";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + tabel + " SET STATUS = ?, RAPPORT = ? WHERE ID = ? AND STATUS = ?")) {
            ps.setString(1, Status.MISLUKT.naam());
            ps.setString(2, "Mislukt: " + oorzaak + "; niets van dit bestand is opgeslagen. Het bestand blijft staan of kan opnieuw worden"
                    + " aangeboden.\n");
            ps.setLong(3, id);
            ps.setString(4, Status.BEZIG.naam());
            ps.executeUpdate();
            LOG.warn("Import {}: mislukt, {}; niets opgeslagen", id, oorzaak);
        } catch (SQLException niet) {
            LOG.warn("Import {}: mislukt, {}; ook dat is niet vast te leggen (SQLState {}), de regel blijft 'bezig' tot de volgende start",
                    id, oorzaak, niet.getSQLState());
        }
    }

    /**
     * Marks the imports that were still {@code bezig} as {@code mislukt}: at a module's start none can
     * be running, so their transaction was cut off (a stop, a crash, a database that turned read-only).
     * Returns how many.
     */
    public int sluitOnderbroken() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + tabel + " SET STATUS = ?, RAPPORT = ? WHERE STATUS = ?")) {
            ps.setString(1, Status.MISLUKT.naam());
            ps.setString(2, "Mislukt: onderbroken (de installatie stopte of de database nam niets meer aan); niets van dit bestand is"
                    + " opgeslagen.\n");
            ps.setString(3, Status.BEZIG.naam());
            int n = ps.executeUpdate();
            if (n > 0) {
                LOG.warn("Importlogboek {}: {} onderbroken import(s) als mislukt gemarkeerd", tabel, n);
            }
            return n;
        }
    }

    /**
     * {@link #sluitOnderbroken()} at a module's start, where a database that takes no writes now is no
     * reason not to start: the store reports that, and the next start marks them.
     */
    public void sluitOnderbrokenBijStart() {
        try {
            sluitOnderbroken();
        } catch (SQLException e) {
            LOG.warn("Importlogboek {}: onderbroken imports niet te markeren (SQLState {})", tabel, e.getSQLState());
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
            id = log(c, soort, formaat, naam, Status.GEWEIGERD, 0, fouten.size(),
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
            id = log(c, soort, vorm.name(), NIET_GELEZEN, Status.GEWEIGERD, 0, 1, new Importresultaat(0, soort, vorm.name(), naam, false, 0, fouten, null).rapport());
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

    private long log(Connection c, String soort, String formaat, String bestand, Status status, int records, int fouten,
                     String rapport) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + tabel + " (SOORT, FORMAAT, BESTAND, TIJDSTIP, GEACCEPTEERD,"
                + " RECORDS, FOUTEN, RAPPORT, STATUS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, soort);
            ps.setString(2, formaat);
            ps.setString(3, bestand.length() > 255 ? bestand.substring(0, 255) : bestand);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.setBoolean(5, status == Status.GEACCEPTEERD);
            ps.setInt(6, records);
            ps.setInt(7, fouten);
            ps.setString(8, rapport);
            ps.setString(9, status.naam());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * The imports per outcome, for {@code /api/v1/metrics}: counter {@code samenspel.invoer.imports}
     * with labels {@code module} and {@code uitkomst}; read from the log, so it survives a restart.
     */
    public List<nl.samenspel.api.gezondheid.Meting> metingen(String module) {
        java.util.Map<String, Long> aantallen = new java.util.TreeMap<>();
        for (Status s : Status.values()) {
            aantallen.put(s.naam(), 0L);
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT STATUS, COUNT(*) FROM " + tabel + " GROUP BY STATUS")) {
            while (rs.next()) {
                aantallen.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("importlogboek " + tabel + " niet te tellen (SQLState " + e.getSQLState() + ")", e);
        }
        return aantallen.entrySet().stream().map(e -> nl.samenspel.api.gezondheid.Meting.teller("samenspel.invoer.imports",
                "Imports per module en uitkomst (bezig is een meter: de import loopt nog)", "", java.util.Map.of("module", module,
                        "uitkomst", e.getKey()), e.getValue())).toList();
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
                rs.getTimestamp("TIJDSTIP").toInstant(), rs.getBoolean("GEACCEPTEERD"), rs.getString("STATUS"), rs.getInt("RECORDS"), rs.getInt("FOUTEN"),
                metRapport ? rs.getString("RAPPORT") : null, rs.getString("BEWAARD_ALS"));
    }
}
