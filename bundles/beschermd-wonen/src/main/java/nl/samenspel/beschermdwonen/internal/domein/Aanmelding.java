package nl.samenspel.beschermdwonen.internal.domein;

import java.time.LocalDate;

/**
 * An application on the waiting list; a placement that names it closes it. {@code correctie}: the
 * line knowingly changes a stored application (never stored itself).
 */
public record Aanmelding(String herkomstgemeente, long nummer, String client, LocalDate datum, Codes.Vorm vorm, boolean correctie) {

    public String sleutel() {
        return herkomstgemeente + "/" + nummer;
    }

    /** Whether the stored values are the same: the correctie mark is no value. */
    public boolean zelfdeAls(Aanmelding ander) {
        return herkomstgemeente.equals(ander.herkomstgemeente) && nummer == ander.nummer && client.equals(ander.client)
                && datum.equals(ander.datum) && vorm == ander.vorm;
    }
}
