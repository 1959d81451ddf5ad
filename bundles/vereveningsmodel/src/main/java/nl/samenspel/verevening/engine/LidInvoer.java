package nl.samenspel.verevening.engine;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.samenspel.api.geld.Bedrag;

/**
 * One member's figures for the run.
 *
 * <p>Budget and cost must be &ge; 0 (the engine refuses otherwise): a budget is
 * an allocation and a cost is money spent on care, neither can be negative, and
 * the band model measures deviation as a fraction of the budget, which would
 * turn inside out for a negative budget. Negative <em>outcomes</em> (a charge
 * below zero) are allowed; those come out of the model, not in.
 *
 * @param code     4-digit CBS municipality code, e.g. {@code "0193"}
 * @param budget   B, the member's budget for the year
 * @param kosten   K, the member's cost in the pool for the year
 * @param sleutels key name to non-negative value; {@link Sleutel#BUDGET} and {@link Sleutel#GEBRUIK}
 *                 may be left out, the engine then takes B and K in eurocents
 */
public record LidInvoer(String code, Bedrag budget, Bedrag kosten, Map<String, Long> sleutels) {

    public LidInvoer {
        // Sorted copy so that two equal inputs print and compare alike whatever map the caller used.
        // Null values are kept for validation to name; a null key name is a programming error.
        TreeMap<String, Long> kopie = new TreeMap<>();
        if (sleutels != null) {
            sleutels.forEach((naam, waarde) -> kopie.put(Objects.requireNonNull(naam, "sleutelnaam"), waarde));
        }
        sleutels = Collections.unmodifiableMap(kopie);
    }

    public static LidInvoer van(String code, long budgetCent, long kostenCent, Map<String, Long> sleutels) {
        return new LidInvoer(code, Bedrag.eurocent(budgetCent), Bedrag.eurocent(kostenCent), sleutels);
    }
}
