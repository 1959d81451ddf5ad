package nl.samenspel.wmo.internal.eigenbijdrage;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The eigen bijdrage of one gemeente in one calendar year, at the rate, with its twelve months. The
 * months' amounts add up to the year's exactly ({@link LopendeAfronding}).
 *
 * @param gemeente      CBS code
 * @param jaar          the calendar year
 * @param clienten      distinct clients liable in at least one month of the year
 * @param clientmaanden liable months summed over the clients (with or without a rate)
 * @param bedrag        eurocents over the months that have a rate; empty when no month has one
 * @param status        {@link Opbrengststatus#BOVENGRENS} when every month has a rate,
 *                      {@link Opbrengststatus#DEELS_GEEN_TARIEF} when some do, {@link Opbrengststatus#GEEN_TARIEF} when none
 * @param maanden       January to December
 */
public record Jaaropbrengst(String gemeente, int jaar, long clienten, long clientmaanden, OptionalLong bedrag, Opbrengststatus status,
                            List<Maandopbrengst> maanden) {

    public Jaaropbrengst {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(bedrag, "bedrag");
        Objects.requireNonNull(status, "status");
        maanden = List.copyOf(maanden);
        if (maanden.size() != 12) {
            throw new IllegalArgumentException(jaar + ": " + maanden.size() + " maanden in plaats van 12");
        }
        if (bedrag.isPresent() != status.heeftBedrag()) {
            throw new IllegalArgumentException(jaar + ": bedrag en status " + status + " spreken elkaar tegen");
        }
    }

    /** True when {@link #bedrag()} is an upper bound (of every month, or of the months with a rate). */
    public boolean bovengrens() {
        return status.heeftBedrag();
    }
}
