package nl.samenspel.module.tarief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.invoer.Regelfout;

/**
 * What a cut would do, decided before anything is written: every product of the group (as it is on
 * 1 January of the cut's year) needs a tariff in force on the last day of the year before and none
 * from the year on, and no final equalization run from that year on may use it. The plan is refused
 * with every reason, or gives every product's old and new tariff.
 */
public final class Kortingsplan {

    /** A product as the plan needs it: its cut group on 1 January of the year, and its tariffs oldest first. */
    public record Product(String categorie, String code, String groep, List<Tarief> tarieven, List<Vaststellingen.Vastgesteld> geraakt) {
        String naam() {
            return categorie + "/" + code;
        }
    }

    /** One tariff period of a product; {@code einde} null: open. */
    public record Tarief(LocalDate ingang, LocalDate einde, long tarief) {
        boolean isGeldigOp(LocalDate dag) {
            return !dag.isBefore(ingang) && (einde == null || !dag.isAfter(einde));
        }
    }

    /** One product's change by a cut. */
    public record Regel(String categorie, String code, long oudTarief, long nieuwTarief) {
    }

    /** A cut that cannot be applied, with every reason; nothing was changed. */
    public static final class Geweigerd extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Regelfout> fouten;

        public Geweigerd(List<Regelfout> fouten) {
            super(fouten.size() + " fout(en)");
            this.fouten = List.copyOf(fouten);
        }

        public List<Regelfout> fouten() {
            return fouten;
        }
    }

    private Kortingsplan() {
    }

    /**
     * @param toegepast whether this year's cut of this group was applied before
     * @throws Geweigerd naming every reason
     */
    public static Plan maak(int jaar, String groep, String percentage, boolean toegepast, List<Product> producten) {
        List<Regelfout> fouten = new ArrayList<>();
        Optional<Integer> basispunten = Tariefkorting.basispunten(percentage == null ? "" : percentage);
        if (basispunten.isEmpty()) {
            fouten.add(new Regelfout("korting", "percentage", "geen percentage boven 0 en onder 100 met hooguit twee decimalen"));
        }
        if (groep == null || groep.isBlank()) {
            fouten.add(new Regelfout("korting", "groep", "ontbreekt"));
        }
        if (fouten.isEmpty() && toegepast) {
            fouten.add(new Regelfout("korting", "groep", "de korting van " + jaar + " op " + groep + " is al toegepast"));
        }
        if (!fouten.isEmpty()) {
            throw new Geweigerd(fouten);
        }
        Tariefkorting korting = new Tariefkorting(jaar, groep, basispunten.get());
        LocalDate laatsteDag = LocalDate.of(jaar - 1, 12, 31);
        List<Regel> regels = new ArrayList<>();
        for (Product p : producten) {
            if (!groep.equals(p.groep())) {
                continue;
            }
            if (!p.geraakt().isEmpty()) {
                fouten.add(new Regelfout(p.naam(), "jaar", "een korting vanaf " + jaar + " verandert de cijfers van "
                        + Vaststellingen.weigering(p.geraakt())));
            }
            Optional<Tarief> geldend = p.tarieven().stream().filter(t -> t.isGeldigOp(laatsteDag)).findFirst();
            if (geldend.isEmpty()) {
                fouten.add(new Regelfout(p.naam(), "tarief", "geen tarief op " + laatsteDag + " om te korten"));
            } else {
                regels.add(new Regel(p.categorie(), p.code(), geldend.get().tarief(), korting.nieuwTarief(geldend.get().tarief())));
            }
            p.tarieven().stream().filter(t -> t.ingang().isAfter(laatsteDag)).findFirst().ifPresent(t -> fouten.add(new Regelfout(
                    p.naam(), "tarief", "heeft al een tarief vanaf " + t.ingang() + "; een korting vervangt geen later tarief")));
        }
        if (regels.isEmpty() && fouten.isEmpty()) {
            fouten.add(new Regelfout("korting", "groep", "geen product heeft kortingsgroep '" + groep + "'"));
        }
        if (!fouten.isEmpty()) {
            throw new Geweigerd(fouten);
        }
        return new Plan(korting, regels);
    }

    /** A cut that may be applied, with every product's change. */
    public record Plan(Tariefkorting korting, List<Regel> regels) {
    }
}
