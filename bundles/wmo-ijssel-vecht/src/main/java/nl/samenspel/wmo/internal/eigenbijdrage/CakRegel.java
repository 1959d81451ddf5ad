package nl.samenspel.wmo.internal.eigenbijdrage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One line of a gemeente's start/stop list for the CAK: the client's liability starts (the first
 * liable provision after a gap) or stops (the last one ends). No personal data beyond the pseudonym.
 *
 * @param gemeente     CBS code of the gemeente that reports
 * @param maand        the month the start or stop happens in: the list of that month carries it
 * @param client       the client's pseudonym
 * @param soort        start or stop
 * @param datum        for a start the ingangsdatum of the first liable provision, for a stop the last day of the last one
 * @param inningsmaand for a start the first month the CAK collects (the month after), for a stop the last (the same month)
 */
public record CakRegel(String gemeente, YearMonth maand, String client, Soort soort, LocalDate datum, YearMonth inningsmaand) {

    /** Whether the line starts or stops the bijdrage; {@link #code()} is what the CSV says. */
    public enum Soort {
        START("start"), STOP("stop");

        private final String code;

        Soort(String code) {
            this.code = code;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }
    }

    public CakRegel {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(maand, "maand");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(inningsmaand, "inningsmaand");
        if (!YearMonth.from(datum).equals(maand)) {
            throw new IllegalArgumentException("datum " + datum + " ligt niet in maand " + maand);
        }
    }
}
