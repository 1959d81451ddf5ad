package nl.samenspel.wmo.internal.domein;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.module.Periode;
import nl.samenspel.module.Productsleutel;

/**
 * The products with their dated values: a check uses the values on the day that matters (an
 * allocation's ingangsdatum, a declared month), never only today's.
 *
 * @param omschrijvingen every known product with its description
 * @param perioden       per product its periods, oldest first, without overlap
 */
public record Productperioden(Map<Productsleutel, String> omschrijvingen,
                              Map<Productsleutel, List<Periode<Stamgegevens.Productwaarden>>> perioden) {

    public boolean bekend(Productsleutel product) {
        return omschrijvingen.containsKey(product);
    }

    public List<Periode<Stamgegevens.Productwaarden>> perioden(Productsleutel product) {
        return perioden.getOrDefault(product, List.of());
    }

    /** The product's values on the day; empty before its first period. */
    public Optional<Stamgegevens.Productwaarden> op(Productsleutel product, LocalDate dag) {
        return Periode.op(perioden(product), dag);
    }

    /** The product as it is now: its last period's values. */
    public Optional<Stamgegevens.Product> actueel(Productsleutel product) {
        List<Periode<Stamgegevens.Productwaarden>> p = perioden(product);
        return p.isEmpty() ? Optional.empty()
                : Optional.of(new Stamgegevens.Product(product.categorie(), product.code(), omschrijvingen.get(product),
                        p.get(p.size() - 1).waarden()));
    }
}
