package nl.samenspel.jeugdhulp.internal.domein;

import nl.samenspel.module.Gemeentelijk;

import java.time.LocalDate;
import nl.samenspel.module.toewijzing.Toewijzingsbasis;
import nl.samenspel.module.toewijzing.Toewijzingsgegevens;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;

/**
 * The care side: allocations and declared cost. Clients are pseudonyms. The allocation's shared
 * fields, key, start and stop of care and what it commits are those of every module that works by
 * allocation ({@link nl.samenspel.module.toewijzing}).
 */
public final class Zorg {

    private Zorg() {
    }

    /**
     * An allocation: the shared fields ({@link Toewijzingsgegevens}), and youth care's referral:
     * {@code aanmelddatum} and {@code verwijzer}, which may be null.
     */
    public record Toewijzing(Toewijzingsgegevens gegevens, LocalDate aanmelddatum, Verwijzer verwijzer) implements Toewijzingsbasis {
    }

    /** One declared line: debit positive, credit negative, in eurocent. */
    public record Declaratieregel(String gemeente, long nummer, String declaratienummer, LocalDate begindatum,
                                  LocalDate einddatum, long bedrag) implements Gemeentelijk {
        public Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }
    }
}
