package nl.samenspel.api.verevening;

import java.util.Map;
import java.util.Objects;
import nl.samenspel.api.geld.Bedrag;

/**
 * One member's inputs of an equalization year.
 *
 * @param gemeente CBS code
 * @param budget   the member's budget for the pooled care (B)
 * @param kosten   the member's pooled cost (K)
 * @param sleutels use-based keys the module derives, such as {@code clienten},
 *                 {@code gebruik-vorig-jaar} and {@code gebruik-drie-jaar}; values >= 0
 */
public record Vereveningsgegevens(String gemeente, Bedrag budget, Bedrag kosten, Map<String, Long> sleutels) {

    public Vereveningsgegevens {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(kosten, "kosten");
        sleutels = Map.copyOf(sleutels);
    }
}
