package nl.samenspel.beschermdwonen.internal.opslag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.samenspel.store.Jdbc;
import nl.samenspel.store.Lijstvraag;

/**
 * What is stored, as paged lists a controller can check against the files that were sent: the
 * placements, the applications, the facilities with their capacity periods. Without the client:
 * the lists are for checking numbers, codes, dates and amounts, and a pseudonym adds nothing to
 * that. Sorted by their keys, so the pages of one filter do not overlap. Filters: one gemeente
 * (herkomstgemeente; for facilities the vestigingsgemeente), and running on at least one day of
 * [van, tot] (an application: dated in it); null: no filter.
 */
public final class Bwlijsten {

    public record Plaatsingregel(String herkomstgemeente, long plaatsingnummer, String voorziening, String vestigingsgemeente, String vorm,
                                 LocalDate ingangsdatum, LocalDate einddatum, long tarief, String tariefeenheid, String eindreden,
                                 boolean overgangsrecht, boolean overboeking, Long aanmelding) {
    }

    public record Aanmeldingregel(String herkomstgemeente, long aanmeldingnummer, LocalDate datum, String vorm, Long plaatsingnummer) {
    }

    public record Capaciteitsperiode(LocalDate ingangsdatum, LocalDate einddatum, int capaciteit) {
    }

    public record Voorzieningregel(String code, String naam, String agb, String vestigingsgemeente, String soort,
                                   List<Capaciteitsperiode> capaciteit) {
    }

    private final DataSource dataSource;

    Bwlijsten(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Lijstvraag.Deel<Plaatsingregel> plaatsingen(String gemeente, LocalDate van, LocalDate tot, long offset, int aantal) throws SQLException {
        Lijstvraag waar = new Lijstvraag().gelijk("HERKOMSTGEMEENTE", gemeente).lopend("INGANG", "EINDE", van, tot);
        List<Plaatsingregel> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            long totaal = waar.tel(c, "SELECT COUNT(*) FROM BESCHERMDWONEN.PLAATSING");
            try (PreparedStatement ps = waar.pagina(c, "SELECT * FROM BESCHERMDWONEN.PLAATSING", "HERKOMSTGEMEENTE, NUMMER", offset, aantal);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(new Plaatsingregel(rs.getString("HERKOMSTGEMEENTE"), rs.getLong("NUMMER"), rs.getString("VOORZIENING"),
                            rs.getString("VESTIGINGSGEMEENTE"), rs.getString("VORM"), Jdbc.datum(rs, "INGANG"), Jdbc.datum(rs, "EINDE"), rs.getLong("TARIEF"),
                            rs.getString("TARIEFEENHEID"), rs.getString("EINDREDEN"), rs.getBoolean("OVERGANGSRECHT"), rs.getBoolean("OVERBOEKING"),
                            Jdbc.lang(rs, "AANMELDING")));
                }
            }
            return new Lijstvraag.Deel<>(totaal, uit);
        }
    }

    public Lijstvraag.Deel<Aanmeldingregel> aanmeldingen(String gemeente, LocalDate van, LocalDate tot, long offset, int aantal) throws SQLException {
        Lijstvraag waar = new Lijstvraag().gelijk("A.HERKOMSTGEMEENTE", gemeente).lopend("A.DATUM", "A.DATUM", van, tot);
        String bron = "BESCHERMDWONEN.AANMELDING A LEFT JOIN BESCHERMDWONEN.PLAATSING P"
                + " ON P.HERKOMSTGEMEENTE = A.HERKOMSTGEMEENTE AND P.AANMELDING = A.NUMMER";
        List<Aanmeldingregel> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            long totaal = waar.tel(c, "SELECT COUNT(*) FROM BESCHERMDWONEN.AANMELDING A");
            try (PreparedStatement ps = waar.pagina(c, "SELECT A.HERKOMSTGEMEENTE, A.NUMMER, A.DATUM, A.VORM, P.NUMMER AS PLAATSING FROM " + bron,
                    "A.HERKOMSTGEMEENTE, A.NUMMER", offset, aantal); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(new Aanmeldingregel(rs.getString(1), rs.getLong(2), Jdbc.datum(rs, "DATUM"), rs.getString("VORM"), Jdbc.lang(rs, "PLAATSING")));
                }
            }
            return new Lijstvraag.Deel<>(totaal, uit);
        }
    }

    /** Facilities (paged by facility) with every capacity period they have, also those outside the filter's period. */
    public Lijstvraag.Deel<Voorzieningregel> voorzieningen(String gemeente, LocalDate van, LocalDate tot, long offset, int aantal) throws SQLException {
        Lijstvraag waar = new Lijstvraag().gelijk("VESTIGINGSGEMEENTE", gemeente).lopend("INGANG", "EINDE", van, tot);
        Map<String, Voorzieningregel> uit = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            long totaal = waar.tel(c, "SELECT COUNT(DISTINCT CODE) FROM BESCHERMDWONEN.VOORZIENING");
            List<String> codes = new ArrayList<>();
            try (PreparedStatement ps = waar.pagina(c, "SELECT DISTINCT CODE FROM BESCHERMDWONEN.VOORZIENING", "CODE", offset, aantal);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            if (codes.isEmpty()) {
                return new Lijstvraag.Deel<>(totaal, List.of());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM BESCHERMDWONEN.VOORZIENING WHERE CODE IN ("
                    + String.join(",", java.util.Collections.nCopies(codes.size(), "?")) + ") ORDER BY CODE, INGANG")) {
                for (int i = 0; i < codes.size(); i++) {
                    ps.setString(i + 1, codes.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Voorzieningregel v = uit.get(rs.getString("CODE"));
                        if (v == null) {
                            v = new Voorzieningregel(rs.getString("CODE"), rs.getString("NAAM"), rs.getString("AGB"), rs.getString("VESTIGINGSGEMEENTE"),
                                    rs.getString("SOORT"), new ArrayList<>());
                            uit.put(v.code(), v);
                        }
                        v.capaciteit().add(new Capaciteitsperiode(Jdbc.datum(rs, "INGANG"), Jdbc.datum(rs, "EINDE"), rs.getInt("CAPACITEIT")));
                    }
                }
            }
            return new Lijstvraag.Deel<>(totaal, List.copyOf(uit.values()));
        }
    }
}
