package nl.samenspel.api.verevening;

import java.time.Instant;
import java.util.Objects;

/**
 * A member's statement of a final run. Amounts are integer eurocents: {@code budget} B,
 * {@code kosten} K, {@code toerekening} T, {@code verevening} V = K - T (positive: receives),
 * {@code saldo} R = B - T. {@code afrekening} is the whole statement with its derivation step by
 * step, as JSON, as {@code GET /vereveningen/{run}/gemeenten/{gemeente}} shows it.
 */
public record DefinitieveAfrekening(long run, String regio, int jaar, String gemeente, Instant vastgesteld, long budget, long kosten,
                                    long toerekening, long verevening, long saldo, String afrekening) {

    public DefinitieveAfrekening {
        Objects.requireNonNull(regio, "regio");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(vastgesteld, "vastgesteld");
        Objects.requireNonNull(afrekening, "afrekening");
    }
}
