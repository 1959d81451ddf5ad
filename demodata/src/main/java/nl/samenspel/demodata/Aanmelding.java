package nl.samenspel.demodata;

import java.time.LocalDate;

/** An application on the waiting list of the herkomstgemeente for a form of protected housing. */
public record Aanmelding(String herkomstgemeente, long aanmeldingnummer, String bsn, LocalDate datum, String vorm) {
}
