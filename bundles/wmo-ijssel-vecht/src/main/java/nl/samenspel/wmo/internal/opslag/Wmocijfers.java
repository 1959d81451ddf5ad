package nl.samenspel.wmo.internal.opslag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.samenspel.store.Jdbc;
import nl.samenspel.wmo.internal.domein.Ondersteuning;

/**
 * The monitoring's reads: aggregates computed by the database where it can (distinct clients, sums
 * per month), so a question over a year of a region reads thousands of rows, not millions.
 */
public class Wmocijfers {

    private final DataSource dataSource;

    Wmocijfers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Where an allocation counts on a day: valid, and its support not stopped before. */
    private static final String LOOPT = "INGANG <= ? AND (EINDE IS NULL OR EINDE >= ?) AND (STOP_ZORG IS NULL OR STOP_ZORG >= ?)";

    /** A count of distinct clients per gemeente and productcategorie ({@code categorie} null: all of the gemeente's). */
    public record Clientental(String gemeente, String categorie, int clienten) {
    }

    /**
     * Distinct clients with an allocation that runs on at least one day from {@code van} through
     * {@code tot}, per gemeente and category, and per gemeente over all categories (a client with two
     * categories counts once there).
     */
    public List<Clientental> clienten(LocalDate van, LocalDate tot) throws SQLException {
        List<Clientental> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (boolean perCategorie : new boolean[] {true, false}) {
                String groep = perCategorie ? "GEMEENTE, CATEGORIE" : "GEMEENTE";
                try (PreparedStatement ps = c.prepareStatement("SELECT " + groep + ", COUNT(DISTINCT CLIENT) FROM WMO.TOEWIJZING WHERE " + LOOPT
                        + " GROUP BY " + groep)) {
                    Jdbc.datum(ps, 1, tot);
                    Jdbc.datum(ps, 2, van);
                    Jdbc.datum(ps, 3, van);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            uit.add(new Clientental(rs.getString(1), perCategorie ? rs.getString(2) : null, rs.getInt(perCategorie ? 3 : 2)));
                        }
                    }
                }
            }
        }
        return uit;
    }

    /** Declared amounts per gemeente, provider, product and month, for the months from {@code van} through {@code tot}. */
    public record Maandsom(String gemeente, String agb, String categorie, String code, YearMonth maand, long bedrag) {
    }

    public List<Maandsom> gedeclareerd(YearMonth van, YearMonth tot) throws SQLException {
        List<Maandsom> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT GEMEENTE, AGB, CATEGORIE, CODE, MAAND, BEDRAG FROM WMO.DECLARATIEMAAND"
                     + " WHERE MAAND BETWEEN ? AND ?")) {
            Jdbc.datum(ps, 1, van.atDay(1));
            Jdbc.datum(ps, 2, tot.atDay(1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(new Maandsom(rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.tekst(rs, "CODE"),
                            YearMonth.from(Jdbc.datum(rs, "MAAND")), rs.getLong(6)));
                }
            }
        }
        return uit;
    }

    /** The use of algemene voorzieningen in the months from {@code van} through {@code tot}. */
    public List<Ondersteuning.Gebruik> gebruik(YearMonth van, YearMonth tot) throws SQLException {
        List<Ondersteuning.Gebruik> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM WMO.GEBRUIK WHERE MAAND BETWEEN ? AND ? ORDER BY MAAND, GEMEENTE")) {
            Jdbc.datum(ps, 1, van.atDay(1));
            Jdbc.datum(ps, 2, tot.atDay(1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(WmoOpslag.gebruik(rs));
                }
            }
        }
        return uit;
    }

    /** Distinct known participants of algemene voorzieningen per gemeente in the months from {@code van} through {@code tot}. */
    public Map<String, Integer> bekendeDeelnemers(YearMonth van, YearMonth tot) throws SQLException {
        Map<String, Integer> uit = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT GEMEENTE, COUNT(DISTINCT CLIENT) FROM WMO.DEELNEMER WHERE MAAND BETWEEN ? AND ?"
                     + " GROUP BY GEMEENTE")) {
            Jdbc.datum(ps, 1, van.atDay(1));
            Jdbc.datum(ps, 2, tot.atDay(1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return uit;
    }

    /** Allocations that run on at least one day from {@code van} through {@code tot}, with what was reported of them. */
    public List<Ondersteuning.Opgeslagen> lopend(LocalDate van, LocalDate tot) throws SQLException {
        return toewijzingen("SELECT * FROM WMO.TOEWIJZING WHERE " + LOOPT + " ORDER BY GEMEENTE, NUMMER", tot, van, van);
    }

    /** Allocations applied for from {@code van} through {@code tot}: the time from application to allocation. */
    public List<Ondersteuning.Opgeslagen> aangevraagd(LocalDate van, LocalDate tot) throws SQLException {
        return toewijzingen("SELECT * FROM WMO.TOEWIJZING WHERE AANVRAAGDATUM BETWEEN ? AND ? ORDER BY GEMEENTE, NUMMER", van, tot);
    }

    /** Allocations that took effect from {@code van} through {@code tot}, with their declared total. */
    public record Metkosten(Ondersteuning.Opgeslagen toewijzing, long gedeclareerd) {
    }

    public List<Metkosten> ingegaanMetKosten(LocalDate van, LocalDate tot) throws SQLException {
        Map<String, Long> kosten = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT R.GEMEENTE, R.NUMMER, SUM(R.BEDRAG) FROM WMO.REALISATIE R JOIN WMO.TOEWIJZING T"
                     + " ON T.GEMEENTE = R.GEMEENTE AND T.NUMMER = R.NUMMER WHERE T.INGANG BETWEEN ? AND ? GROUP BY R.GEMEENTE, R.NUMMER")) {
            Jdbc.datum(ps, 1, van);
            Jdbc.datum(ps, 2, tot);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kosten.put(rs.getString(1) + "/" + rs.getLong(2), rs.getLong(3));
                }
            }
        }
        List<Metkosten> uit = new ArrayList<>();
        for (Ondersteuning.Opgeslagen o : toewijzingen("SELECT * FROM WMO.TOEWIJZING WHERE INGANG BETWEEN ? AND ? ORDER BY GEMEENTE, NUMMER", van, tot)) {
            uit.add(new Metkosten(o, kosten.getOrDefault(o.toewijzing().sleutel().toString(), 0L)));
        }
        return uit;
    }

    private List<Ondersteuning.Opgeslagen> toewijzingen(String sql, LocalDate... data) throws SQLException {
        List<Ondersteuning.Opgeslagen> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < data.length; i++) {
                Jdbc.datum(ps, i + 1, data[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(WmoOpslag.opgeslagen(rs));
                }
            }
        }
        return uit;
    }
}
