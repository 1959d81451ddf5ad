package nl.samenspel.jeugdhulp.internal.controle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Register;
import nl.samenspel.jeugdhulp.internal.domein.Productperioden;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.toewijzing.Stand;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;

/**
 * What the checks compare a file with: the register, the region, and what is already stored.
 *
 * @param contracten       "agb/jaar" of every contract
 * @param toewijzingen     stored allocations a start, stop or declaration may refer to
 * @param declaraties      keys of stored declaration lines ({@link Controle#declaratiesleutel})
 * @param lidmaatschappen  the region's memberships by gemeente ({@link #lidmaatschappen(Register, String)})
 */
public record Context(Register register, String regio, Productperioden perioden,
                      Map<Productsleutel, List<Stamgegevens.Tarief>> tarieven, Set<String> aanbieders,
                      Set<String> contracten, Map<Toewijzingsleutel, Stand> toewijzingen, Set<String> declaraties,
                      Map<String, List<Lidmaatschap>> lidmaatschappen) {

    /** The products as they are now: whether a product is known. */
    public Map<Productsleutel, Stamgegevens.Product> producten() {
        return perioden.producten();
    }

    /** The product as on the day, for the checks that depend on its dated attributes (execution variant). */
    public Stamgegevens.Product productOp(Productsleutel product, LocalDate dag) {
        return perioden.op(product, dag);
    }

    public boolean isLidOp(String gemeente, LocalDate dag) {
        return lidmaatschappen.getOrDefault(gemeente, List.of()).stream().anyMatch(l -> l.isGeldigOp(dag));
    }

    /** The region's memberships by gemeente, looked up once per file rather than once per record date. */
    public static Map<String, List<Lidmaatschap>> lidmaatschappen(Register register, String regio) {
        return register.lidmaatschappen(regio).stream().collect(Collectors.groupingBy(Lidmaatschap::gemeente));
    }

    public Optional<Stamgegevens.Tarief> tariefOp(Productsleutel product, LocalDate dag) {
        return tarieven.getOrDefault(product, List.of()).stream().filter(t -> t.isGeldigOp(dag)).findFirst();
    }
}
