package nl.samenspel.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A query for one page of a list of stored records: a WHERE clause built from the filters that
 * are set, a count over all pages, and the page itself in a fixed order (standard SQL
 * {@code OFFSET ... FETCH NEXT}, which Derby and PostgreSQL both read). Column names are the
 * module's own constants, never input; values are always parameters.
 */
public final class Lijstvraag {

    /** One page of records and how many match in all. */
    public record Deel<T>(long totaal, List<T> items) {
    }

    private final List<String> delen = new ArrayList<>();
    private final List<Object> waarden = new ArrayList<>();

    /** {@code kolom = waarde}, when the value is set. */
    public Lijstvraag gelijk(String kolom, Object waarde) {
        if (waarde != null) {
            delen.add(kolom + " = ?");
            waarden.add(waarde);
        }
        return this;
    }

    /**
     * Running on at least one day of [van, tot] (either may be null: no bound): starts on or
     * before {@code tot}, and has no end or ends on or after {@code van}. For a record with one
     * date, pass the same column twice.
     */
    public Lijstvraag lopend(String begin, String einde, LocalDate van, LocalDate tot) {
        if (tot != null) {
            delen.add(begin + " <= ?");
            waarden.add(Date.valueOf(tot));
        }
        if (van != null) {
            delen.add("(" + einde + " IS NULL OR " + einde + " >= ?)");
            waarden.add(Date.valueOf(van));
        }
        return this;
    }

    private String waar() {
        return delen.isEmpty() ? "" : " WHERE " + String.join(" AND ", delen);
    }

    /** {@code select} (a {@code SELECT COUNT(...) FROM ...}) with the filters. */
    public long tel(Connection c, String select) throws SQLException {
        try (PreparedStatement ps = zet(c.prepareStatement(select + waar())); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** {@code select} with the filters, in {@code volgorde} (unique, so pages neither overlap nor skip), one page of it. */
    public PreparedStatement pagina(Connection c, String select, String volgorde, long offset, int aantal) throws SQLException {
        PreparedStatement ps = zet(c.prepareStatement(select + waar() + " ORDER BY " + volgorde + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"));
        ps.setLong(waarden.size() + 1, offset);
        ps.setInt(waarden.size() + 2, aantal);
        return ps;
    }

    /**
     * One page of {@code select} with the filters, and the count over all pages, on one connection:
     * what a list of stored records answers.
     *
     * @param tel {@code SELECT COUNT(...) FROM ...} of the same rows
     */
    public <T> Deel<T> deel(DataSource dataSource, String tel, String select, String volgorde, long offset, int aantal, Jdbc.Lezer<T> lezer)
            throws SQLException {
        List<T> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            long totaal = tel(c, tel);
            try (PreparedStatement ps = pagina(c, select, volgorde, offset, aantal); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(lezer.lees(rs));
                }
            }
            return new Deel<>(totaal, uit);
        }
    }

    private PreparedStatement zet(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < waarden.size(); i++) {
            ps.setObject(i + 1, waarden.get(i));
        }
        return ps;
    }
}
