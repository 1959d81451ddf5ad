package nl.samenspel.module.tarief;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A tariff cut for a year on a group of products, as a percentage with at most two decimals, held
 * as basis points (15.05 % = 1505) so the arithmetic stays in integers.
 */
public record Tariefkorting(int jaar, String groep, int basispunten) {

    public Tariefkorting {
        if (basispunten <= 0 || basispunten >= 10_000) {
            throw new IllegalArgumentException("een korting ligt tussen 0 en 100 %");
        }
    }

    /** "15.05" → 1505; empty for anything but a number above 0 and below 100 with at most two decimals. */
    public static Optional<Integer> basispunten(String percentage) {
        try {
            BigDecimal p = new BigDecimal(percentage.strip());
            if (p.scale() > 2 || p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) >= 0) {
                return Optional.empty();
            }
            return Optional.of(p.movePointRight(2).intValueExact());
        } catch (NumberFormatException | ArithmeticException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The new tariff: {@code oud × (100 − p) / 100}, rounded half up to a whole eurocent (0.5 cent goes up). */
    public long nieuwTarief(long oud) {
        if (oud < 0) {
            throw new IllegalArgumentException("negatief tarief");
        }
        return Math.addExact(Math.multiplyExact(oud, 10_000L - basispunten), 5_000L) / 10_000L;
    }

    public String percentage() {
        return BigDecimal.valueOf(basispunten, 2).toPlainString();
    }
}
