package nl.samenspel.verevening.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a run needs besides the model: region, year and members. The
 * engine only carries regio and jaar through to the result; it does not check
 * that the members belong to the region, which is the register's business.
 * The order of {@code leden} does not matter.
 */
public record Vereveningsinvoer(String regio, int jaar, List<LidInvoer> leden) {

    public Vereveningsinvoer {
        // ArrayList copy rather than List.copyOf: a null entry must reach validation, not fail here.
        leden = leden == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(leden));
    }
}
