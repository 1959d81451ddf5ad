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
import nl.samenspel.store.Jdbc;
import nl.samenspel.invoer.CsvBestand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's outbox (schema {@value #SCHEMA}): what the modules queue in their import
 * transactions, as batches of at most {@code batchgrootte} records in the order they were queued,
 * and each batch's fate. A batch is made whole, with its content and its idempotency key, in the
 * import's transaction, so every attempt, also after a restart, sends the same body under the same
 * key.
 */
public class Uitgaandeopslag {

    public static final String SCHEMA = "UITWISSELING";

    private static final Logger LOG = LoggerFactory.getLogger(Uitgaandeopslag.class);

    private final DataSource dataSource;
    private final int batchgrootte;
    /** The SHA-256 of the inbox file being read on this thread, if any; written with its import's records. */
    private final ThreadLocal<String> bestand = new ThreadLocal<>();

    public Uitgaandeopslag(DataSource dataSource, int batchgrootte) {
        if (batchgrootte < 1) {
            throw new IllegalArgumentException("batchgrootte " + batchgrootte + ": minstens 1");
        }
        this.dataSource = dataSource;
        this.batchgrootte = batchgrootte;
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

    /** Queues an import's records as batches, on the import's own connection and transaction. */
    public void bewaar(Connection c, String module, String soort, long importId, List<String> kop, List<List<String>> regels)
            throws SQLException {
        long zending;
        String kopregel = CsvBestand.regel(kop);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SCHEMA + ".zending (module, soort, import_id, kop, records, aangemaakt,"
                + " bestand_sha) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, module);
            ps.setString(2, soort);
            ps.setLong(3, importId);
            ps.setString(4, kopregel);
            ps.setInt(5, regels.size());
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.setString(7, bestand.get());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                zending = keys.getLong(1);
            }
        }
        List<String> deel = new ArrayList<>(Math.min(batchgrootte, regels.size()));
        for (List<String> regel : regels) {
            deel.add(CsvBestand.regel(regel));
            if (deel.size() == batchgrootte) {
                nieuweBatch(c, zending, kopregel, deel);
                deel.clear();
            }
        }
        if (!deel.isEmpty()) {
            nieuweBatch(c, zending, kopregel, deel);
        }
    }

    private static void nieuweBatch(Connection c, long zending, String kop, List<String> regels) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SCHEMA + ".batch (zending_id, sleutel, records, status, pogingen,"
                + " aangemaakt, inhoud) VALUES (?, ?, ?, 'open', 0, ?, ?)")) {
            ps.setLong(1, zending);
            ps.setString(2, UUID.randomUUID().toString());
            ps.setInt(3, regels.size());
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.setString(5, inhoud(kop, regels));
            ps.executeUpdate();
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

    /** The oldest batch the hub has not answered yet, if any. */
    public Optional<Batch> volgende() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT b.id, b.sleutel, z.module, z.soort, b.records, b.pogingen, b.inhoud FROM "
                     + SCHEMA + ".batch b JOIN " + SCHEMA + ".zending z ON z.id = b.zending_id WHERE b.status = 'open' ORDER BY b.id"
                     + " FETCH FIRST 1 ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                    rs.getString(7)));
        }
    }

    private static String inhoud(String kop, List<String> regels) {
        StringBuilder sb = new StringBuilder(kop.length() + regels.size() * 120).append(kop).append('\n');
        regels.forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }

    /**
     * Makes the record rows an outbox of the earlier version holds (table {@code uitgaand}) into
     * batches, once, at the first start after the upgrade, in one transaction: a batch already fixed
     * (open or refused) gets its own rows as content under its own key, rows not yet in a batch are
     * cut into new batches per import in their order. Returns the number of rows converted.
     */
    public int zetRijenOm() throws SQLException {
        int omgezet = Jdbc.transactie(dataSource, c -> {
            int rijen = 0;
            for (long[] batch : lijst(c, "SELECT b.id, b.zending_id FROM " + SCHEMA + ".batch b WHERE b.inhoud IS NULL AND b.status <> 'verzonden'"
                    + " AND EXISTS (SELECT 1 FROM " + SCHEMA + ".uitgaand u WHERE u.batch_id = b.id) ORDER BY b.id")) {
                List<String> regels = regels(c, "batch_id = ?", batch[0]);
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + SCHEMA + ".batch SET inhoud = ? WHERE id = ?")) {
                    ps.setString(1, inhoud(kop(c, batch[1]), regels));
                    ps.setLong(2, batch[0]);
                    ps.executeUpdate();
                }
                rijen += regels.size();
            }
            for (long[] zending : lijst(c, "SELECT DISTINCT zending_id, 0 FROM " + SCHEMA + ".uitgaand WHERE batch_id IS NULL ORDER BY zending_id")) {
                List<String> regels = regels(c, "batch_id IS NULL AND zending_id = ?", zending[0]);
                String kop = kop(c, zending[0]);
                for (int van = 0; van < regels.size(); van += batchgrootte) {
                    nieuweBatch(c, zending[0], kop, regels.subList(van, Math.min(regels.size(), van + batchgrootte)));
                }
                rijen += regels.size();
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM " + SCHEMA + ".uitgaand");
            }
            return rijen;
        });
        if (omgezet > 0) {
            LOG.info("Uitgaande opslag van de vorige versie omgezet: {} records in batches", omgezet);
        }
        return omgezet;
    }

    private static List<long[]> lijst(Connection c, String sql) throws SQLException {
        List<long[]> uit = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                uit.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return uit;
    }

    private static List<String> regels(Connection c, String waar, long id) throws SQLException {
        List<String> regels = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT regel FROM " + SCHEMA + ".uitgaand WHERE " + waar + " ORDER BY id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    regels.add(rs.getString(1));
                }
            }
        }
        return regels;
    }

    private static String kop(Connection c, long zending) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT kop FROM " + SCHEMA + ".zending WHERE id = ?")) {
            ps.setLong(1, zending);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The hub confirmed the batch: it is done, its content is no longer kept, and its earlier failed attempts are no longer the last error. */
    public void bevestig(long batch, String bewijs) throws SQLException {
        Jdbc.transactie(dataSource, c -> {
            afhandelen(c, batch, "verzonden", bewijs, null);
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + SCHEMA + ".batch SET inhoud = NULL WHERE id = ?")) {
                ps.setLong(1, batch);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The hub refused the batch: it is not sent again, and neither are the later batches of its
     * import (a file is one whole; they would only add to a part the hub already has). Their content
     * stays for the operator.
     */
    public void weigering(long batch, String reden) throws SQLException {
        Jdbc.transactie(dataSource, c -> {
            afhandelen(c, batch, "mislukt", null, reden);
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + SCHEMA + ".batch SET status = 'mislukt', laatste_fout = ?,"
                    + " afgehandeld = ? WHERE status = 'open' AND zending_id = (SELECT zending_id FROM " + SCHEMA + ".batch WHERE id = ?)")) {
                ps.setString(1, "niet verzonden: batch " + batch + " van dezelfde import is door de hub geweigerd");
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setLong(3, batch);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Answers a batch; a receipt ({@code fout} null) keeps the error of an earlier attempt, with its time, as history. */
    private static void afhandelen(Connection c, long batch, String status, String bewijs, String fout) throws SQLException {
        String fouten = fout == null ? "" : " laatste_fout = ?, laatste_fout_op = ?,";
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + SCHEMA + ".batch SET status = ?, bewijs = ?," + fouten
                + " pogingen = pogingen + 1, laatste_poging = ?, afgehandeld = ? WHERE id = ?")) {
            Timestamp nu = Timestamp.from(Instant.now());
            int i = 1;
            ps.setString(i++, status);
            ps.setString(i++, kort(bewijs));
            if (fout != null) {
                ps.setString(i++, kort(fout));
                ps.setTimestamp(i++, nu);
            }
            ps.setTimestamp(i++, nu);
            ps.setTimestamp(i++, nu);
            ps.setLong(i, batch);
            ps.executeUpdate();
        }
    }

    /** A failed attempt (no connection, or the hub could not answer); the batch stays open. */
    public void poging(long batch, String fout) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + SCHEMA + ".batch SET pogingen = pogingen + 1, laatste_fout = ?,"
                     + " laatste_poging = ?, laatste_fout_op = ? WHERE id = ?")) {
            Timestamp nu = Timestamp.from(Instant.now());
            ps.setString(1, kort(fout));
            ps.setTimestamp(2, nu);
            ps.setTimestamp(3, nu);
            ps.setLong(4, batch);
            ps.executeUpdate();
        }
    }

    private static String kort(String tekst) {
        return tekst == null || tekst.length() <= 4000 ? tekst : tekst.substring(0, 3997) + "...";
    }

    /** The batches waiting to be sent and when the oldest of them was queued (null when none wait). */
    public record Wachtrij(long batches, Instant oudste) {
    }

    public Wachtrij wachtrij() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), MIN(aangemaakt) FROM " + SCHEMA + ".batch WHERE status = 'open'")) {
            rs.next();
            Timestamp oudste = rs.getTimestamp(2);
            return new Wachtrij(rs.getLong(1), oudste == null ? null : oudste.toInstant());
        }
    }

    public Stand stand() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
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
            try (ResultSet rs = st.executeQuery("SELECT laatste_fout, laatste_fout_op FROM " + SCHEMA + ".batch WHERE laatste_fout IS NOT NULL AND laatste_fout_op IS NOT NULL"
                    + " ORDER BY laatste_fout_op DESC FETCH FIRST 1 ROWS ONLY")) {
                if (rs.next()) {
                    fout = rs.getString(1);
                    poging = rs.getTimestamp(2).toInstant();
                }
            }
            return new Stand(open, verzonden, mislukt, batchesVerzonden, batchesMislukt, fout, poging);
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
