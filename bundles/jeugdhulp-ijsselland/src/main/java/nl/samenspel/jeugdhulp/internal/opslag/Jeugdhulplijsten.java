package nl.samenspel.jeugdhulp.internal.opslag;

import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import nl.samenspel.store.Jdbc;
import nl.samenspel.store.Lijstvraag;

/**
 * What is stored, as paged lists a controller can check against the files that were sent: the
 * allocations with their start and stop of care, and the declared lines. Without the client:
 * the lists are for checking numbers, codes, dates and amounts. Sorted by their keys.
 */
public final class Jeugdhulplijsten {

    public record Toewijzingregel(String gemeente, long toewijzingnummer, String agb, String categorie, String productcode,
                                  LocalDate toewijzingsdatum, LocalDate ingangsdatum, LocalDate einddatum, Integer volume, String eenheid,
                                  String frequentie, Long budget, LocalDate aanmelddatum, String verwijzer, LocalDate startZorg,
                                  LocalDate stopZorg, String stopReden) {
    }

    /** A declared line: {@code bedrag} in eurocent, negative for a credit. */
    public record Declaratieregel(String gemeente, long toewijzingnummer, String declaratienummer, LocalDate begindatum,
                                  LocalDate einddatum, long bedrag) {
    }

    private final DataSource dataSource;

    Jeugdhulplijsten(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Allocations of a gemeente (or all) running on at least one day of [van, tot] (nulls: no bound). */
    public Lijstvraag.Deel<Toewijzingregel> toewijzingen(String gemeente, LocalDate van, LocalDate tot, long offset, int aantal)
            throws SQLException {
        return new Lijstvraag().gelijk("GEMEENTE", gemeente).lopend("INGANG", "EINDE", van, tot).deel(dataSource,
                "SELECT COUNT(*) FROM JEUGDHULP.TOEWIJZING", "SELECT * FROM JEUGDHULP.TOEWIJZING", "GEMEENTE, NUMMER", offset, aantal,
                rs -> new Toewijzingregel(rs.getString("GEMEENTE"), rs.getLong("NUMMER"), rs.getString("AGB"), rs.getString("CATEGORIE"),
                        rs.getString("CODE"), Jdbc.datum(rs, "TOEWIJZINGSDATUM"), Jdbc.datum(rs, "INGANG"), Jdbc.datum(rs, "EINDE"),
                        Jdbc.geheel(rs, "VOLUME"), rs.getString("EENHEID"), rs.getString("FREQUENTIE"), Jdbc.lang(rs, "BUDGET"),
                        Jdbc.datum(rs, "AANMELDDATUM"), rs.getString("VERWIJZER"), Jdbc.datum(rs, "START_ZORG"), Jdbc.datum(rs, "STOP_ZORG"),
                        rs.getString("STOP_REDEN")));
    }

    /** Declared lines of a gemeente (or all) whose declared period runs on at least one day of [van, tot]. */
    public Lijstvraag.Deel<Declaratieregel> declaraties(String gemeente, LocalDate van, LocalDate tot, long offset, int aantal)
            throws SQLException {
        return new Lijstvraag().gelijk("GEMEENTE", gemeente).lopend("BEGINDATUM", "EINDDATUM", van, tot).deel(dataSource,
                "SELECT COUNT(*) FROM JEUGDHULP.REALISATIE", "SELECT GEMEENTE, NUMMER, DECLARATIENUMMER, BEGINDATUM, EINDDATUM, BEDRAG"
                        + " FROM JEUGDHULP.REALISATIE", "GEMEENTE, NUMMER, BEGINDATUM, ID", offset, aantal,
                rs -> new Declaratieregel(rs.getString(1), rs.getLong(2), rs.getString(3), Jdbc.datum(rs, "BEGINDATUM"),
                        Jdbc.datum(rs, "EINDDATUM"), rs.getLong(6)));
    }
}
