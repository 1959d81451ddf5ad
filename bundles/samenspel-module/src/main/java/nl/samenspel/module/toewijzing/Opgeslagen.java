package nl.samenspel.module.toewijzing;

import java.time.LocalDate;

/**
 * A stored allocation with what its provider reported about it: the start and the stop of the
 * support with the stop's reason, each null until reported.
 *
 * @param <T> the module's allocation record
 */
public record Opgeslagen<T extends Toewijzingsbasis>(T toewijzing, LocalDate startZorg, LocalDate stopZorg, String stopReden) {
}
