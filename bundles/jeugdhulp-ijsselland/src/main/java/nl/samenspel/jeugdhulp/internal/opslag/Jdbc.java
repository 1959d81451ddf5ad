package nl.samenspel.jeugdhulp.internal.opslag;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Null-aware conversions between JDBC and the domain's dates and optional numbers. */
final class Jdbc {

    private Jdbc() {
    }

    static void datum(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        Date d = rs.getDate(kolom);
        return d == null ? null : d.toLocalDate();
    }

    static void getal(PreparedStatement ps, int i, Long waarde) throws SQLException {
        if (waarde == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, waarde);
        }
    }

    static void getal(PreparedStatement ps, int i, Integer waarde) throws SQLException {
        if (waarde == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, waarde);
        }
    }

    static Long lang(ResultSet rs, String kolom) throws SQLException {
        long w = rs.getLong(kolom);
        return rs.wasNull() ? null : w;
    }

    static Integer geheel(ResultSet rs, String kolom) throws SQLException {
        int w = rs.getInt(kolom);
        return rs.wasNull() ? null : w;
    }

    static String tekst(ResultSet rs, String kolom) throws SQLException {
        String t = rs.getString(kolom);
        return t == null ? null : t.strip();
    }
}
