package nl.samenspel.uitwisseling.internal.knooppunt;

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
import java.util.UUID;
import javax.sql.DataSource;
import nl.samenspel.invoer.CsvBestand;

/**
 * The node's outbox (schema {@value #SCHEMA}): what the modules queue in their import
 * transactions, cut into batches in the order it was queued, and each batch's fate. A batch is
 * fixed before its first attempt, so every resend carries the same rows and the same key.
 */
public class Uitgaandeopslag {

    public static final String SCHEMA = "UITWISSELING";

    private final DataSource dataSource;
    /** The SHA-256 of the inbox file being read on this thread, if any; written with its import's records. */
    private final ThreadLocal<String> bestand = new ThreadLocal<>();

    public Uitgaandeopslag(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A batch to send: the exchange form's header line and its records' lines. */
    public record Batch(long id, String sleutel, String module, String soort, int records, int pogingen, String inhoud) {
    }

    /** The outbox at a glance; counts are records. */
    public record Stand(long wachtend, long verzonden, long mislukt, long batchesVerzonden, long batchesMislukt, String laatsteFout,
                        Instant laatstePoging) {
    }

    /** One batch for the overview, without its content. */
    public record Batchregel(long id, String sleutel, String module, String soort, int records, String status, int pogingen,
                             String laatsteFout, Instant laatstePoging, String bewijs, Instant aangemaakt, Instant afgehandeld) {
    }

    /** Queues an import's records, on the import's own connection and transaction. */
    public void bewaar(Connection c, String module, String soort, long importId, List<String> kop, List<List<String>> regels)
            throws SQLException {
        long zending;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SCHEMA + ".zending (module, soort, import_id, kop, records, aangemaakt,"
                + " bestand_sha) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, module);
            ps.setString(2, soort);
            ps.setLong(3, importId);
            ps.setString(4, CsvBestand.regel(kop));
            ps.setInt(5, regels.size());
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.setString(7, bestand.get());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                zending = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SCHEMA + ".uitgaand (zending_id, regel) VALUES (?, ?)")) {
            int n = 0;
            for (List<String> regel : regels) {
                ps.setLong(1, zending);
                ps.setString(2, CsvBestand.regel(regel));
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Something read while the inbox file with this SHA-256 is being read. */
    @FunctionalInterface
    public interface Lezing<T> {
        T lees() throws Exception;
    }

    /** Reads an inbox file: what it queues is marked as coming from this file. */
    public <T> T uitBestand(String sha256, Lezing<T> lezing) throws Exception {
        bestand.set(sha256);
        try {
            return lezing.lees();
        } finally {
            bestand.remove();
        }
    }

    /** The import that queued an inbox file with these bytes before, if any. */
    public Optional<Long> ingelezen(String sha256) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT import_id FROM " + SCHEMA + ".zending WHERE bestand_sha = ? FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The open batch (sent before, not yet answered), or else a new one of at most {@code grootte} queued records of one import. */
    public synchronized Optional<Batch> volgende(int grootte) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Optional<Batch> batch = open(c);
                if (batch.isEmpty()) {
                    batch = nieuw(c, grootte);
                }
                c.commit();
                return batch;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private Optional<Batch> open(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT b.id, b.sleutel, z.module, z.soort, b.records, b.pogingen, z.kop FROM "
                + SCHEMA + ".batch b JOIN " + SCHEMA + ".zending z ON z.id = b.zending_id WHERE b.status = 'open' ORDER BY b.id"
                + " FETCH FIRST 1 ROWS ONLY")) {
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(1);
                return Optional.of(new Batch(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        inhoud(rs.getString(7), regels(c, id))));
            }
        }
    }

    private static List<String> regels(Connection c, long batch) throws SQLException {
        List<String> regels = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT regel FROM " + SCHEMA + ".uitgaand WHERE batch_id = ? ORDER BY id")) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    regels.add(rs.getString(1));
                }
            }
        }
        return regels;
    }

    private Optional<Batch> nieuw(Connection c, int grootte) throws SQLException {
        long zending;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MIN(zending_id) FROM " + SCHEMA + ".uitgaand WHERE batch_id IS NULL")) {
            rs.next();
            zending = rs.getLong(1);
            if (rs.wasNull()) {
                return Optional.empty();
            }
        }
        String module;
        String soort;
        String kop;
        try (PreparedStatement ps = c.prepareStatement("SELECT module, soort, kop FROM " + SCHEMA + ".zending WHERE id = ?")) {
            ps.setLong(1, zending);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                module = rs.getString(1);
                soort = rs.getString(2);
                kop = rs.getString(3);
            }
        }
        List<String> regels = new ArrayList<>();
        long eerste = 0;
        long laatste = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, regel FROM " + SCHEMA + ".uitgaand WHERE batch_id IS NULL AND zending_id = ?"
                + " ORDER BY id FETCH FIRST ? ROWS ONLY")) {
            ps.setLong(1, zending);
            ps.setInt(2, grootte);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    laatste = rs.getLong(1);
                    eerste = eerste == 0 ? laatste : eerste;
                    regels.add(rs.getString(2));
                }
            }
        }
        String sleutel = UUID.randomUUID().toString();
        long batch;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SCHEMA + ".batch (zending_id, sleutel, records, status, pogingen,"
                + " aangemaakt) VALUES (?, ?, ?, 'open', 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, zending);
            ps.setString(2, sleutel);
            ps.setInt(3, regels.size());
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                batch = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + SCHEMA + ".uitgaand SET batch_id = ? WHERE batch_id IS NULL"
                + " AND zending_id = ? AND id BETWEEN ? AND ?")) {
            ps.setLong(1, batch);
            ps.setLong(2, zending);
            ps.setLong(3, eerste);
            ps.setLong(4, laatste);
            ps.executeUpdate();
        }
        return Optional.of(new Batch(batch, sleutel, module, soort, regels.size(), 0, inhoud(kop, regels)));
    }

    private static String inhoud(String kop, List<String> regels) {
        StringBuilder sb = new StringBuilder(kop.length() + regels.size() * 120).append(kop).append('\n');
        regels.forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }

    /** The hub confirmed the batch: it is done, its rows leave the outbox, and its earlier failed attempts are no longer the last error. */
    public void bevestig(long batch, String bewijs) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                afhandelen(c, batch, "verzonden", bewijs, null);
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + SCHEMA + ".uitgaand WHERE batch_id = ?")) {
                    ps.setLong(1, batch);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * The hub refused the batch: it is not sent again, and neither is the rest of its import (a
     * file is one whole; its later batches would only add to a part the hub already has). The
     * rows stay for the operator; the failed batch counts them.
     */
    public void weigering(long batch, String reden) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                afhandelen(c, batch, "mislukt", null, reden);
                int rest;
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + SCHEMA + ".uitgaand SET batch_id = ? WHERE batch_id IS NULL"
                        + " AND zending_id = (SELECT zending_id FROM " + SCHEMA + ".batch WHERE id = ?)")) {
                    ps.setLong(1, batch);
                    ps.setLong(2, batch);
                    rest = ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + SCHEMA + ".batch SET records = records + ? WHERE id = ?")) {
                    ps.setInt(1, rest);
                    ps.setLong(2, batch);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void afhandelen(Connection c, long batch, String status, String bewijs, String fout) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + SCHEMA + ".batch SET status = ?, bewijs = ?, laatste_fout = ?,"
                + " pogingen = pogingen + 1, laatste_poging = ?, afgehandeld = ? WHERE id = ?")) {
            Timestamp nu = Timestamp.from(Instant.now());
            ps.setString(1, status);
            ps.setString(2, kort(bewijs));
            ps.setString(3, kort(fout));
            ps.setTimestamp(4, nu);
            ps.setTimestamp(5, nu);
            ps.setLong(6, batch);
            ps.executeUpdate();
        }
    }

    /** A failed attempt (no connection, or the hub could not answer); the batch stays open. */
    public void poging(long batch, String fout) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + SCHEMA + ".batch SET pogingen = pogingen + 1, laatste_fout = ?,"
                     + " laatste_poging = ? WHERE id = ?")) {
            ps.setString(1, kort(fout));
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.setLong(3, batch);
            ps.executeUpdate();
        }
    }

    private static String kort(String tekst) {
        return tekst == null || tekst.length() <= 4000 ? tekst : tekst.substring(0, 3997) + "...";
    }

    public Stand stand() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            long los;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + SCHEMA + ".uitgaand WHERE batch_id IS NULL")) {
                rs.next();
                los = rs.getLong(1);
            }
            long open = 0;
            long verzonden = 0;
            long mislukt = 0;
            long batchesVerzonden = 0;
            long batchesMislukt = 0;
            try (ResultSet rs = st.executeQuery("SELECT status, COUNT(*), SUM(records) FROM " + SCHEMA + ".batch GROUP BY status")) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "open" -> open = rs.getLong(3);
                        case "verzonden" -> {
                            batchesVerzonden = rs.getLong(2);
                            verzonden = rs.getLong(3);
                        }
                        default -> {
                            batchesMislukt = rs.getLong(2);
                            mislukt = rs.getLong(3);
                        }
                    }
                }
            }
            String fout = null;
            Instant poging = null;
            try (ResultSet rs = st.executeQuery("SELECT laatste_fout, laatste_poging FROM " + SCHEMA + ".batch WHERE laatste_fout IS NOT NULL"
                    + " ORDER BY laatste_poging DESC FETCH FIRST 1 ROWS ONLY")) {
                if (rs.next()) {
                    fout = rs.getString(1);
                    poging = rs.getTimestamp(2).toInstant();
                }
            }
            return new Stand(los + open, verzonden, mislukt, batchesVerzonden, batchesMislukt, fout, poging);
        }
    }

    /** The latest batches, newest first; {@code status} null for all. */
    public List<Batchregel> batches(String status, int aantal) throws SQLException {
        List<Batchregel> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT b.*, z.module, z.soort FROM " + SCHEMA + ".batch b JOIN " + SCHEMA
                     + ".zending z ON z.id = b.zending_id" + (status == null ? "" : " WHERE b.status = ?") + " ORDER BY b.id DESC FETCH FIRST ? ROWS ONLY")) {
            int i = 1;
            if (status != null) {
                ps.setString(i++, status);
            }
            ps.setInt(i, aantal);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(new Batchregel(rs.getLong("ID"), rs.getString("SLEUTEL"), rs.getString("MODULE"), rs.getString("SOORT"),
                            rs.getInt("RECORDS"), rs.getString("STATUS"), rs.getInt("POGINGEN"), rs.getString("LAATSTE_FOUT"),
                            tijd(rs.getTimestamp("LAATSTE_POGING")), rs.getString("BEWIJS"), tijd(rs.getTimestamp("AANGEMAAKT")),
                            tijd(rs.getTimestamp("AFGEHANDELD"))));
                }
            }
        }
        return uit;
    }

    private static Instant tijd(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
