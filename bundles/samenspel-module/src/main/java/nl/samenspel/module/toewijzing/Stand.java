package nl.samenspel.module.toewijzing;

import java.time.LocalDate;

/**
 * What the checks of a start, stop or declaration need of a stored allocation: its period and
 * what the provider reported (start and stop null until reported).
 */
public record Stand(LocalDate ingang, LocalDate einde, LocalDate startZorg, LocalDate stopZorg, String stopReden) {

    public boolean bevat(LocalDate dag) {
        return !dag.isBefore(ingang) && (einde == null || !dag.isAfter(einde));
    }

    /** "2025-01-01 tot 2025-12-31", or "tot (open)". */
    public String periode() {
        return ingang + " tot " + (einde == null ? "(open)" : einde);
    }
}
