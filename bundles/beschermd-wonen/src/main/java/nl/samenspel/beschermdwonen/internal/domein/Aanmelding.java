package nl.samenspel.beschermdwonen.internal.domein;

import java.time.LocalDate;

/** An application on the waiting list; a placement that names it closes it. */
public record Aanmelding(String herkomstgemeente, long nummer, String client, LocalDate datum, Codes.Vorm vorm) {
}
