package nl.samenspel.jeugdhulp.internal.domein;

import nl.samenspel.module.Gemeentelijk;

import java.time.LocalDate;
import java.util.Map;
import nl.samenspel.invoer.Wijziging;
import nl.samenspel.module.toewijzing.Toewijzingsbasis;
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
     * An allocation: the shared fields ({@link Toewijzingsbasis}), and youth care's referral:
     * {@code aanmelddatum} and {@code verwijzer}, which may be null as may {@code volume},
     * {@code eenheid}, {@code frequentie}, {@code budget} and {@code einde}.
     */
    public record Toewijzing(String gemeente, long nummer, String client, String agb, String categorie, String code,
                             LocalDate toewijzingsdatum, LocalDate ingang, LocalDate einde, Integer volume, String eenheid,
                             String frequentie, Long budget, LocalDate aanmelddatum, Verwijzer verwijzer, Wijziging wijziging)
            implements Toewijzingsbasis {

        /** Its own fields, compared after the shared ones when a stored number is sent again. */
        @Override
        public Map<String, Object> eigenVelden() {
            return Toewijzingsbasis.velden("aanmelddatum", aanmelddatum, "verwijzer", verwijzer);
        }
    }


    /** One declared line: debit positive, credit negative, in eurocent. */
    public record Declaratieregel(String gemeente, long nummer, String declaratienummer, LocalDate begindatum,
                                  LocalDate einddatum, long bedrag) implements Gemeentelijk {
        public Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }
    }
}
