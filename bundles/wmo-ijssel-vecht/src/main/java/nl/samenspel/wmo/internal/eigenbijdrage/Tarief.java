package nl.samenspel.wmo.internal.eigenbijdrage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The abonnementstarief for a period of whole calendar months: the maximum a household pays, per
 * {@link Tariefeenheid}. Whole months because the CAK collects per month: a rate that changed in the
 * middle of a month would leave that month's rate undecided.
 *
 * @param van    first day of a month
 * @param tot    last day of a month, inclusive; null while no end is known
 * @param bedrag eurocents per {@code per}, above zero
 * @param per    what the amount is per
 */
public record Tarief(LocalDate van, LocalDate tot, long bedrag, Tariefeenheid per) {

    public Tarief {
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(per, "per");
        if (van.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("van " + van + " is niet de eerste dag van een maand");
        }
        if (tot != null && (!tot.equals(YearMonth.from(tot).atEndOfMonth()) || tot.isBefore(van))) {
            throw new IllegalArgumentException("tot " + tot + " is niet de laatste dag van een maand op of na " + van);
        }
        if (bedrag <= 0) {
            throw new IllegalArgumentException("bedrag " + bedrag + " is niet groter dan 0");
        }
    }

    /** Whether this rate applies to the whole of {@code maand} (and so to that month at all). */
    public boolean geldtIn(YearMonth maand) {
        return !maand.atDay(1).isBefore(van) && (tot == null || !maand.atEndOfMonth().isAfter(tot));
    }

    /** What one liable client adds to one month, in twelfths of a cent: exact, also for a 4-weekly rate. */
    public long twaalfdenPerClientmaand() {
        return Math.multiplyExact(bedrag, per.twaalfdenPerMaand());
    }
}
