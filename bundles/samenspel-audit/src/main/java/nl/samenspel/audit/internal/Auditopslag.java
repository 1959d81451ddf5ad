package nl.samenspel.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The SQL of schema AUDIT. Inserts and deletes, never updates. Stateless: the order of writes
 * and the locks are the component's.
 */
final class Auditopslag {

    static final String SCHEMA = "AUDIT";

    private static final String KOLOMMEN = "volgnummer, tijd, actor, actie, object, resultaat, herkomst, vorige_hash, hash";
    /** Rows per round trip while streaming the whole log through the check. */
    private static final int HAALGROOTTE = 500;

    private final DataSource dataSource;

    Auditopslag(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Connection verbinding() throws SQLException {
        return dataSource.getConnection();
    }

    /** The last record written, else the anchor, else the beginning. */
    Anker laatste(Connection c) throws SQLException {
        Anker laatste = hoogste(c, "auditregel");
        return laatste != null ? laatste : anker(c);
    }

    /** Where the chain starts: the last record retention removed, else the beginning. */
    Anker anker(Connection c) throws SQLException {
        Anker anker = hoogste(c, "auditanker");
        return anker != null ? anker : Anker.BEGIN;
    }

    /** The row with the highest volgnummer; MAX, because Derby reads that from the end of the index without sorting. */
    private static Anker hoogste(Connection c, String tabel) throws SQLException {
        String sql = "SELECT volgnummer, hash FROM " + SCHEMA + "." + tabel + " WHERE volgnummer = (SELECT MAX(volgnummer) FROM "
                + SCHEMA + "." + tabel + ")";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Anker(rs.getLong(1), rs.getString(2)) : null;
        }
    }

    void voegToe(Connection c, Auditrecord r) throws SQLException {
        String sql = "INSERT INTO " + SCHEMA + ".auditregel (" + KOLOMMEN + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, r.volgnummer());
            ps.setTimestamp(2, Timestamp.from(r.tijd()), utc());
            ps.setString(3, r.actor());
            ps.setString(4, r.actie());
            ps.setString(5, r.object());
            ps.setInt(6, r.resultaat());
            ps.setString(7, r.herkomst());
            ps.setString(8, r.vorigeHash());
            ps.setString(9, r.hash());
            ps.executeUpdate();
        }
    }

    /** Hands every record up to and including {@code totEnMet} to {@code ontvanger}, in volgnummer order, streaming. */
    void doorloop(Connection c, long totEnMet, Consumer<Auditrecord> ontvanger) throws SQLException {
        String sql = "SELECT " + KOLOMMEN + " FROM " + SCHEMA + ".auditregel WHERE volgnummer <= ? ORDER BY volgnummer";
        try (PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(HAALGROOTTE);
            ps.setLong(1, totEnMet);
            try (ResultSet rs = ps.executeQuery()) {
                Calendar utc = utc();
                while (rs.next()) {
                    ontvanger.accept(record(rs, utc));
                }
            }
        }
    }

    /**
     * The volgnummer of the first record at or after {@code grens}; {@code null} when every
     * record is older.
     */
    Long eersteVanaf(Connection c, Instant grens) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(volgnummer) FROM " + SCHEMA + ".auditregel WHERE tijd >= ?")) {
            ps.setTimestamp(1, Timestamp.from(grens), utc());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long volgnummer = rs.getLong(1);
                return rs.wasNull() ? null : volgnummer;
            }
        }
    }

    /** Removes every record up to and including the anchor and records the anchor; returns how many were removed. */
    long verwijderTotEnMet(Connection c, Anker anker, Instant nu) throws SQLException {
        long verwijderd;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + SCHEMA + ".auditregel WHERE volgnummer <= ?")) {
            ps.setLong(1, anker.volgnummer());
            verwijderd = ps.executeUpdate();
        }
        String sql = "INSERT INTO " + SCHEMA + ".auditanker (volgnummer, hash, opgeruimd, verwijderd) VALUES (?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, anker.volgnummer());
            ps.setString(2, anker.hash());
            ps.setTimestamp(3, Timestamp.from(nu), utc());
            ps.setLong(4, verwijderd);
            ps.executeUpdate();
        }
        return verwijderd;
    }

    /** One page of the records that match, newest first. */
    List<Auditrecord> zoek(Auditfilter filter) throws SQLException {
        List<String> voorwaarden = new ArrayList<>();
        List<Object> waarden = new ArrayList<>();
        if (filter.actor() != null) {
            voorwaarden.add("actor = ?");
            waarden.add(filter.actor());
        }
        if (filter.actie() != null) {
            voorwaarden.add("LOWER(actie) LIKE ? ESCAPE '\\'");
            waarden.add("%" + letterlijk(filter.actie().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.van() != null) {
            voorwaarden.add("tijd >= ?");
            waarden.add(filter.van());
        }
        if (filter.tot() != null) {
            voorwaarden.add("tijd < ?");
            waarden.add(filter.tot());
        }
        if (filter.resultaat() != null) {
            voorwaarden.add("resultaat = ?");
            waarden.add(filter.resultaat());
        }
        String sql = "SELECT " + KOLOMMEN + " FROM " + SCHEMA + ".auditregel"
                + (voorwaarden.isEmpty() ? "" : " WHERE " + String.join(" AND ", voorwaarden))
                + " ORDER BY volgnummer DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        List<Auditrecord> records = new ArrayList<>();
        try (Connection c = verbinding(); PreparedStatement ps = c.prepareStatement(sql)) {
            Calendar utc = utc();
            int i = 1;
            for (Object waarde : waarden) {
                if (waarde instanceof Instant moment) {
                    ps.setTimestamp(i++, Timestamp.from(moment), utc);
                } else if (waarde instanceof Integer getal) {
                    ps.setInt(i++, getal);
                } else {
                    ps.setString(i++, (String) waarde);
                }
            }
            ps.setLong(i++, (long) (filter.pagina() - 1) * filter.aantal());
            ps.setInt(i, filter.aantal());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(record(rs, utc));
                }
            }
        }
        return records;
    }

    /** A LIKE pattern that matches {@code tekst} literally: its own % and _ are not wildcards. */
    static String letterlijk(String tekst) {
        return tekst.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Auditrecord record(ResultSet rs, Calendar utc) throws SQLException {
        return new Auditrecord(rs.getLong(1), rs.getTimestamp(2, utc).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    /**
     * TIMESTAMP has no zone; reading and writing it as UTC keeps an instant exact. Through the
     * JVM's zone the hour that repeats when summer time ends would come back an hour off, and
     * the hash would no longer match.
     */
    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    }
}
