package nl.samenspel.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * Null-aware conversions between JDBC and the modules' dates, optional numbers and flags, one-statement
 * updates, a row written by its key, a query read into a list and a transaction: the plumbing every module's
 * storage has, so that its own classes hold its tables and queries only.
 */
public final class Jdbc {

    private Jdbc() {
    }

    public static void datum(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    public static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        Date d = rs.getDate(kolom);
        return d == null ? null : d.toLocalDate();
    }

    public static void getal(PreparedStatement ps, int i, Long waarde) throws SQLException {
        if (waarde == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, waarde);
        }
    }

    public static void getal(PreparedStatement ps, int i, Integer waarde) throws SQLException {
        if (waarde == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, waarde);
        }
    }

    public static Long lang(ResultSet rs, String kolom) throws SQLException {
        long w = rs.getLong(kolom);
        return rs.wasNull() ? null : w;
    }

    public static Integer geheel(ResultSet rs, String kolom) throws SQLException {
        int w = rs.getInt(kolom);
        return rs.wasNull() ? null : w;
    }

    public static String tekst(ResultSet rs, String kolom) throws SQLException {
        String t = rs.getString(kolom);
        return t == null ? null : t.strip();
    }

    public static void waarheid(PreparedStatement ps, int i, Boolean waarde) throws SQLException {
        if (waarde == null) {
            ps.setNull(i, Types.BOOLEAN);
        } else {
            ps.setBoolean(i, waarde);
        }
    }

    public static Boolean waarheid(ResultSet rs, String kolom) throws SQLException {
        boolean w = rs.getBoolean(kolom);
        return rs.wasNull() ? null : w;
    }

    /** Runs one statement with its parameters (null allowed, as {@link PreparedStatement#setObject}); returns the rows changed. */
    public static int bijwerk(java.sql.Connection c, String sql, Object... waarden) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            zet(ps, waarden);
            return ps.executeUpdate();
        }
    }

    /**
     * Writes one row by its key: the row with the key gets the values, or is inserted when there is
     * none. For master data a file may send again: a resent file changes nothing, a changed one
     * overwrites.
     *
     * @param kolommen the columns the values are for, then {@code sleutel}'s columns
     * @param waarden  the values of {@code kolommen}, then the key's
     */
    public static void bewaar(java.sql.Connection c, String tabel, List<String> kolommen, List<String> sleutel, Object... waarden)
            throws SQLException {
        String zet = String.join(" = ?, ", kolommen) + " = ?";
        String waar = String.join(" = ? AND ", sleutel) + " = ?";
        if (bijwerk(c, "UPDATE " + tabel + " SET " + zet + " WHERE " + waar, waarden) == 0) {
            bijwerk(c, "INSERT INTO " + tabel + " (" + String.join(", ", kolommen) + ", " + String.join(", ", sleutel) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(kolommen.size() + sleutel.size(), "?")) + ")", waarden);
        }
    }

    /** Reads one record from the current row. */
    @FunctionalInterface
    public interface Lezer<T> {
        T lees(ResultSet rs) throws SQLException;
    }

    /** Handles the current row. */
    @FunctionalInterface
    public interface Rij {
        void lees(ResultSet rs) throws SQLException;
    }

    /** The records of a query with its parameters (as {@link #bijwerk}), in the query's order. */
    public static <T> List<T> lijst(DataSource dataSource, String sql, Lezer<T> lezer, Object... waarden) throws SQLException {
        List<T> uit = new ArrayList<>();
        perRij(dataSource, sql, rs -> uit.add(lezer.lees(rs)), waarden);
        return uit;
    }

    /** Runs a query with its parameters (as {@link #bijwerk}) and hands each row to {@code rij}: for what is not a list (a map, a sum). */
    public static void perRij(DataSource dataSource, String sql, Rij rij, Object... waarden) throws SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            zet(ps, waarden);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rij.lees(rs);
                }
            }
        }
    }

    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    public interface Werk<T> {
        T doe(java.sql.Connection c) throws SQLException;
    }

    /**
     * Runs {@code werk} as one transaction: committed whole, or rolled back whole when it throws, and
     * the connection's auto-commit as it was afterwards either way. The failure that stopped the work
     * is the one thrown: a rollback that fails too, on a broken connection, is attached to it as
     * suppressed, and a broken connection after a commit does not undo what was committed.
     */
    public static <T> T transactie(java.sql.Connection c, Werk<T> werk) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T uit = werk.doe(c);
            c.commit();
            return uit;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ook) {
                e.addSuppressed(ook);
            }
            throw e;
        } finally {
            try {
                c.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                // the connection is closed next; what happened in the transaction is decided already
            }
        }
    }

    /** {@link #transactie(java.sql.Connection, Werk)} on a connection of its own. */
    public static <T> T transactie(DataSource dataSource, Werk<T> werk) throws SQLException {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return transactie(c, werk);
        }
    }

    private static void zet(PreparedStatement ps, Object... waarden) throws SQLException {
        for (int i = 0; i < waarden.length; i++) {
            Object w = waarden[i];
            if (w instanceof LocalDate d) {
                datum(ps, i + 1, d);
            } else {
                ps.setObject(i + 1, w);
            }
        }
    }
}
