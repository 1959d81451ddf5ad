package nl.samenspel.beschermdwonen.internal.opslag;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
        return new Lijstvraag().gelijk("HERKOMSTGEMEENTE", gemeente).lopend("INGANG", "EINDE", van, tot).deel(dataSource,
                "SELECT COUNT(*) FROM BESCHERMDWONEN.PLAATSING", "SELECT * FROM BESCHERMDWONEN.PLAATSING", "HERKOMSTGEMEENTE, NUMMER", offset,
                aantal, rs -> new Plaatsingregel(rs.getString("HERKOMSTGEMEENTE"), rs.getLong("NUMMER"), rs.getString("VOORZIENING"),
                        rs.getString("VESTIGINGSGEMEENTE"), rs.getString("VORM"), Jdbc.datum(rs, "INGANG"), Jdbc.datum(rs, "EINDE"),
                        rs.getLong("TARIEF"), rs.getString("TARIEFEENHEID"), rs.getString("EINDREDEN"), rs.getBoolean("OVERGANGSRECHT"),
                        rs.getBoolean("OVERBOEKING"), Jdbc.lang(rs, "AANMELDING")));
    }

    public Lijstvraag.Deel<Aanmeldingregel> aanmeldingen(String gemeente, LocalDate van, LocalDate tot, long offset, int aantal) throws SQLException {
        return new Lijstvraag().gelijk("A.HERKOMSTGEMEENTE", gemeente).lopend("A.DATUM", "A.DATUM", van, tot).deel(dataSource,
                "SELECT COUNT(*) FROM BESCHERMDWONEN.AANMELDING A", "SELECT A.HERKOMSTGEMEENTE, A.NUMMER, A.DATUM, A.VORM, P.NUMMER AS PLAATSING"
                        + " FROM BESCHERMDWONEN.AANMELDING A LEFT JOIN BESCHERMDWONEN.PLAATSING P"
                        + " ON P.HERKOMSTGEMEENTE = A.HERKOMSTGEMEENTE AND P.AANMELDING = A.NUMMER", "A.HERKOMSTGEMEENTE, A.NUMMER", offset, aantal,
                rs -> new Aanmeldingregel(rs.getString(1), rs.getLong(2), Jdbc.datum(rs, "DATUM"), rs.getString("VORM"), Jdbc.lang(rs, "PLAATSING")));
    }

    /** Facilities (paged by facility) with every capacity period they have, also those outside the filter's period. */
    public Lijstvraag.Deel<Voorzieningregel> voorzieningen(String gemeente, LocalDate van, LocalDate tot, long offset, int aantal) throws SQLException {
        Lijstvraag.Deel<String> codes = new Lijstvraag().gelijk("VESTIGINGSGEMEENTE", gemeente).lopend("INGANG", "EINDE", van, tot).deel(dataSource,
                "SELECT COUNT(DISTINCT CODE) FROM BESCHERMDWONEN.VOORZIENING", "SELECT DISTINCT CODE FROM BESCHERMDWONEN.VOORZIENING", "CODE",
                offset, aantal, rs -> rs.getString(1));
        Map<String, Voorzieningregel> uit = new LinkedHashMap<>();
        if (!codes.items().isEmpty()) {
            Jdbc.perRij(dataSource, "SELECT * FROM BESCHERMDWONEN.VOORZIENING WHERE CODE IN ("
                    + String.join(",", Collections.nCopies(codes.items().size(), "?")) + ") ORDER BY CODE, INGANG", rs -> {
                        Voorzieningregel v = uit.get(rs.getString("CODE"));
                        if (v == null) {
                            v = new Voorzieningregel(rs.getString("CODE"), rs.getString("NAAM"), rs.getString("AGB"),
                                    rs.getString("VESTIGINGSGEMEENTE"), rs.getString("SOORT"), new ArrayList<>());
                            uit.put(v.code(), v);
                        }
                        v.capaciteit().add(new Capaciteitsperiode(Jdbc.datum(rs, "INGANG"), Jdbc.datum(rs, "EINDE"), rs.getInt("CAPACITEIT")));
                    },
                    codes.items().toArray());
        }
        return new Lijstvraag.Deel<>(codes.totaal(), List.copyOf(uit.values()));
    }
}
