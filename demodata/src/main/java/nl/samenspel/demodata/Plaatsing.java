package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * A client of the herkomstgemeente placed in a facility (in its vestigingsgemeente). Open
 * placements have no einddatum and no eindreden; tarief is eurocent per tariefeenheid
 * ({@code dag} or {@code maand}); aanmelding is the aanmeldingnummer it closes, if any.
 */
public record Plaatsing(String herkomstgemeente, long plaatsingnummer, String bsn, String voorziening,
        String vestigingsgemeente, String vorm, LocalDate ingangsdatum, LocalDate einddatum, long tarief,
        String tariefeenheid, String eindreden, boolean overgangsrecht, boolean overboeking, Long aanmelding) {
}
