package nl.samenspel.jeugdhulp.internal.domein;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.samenspel.invoer.Wijziging;
import nl.samenspel.module.toewijzing.Omvang;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;

/**
 * The care side: allocations and declared cost. Clients are pseudonyms. The allocation's key, its
 * start and stop of care and what it commits are shared with every module that works by allocation
 * ({@link nl.samenspel.module.toewijzing}).
 */
public final class Zorg {

    private Zorg() {
    }

    /**
     * An allocation. {@code volume}, {@code eenheid}, {@code frequentie}, {@code budget},
     * {@code einde}, {@code aanmelddatum} and {@code verwijzer} may be null; {@code wijziging} is why a
     * stored number is sent again (null: a new one, or the same once more), never stored.
     */
    public record Toewijzing(String gemeente, long nummer, String client, String agb, String categorie, String code,
                             LocalDate toewijzingsdatum, LocalDate ingang, LocalDate einde, Integer volume, String eenheid,
                             String frequentie, Long budget, LocalDate aanmelddatum, Verwijzer verwijzer, Wijziging wijziging) {

        public Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }

        public Stamgegevens.Productsleutel product() {
            return new Stamgegevens.Productsleutel(categorie, code);
        }

        /** What the allocation commits: youth care's figures of allocated cost (docs/jeugdhulp.md, "Toegewezen"). */
        public Omvang omvang() {
            return new Omvang(ingang, einde, volume, eenheid, frequentie, budget);
        }

        /** The columns in which this allocation differs from another with the same number; the wijziging is no field. */
        public List<String> verschillenMet(Toewijzing ander) {
            List<String> uit = new ArrayList<>();
            verschil(uit, "client", client, ander.client);
            verschil(uit, "agb", agb, ander.agb);
            verschil(uit, "productcode", product(), ander.product());
            verschil(uit, "toewijzingsdatum", toewijzingsdatum, ander.toewijzingsdatum);
            verschil(uit, "ingangsdatum", ingang, ander.ingang);
            verschil(uit, "einddatum", einde, ander.einde);
            verschil(uit, "volume", volume, ander.volume);
            verschil(uit, "eenheid", eenheid, ander.eenheid);
            verschil(uit, "frequentie", frequentie, ander.frequentie);
            verschil(uit, "budget", budget, ander.budget);
            verschil(uit, "aanmelddatum", aanmelddatum, ander.aanmelddatum);
            verschil(uit, "verwijzer", verwijzer, ander.verwijzer);
            return uit;
        }

        private static void verschil(List<String> uit, String veld, Object a, Object b) {
            if (!Objects.equals(a, b)) {
                uit.add(veld);
            }
        }
    }

    /** A stored allocation with what the providers reported about it (start and stop null until reported). */
    public record Opgeslagen(Toewijzing toewijzing, LocalDate startZorg, LocalDate stopZorg, String stopReden) {
    }

    /** One declared line: debit positive, credit negative, in eurocent. */
    public record Declaratieregel(String gemeente, long nummer, String declaratienummer, LocalDate begindatum,
                                  LocalDate einddatum, long bedrag) {
        public Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }
    }
}
