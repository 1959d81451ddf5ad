package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * One capacity period of a protected-housing or shelter facility: a facility has one record
 * per period, the periods are contiguous and the last one is open (einddatum null).
 */
public record Voorziening(String code, String naam, String agb, String vestigingsgemeente, String soort,
        int capaciteit, LocalDate ingangsdatum, LocalDate einddatum) {
}
