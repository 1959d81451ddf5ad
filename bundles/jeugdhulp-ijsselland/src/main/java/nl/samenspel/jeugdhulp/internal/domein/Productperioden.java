package nl.samenspel.jeugdhulp.internal.domein;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.module.Productsleutel;

/**
 * The stored products with their dated attributes: what a product was purchased as on a day.
 * Figures of a year take an allocation's product as it was on the allocation's first day in that
 * year (the same day its tariff is taken on), a declaration's as it was on the first day of the
 * declared period.
 */
public final class Productperioden {

    private final Map<Productsleutel, Stamgegevens.Product> producten;
    private final Map<Productsleutel, List<Stamgegevens.Productperiode>> perioden;

    public Productperioden(Map<Productsleutel, Stamgegevens.Product> producten,
                           Map<Productsleutel, List<Stamgegevens.Productperiode>> perioden) {
        this.producten = producten;
        this.perioden = perioden;
    }

    /** The products in their present form. */
    public Map<Productsleutel, Stamgegevens.Product> producten() {
        return producten;
    }

    /** Every period of every product, oldest first per product. */
    public List<Stamgegevens.Productperiode> allePerioden() {
        return perioden.values().stream().flatMap(List::stream).toList();
    }

    /** The product as on the day; its present form when no period holds the day (before its first, which a check prevents). */
    public Stamgegevens.Product op(Productsleutel sleutel, LocalDate dag) {
        Stamgegevens.Product nu = producten.get(sleutel);
        return perioden.getOrDefault(sleutel, List.of()).stream().filter(p -> p.isGeldigOp(dag)).findFirst()
                .map(p -> new Stamgegevens.Product(nu.categorie(), nu.code(), nu.omschrijving(), nu.eenheid(), p.variant(), p.inkoop(),
                        p.kortingsgroep()))
                .orElse(nu);
    }

    /** An allocation's product in a year: as on its first day in the year, the day its tariff is taken on. */
    public Stamgegevens.Product inJaar(Zorg.Toewijzing t, int jaar) {
        return op(t.product(), t.omvang().tariefdag(jaar));
    }

    public List<Stamgegevens.Productperiode> perioden(Productsleutel sleutel) {
        return perioden.getOrDefault(sleutel, List.of());
    }
}
