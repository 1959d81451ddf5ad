package nl.samenspel.beschermdwonen.internal.domein;

import java.time.LocalDate;

/** A facility in one capacity period ({@code einde} null: open). */
public record Voorziening(String code, String naam, String agb, String vestigingsgemeente, Codes.Soort soort, int capaciteit,
                          LocalDate ingang, LocalDate einde) {

    public boolean isGeldigOp(LocalDate dag) {
        return !dag.isBefore(ingang) && (einde == null || !dag.isAfter(einde));
    }

    /** A line of a facilities file, and whether it knowingly changes the capacity of days that have passed ({@code correctie}). */
    public record Regel(Voorziening voorziening, boolean correctie) {
    }
}
