package nl.samenspel.module.toewijzing;

import nl.samenspel.module.Gemeentelijk;

import java.time.LocalDate;

/** Stop of care (JW307, WMO307) with its RedenBeeindiging; StatusAanlevering as for {@link StartZorg}. */
public record StopZorg(String gemeente, long nummer, LocalDate einddatum, String reden, boolean intrekken, boolean gewijzigd) implements Gemeentelijk, Melding {
    public Toewijzingsleutel sleutel() {
        return new Toewijzingsleutel(gemeente, nummer);
    }
}
