package nl.samenspel.wmo.internal.controle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.wmo.internal.domein.Productperioden;
import nl.samenspel.wmo.internal.domein.Stamgegevens;

/**
 * The master data a file is checked against: this installation's own, or the hub's as published
 * ({@link Hubstamgegevens}), so a node judges as the hub will.
 */
public record Stamset(Set<String> aanbieders, Productperioden producten, Map<Productsleutel, List<Stamgegevens.Tarief>> tarieven,
                      List<Stamgegevens.Contract> contracten) {

    public static Stamset van(List<Stamgegevens.Aanbieder> aanbieders, Productperioden producten, List<Stamgegevens.Tarief> tarieven,
                              List<Stamgegevens.Contract> contracten) {
        return new Stamset(aanbieders.stream().map(Stamgegevens.Aanbieder::agb).collect(Collectors.toSet()), producten,
                tarieven.stream().collect(Collectors.groupingBy(Stamgegevens.Tarief::product)), contracten);
    }

    public Optional<Stamgegevens.Tarief> tariefOp(Productsleutel product, LocalDate dag) {
        return tarieven.getOrDefault(product, List.of()).stream().filter(t -> t.isGeldigOp(dag)).findFirst();
    }

    /** Whether the aanbieder has a contract line in the year: allocations go only to contracted providers. */
    public boolean heeftContract(String agb, int jaar) {
        return contracten.stream().anyMatch(k -> k.agb().equals(agb) && k.jaar() == jaar);
    }
}
