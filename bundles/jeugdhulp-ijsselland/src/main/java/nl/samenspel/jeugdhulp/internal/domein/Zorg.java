package nl.samenspel.jeugdhulp.internal.domein;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.samenspel.invoer.Wijziging;

/** The care side: allocations, start and stop of care, declared cost. Clients are pseudonyms. */
public final class Zorg {

    private Zorg() {
    }

    public record Toewijzingsleutel(String gemeente, long nummer) {
        @Override
        public String toString() {
            return gemeente + "/" + nummer;
        }
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

    /**
     * Start of care (JW305); {@code intrekken}: the provider withdraws an earlier start (StatusAanlevering 3);
     * {@code gewijzigd}: it changes one (StatusAanlevering 2), the only way a stored start changes.
     */
    public record StartZorg(String gemeente, long nummer, LocalDate begindatum, boolean intrekken, boolean gewijzigd) {
        public Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }
    }

    /** Stop of care (JW307) with the iJw RedenBeeindiging; StatusAanlevering as for {@link StartZorg}. */
    public record StopZorg(String gemeente, long nummer, LocalDate einddatum, String reden, boolean intrekken, boolean gewijzigd) {
        public Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }
    }

    /** One declared line: debit positive, credit negative, in eurocent. */
    public record Declaratieregel(String gemeente, long nummer, String declaratienummer, LocalDate begindatum,
                                  LocalDate einddatum, long bedrag) {
        public Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }
    }
}
