package nl.samenspel.wmo.internal.eigenbijdrage;

import java.time.LocalDate;
import java.util.Objects;
import nl.samenspel.wmo.internal.domein.Codes;

/**
 * One allocation (toewijzing) as far as the eigen bijdrage needs it: who, where, which kind of
 * provision, and from when to when. The client is the region's pseudonym; no birth date travels
 * here, only whether the client was under 18 on the allocation's ingangsdatum.
 *
 * @param gemeente    CBS code of the gemeente that allocated it (the one that reports to the CAK)
 * @param client      the client's pseudonym
 * @param categorie   iWmo productcategorie (WMO020), {@code 01}-{@code 18}
 * @param maatwerk    true for a maatwerkvoorziening, false for an algemene voorziening
 * @param minderjarig whether the client was under 18 on {@code ingang}
 * @param ingang      first day of the allocation
 * @param einde       last day of the allocation, inclusive; null while it is open
 */
public record Voorzieningsperiode(String gemeente, String client, String categorie, boolean maatwerk, boolean minderjarig,
                                  LocalDate ingang, LocalDate einde) {

    public Voorzieningsperiode {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(categorie, "categorie");
        Objects.requireNonNull(ingang, "ingang");
        if (gemeente.isBlank() || client.isBlank()) {
            throw new IllegalArgumentException("gemeente en client mogen niet leeg zijn");
        }
        if (!Codes.isProductcategorie(categorie)) {
            throw new IllegalArgumentException("categorie " + categorie + " is geen WMO020-productcategorie (01-18)");
        }
        if (einde != null && einde.isBefore(ingang)) {
            throw new IllegalArgumentException("einde " + einde + " ligt voor ingang " + ingang);
        }
    }
}
