package nl.samenspel.jeugdhulp.internal.controle;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.module.Productsleutel;

/**
 * The region's final equalization runs, with per final year the products an allocation valid that
 * year uses: a change of a product's master data (a period, a tariff, a cut) alters that year's
 * figures only when the product is in use then. A new product with a tariff from long ago changes
 * nothing settled; a used one does, and is refused, naming the run.
 */
public record Definitief(List<Vaststellingen.Vastgesteld> runs, Map<Integer, Set<Productsleutel>> inGebruik) {

    /** No final run (a node, or a hub without equalization): nothing is settled. */
    public static final Definitief GEEN = new Definitief(List.of(), Map.of());

    /** The final runs a change of this product from year {@code van} through {@code tot} (null: open) would alter, oldest first. */
    public List<Vaststellingen.Vastgesteld> geraakt(Productsleutel product, int van, Integer tot) {
        return Vaststellingen.geraakt(runs, van, tot).stream().filter(v -> inGebruik.getOrDefault(v.jaar(), Set.of()).contains(product)).toList();
    }
}
