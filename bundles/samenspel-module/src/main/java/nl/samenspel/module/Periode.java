package nl.samenspel.module;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A dated value of master data: what holds from {@code ingang} through {@code einde} (null: open),
 * as tariffs, a product's classification and a facility's capacity are dated. A key's periods
 * follow each other without overlap, oldest first.
 *
 * @param <W> the dated attributes (a record: equal values are the same period's values)
 */
public record Periode<W>(LocalDate ingang, LocalDate einde, W waarden) {

    public boolean isGeldigOp(LocalDate dag) {
        return !dag.isBefore(ingang) && (einde == null || !dag.isAfter(einde));
    }

    /** The values on the day among a key's periods; empty before the first or in a gap. */
    public static <W> Optional<W> op(List<Periode<W>> perioden, LocalDate dag) {
        return perioden.stream().filter(p -> p.isGeldigOp(dag)).findFirst().map(Periode::waarden);
    }
}
