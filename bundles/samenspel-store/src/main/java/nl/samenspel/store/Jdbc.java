package nl.samenspel.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Null-aware conversions between JDBC and the modules' dates, optional numbers and flags, and one-statement updates. */
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
            for (int i = 0; i < waarden.length; i++) {
                Object w = waarden[i];
                if (w instanceof LocalDate d) {
                    datum(ps, i + 1, d);
                } else {
                    ps.setObject(i + 1, w);
                }
            }
            return ps.executeUpdate();
        }
    }
}
