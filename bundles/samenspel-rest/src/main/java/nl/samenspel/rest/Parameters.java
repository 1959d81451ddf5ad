package nl.samenspel.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Parsing of request parameters into domain values, with a 400 that names the parameter. */
public final class Parameters {

    /** Days change at midnight in the Netherlands, not in UTC. */
    public static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    private Parameters() {
    }

    /** An ISO 8601 date ({@code YYYY-MM-DD}); today in the Netherlands when absent. */
    public static LocalDate datum(String naam, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return LocalDate.now(TIJDZONE);
        }
        try {
            return LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.ongeldig(naam, "geen datum; verwacht JJJJ-MM-DD, bijvoorbeeld 2016-06-01");
        }
    }

    /** A year between 1900 and 2100. */
    public static int jaar(String naam, String waarde) {
        try {
            int jaar = Integer.parseInt(waarde == null ? "" : waarde.strip());
            if (jaar >= 1900 && jaar <= 2100) {
                return jaar;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw ProblemException.ongeldig(naam, "geen jaartal tussen 1900 en 2100");
    }

    /**
     * A whole number within bounds; {@code standaard} when absent. Query parameters are
     * taken as text and parsed here, because JAX-RS answers a failed conversion with a
     * bare 404 that names nothing.
     */
    public static int geheelGetal(String naam, String waarde, int standaard, int minimum, int maximum) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            int getal = Integer.parseInt(waarde.strip());
            if (getal >= minimum && getal <= maximum) {
                return getal;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw ProblemException.ongeldig(naam, "geen geheel getal van " + minimum + " tot en met " + maximum);
    }
}
