package nl.samenspel.bench.verevening;

import java.util.List;
import nl.samenspel.verevening.engine.LidInvoer;

/**
 * The lower bound: read every figure of the 342 members once and add them up in a long. No
 * national run can be cheaper than touching its input; this shows how far above the floor
 * both the engine and the BigDecimal baseline are.
 */
public final class InvoerSom {

    private InvoerSom() {
    }

    public static long som(List<LidInvoer> leden) {
        long som = 0;
        for (LidInvoer lid : leden) {
            som += lid.budget().eurocent() + lid.kosten().eurocent();
            for (Long waarde : lid.sleutels().values()) {
                som += waarde;
            }
        }
        return som;
    }
}
