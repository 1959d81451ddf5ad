package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.List;

/**
 * The tariff in force on a day: the base tariff with every cut up to that day applied in
 * order. Computed here on its own, independent of how a loader stores the cut tariffs.
 */
final class Tariefkalender {

    /** The youth-care cuts of 2015 and 2016 (FACTS.md), in the order a loader applies them. */
    static final List<Tariefkorting> KORTINGEN = List.of(
            new Tariefkorting(2015, "provinciaal", "15.05"),
            new Tariefkorting(2015, "awbz", "15.05"),
            new Tariefkorting(2016, "provinciaal", "10.00"),
            new Tariefkorting(2016, "awbz", "9.00"),
            new Tariefkorting(2016, "ggz", "8.00"));

    private final Catalogus catalogus;

    Tariefkalender(Catalogus catalogus) {
        this.catalogus = catalogus;
    }

    long tariefOp(String categorie, String code, LocalDate dag) {
        Product product = catalogus.product(categorie, code);
        Tarief basis = catalogus.basistarieven().stream()
                .filter(t -> t.categorie().equals(categorie) && t.code().equals(code))
                .findFirst().orElseThrow();
        if (dag.isBefore(basis.ingangsdatum())) {
            throw new IllegalArgumentException("no tariff for " + code + " before " + basis.ingangsdatum());
        }
        long tarief = basis.tarief();
        for (Tariefkorting k : KORTINGEN) {
            boolean vanKracht = !dag.isBefore(LocalDate.of(k.jaar(), 1, 1));
            if (vanKracht && k.groep().equals(product.kortingsgroep())) {
                tarief = gekort(tarief, k.basispunten());
            }
        }
        return tarief;
    }

    /** round_half_up(oud x (100 - p) / 100) with p in basis points, exact in longs. */
    static long gekort(long oud, int basispunten) {
        return (oud * (10_000 - basispunten) + 5_000) / 10_000;
    }
}
