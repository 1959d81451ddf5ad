package nl.samenspel.wmo.internal.eigenbijdrage;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The eigen bijdrage of one gemeente in one month, at the rate: an upper bound
 * ({@link Opbrengststatus#BOVENGRENS}), or no amount at all when the month has no rate.
 *
 * @param gemeente CBS code
 * @param maand    the month collected for
 * @param clienten clients liable in the month (known with or without a rate)
 * @param tarief   the month's rate; empty when none is configured
 * @param bedrag   eurocents; empty exactly when {@code tarief} is (never zero for "unknown")
 * @param status   {@link Opbrengststatus#BOVENGRENS} or {@link Opbrengststatus#GEEN_TARIEF}
 */
public record Maandopbrengst(String gemeente, YearMonth maand, long clienten, Optional<Tarief> tarief, OptionalLong bedrag,
                             Opbrengststatus status) {

    public Maandopbrengst {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(maand, "maand");
        Objects.requireNonNull(tarief, "tarief");
        Objects.requireNonNull(bedrag, "bedrag");
        Objects.requireNonNull(status, "status");
        if (tarief.isPresent() != bedrag.isPresent() || bedrag.isPresent() != (status == Opbrengststatus.BOVENGRENS)
                || status == Opbrengststatus.DEELS_GEEN_TARIEF) {
            throw new IllegalArgumentException("maand " + maand + ": tarief, bedrag en status " + status + " spreken elkaar tegen");
        }
    }

    /** True when {@link #bedrag()} is an upper bound; false when there is no amount. */
    public boolean bovengrens() {
        return status == Opbrengststatus.BOVENGRENS;
    }
}
