package nl.samenspel.module.toewijzing;

import nl.samenspel.module.Gemeentelijk;

import java.time.LocalDate;

/**
 * Start of care (JW305, WMO305). {@code intrekken}: the provider withdraws an earlier start
 * (StatusAanlevering 3); {@code gewijzigd}: it changes one (StatusAanlevering 2), the only way a
 * stored start changes.
 */
public record StartZorg(String gemeente, long nummer, LocalDate begindatum, boolean intrekken, boolean gewijzigd) implements Gemeentelijk, Melding {
    public Toewijzingsleutel sleutel() {
        return new Toewijzingsleutel(gemeente, nummer);
    }
}
