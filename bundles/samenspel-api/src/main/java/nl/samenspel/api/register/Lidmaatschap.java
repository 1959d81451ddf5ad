package nl.samenspel.api.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A municipality's membership of a region for a period. Both ends are inclusive
 * days; an absent {@code tot} means the membership has no end date yet.
 */
public record Lidmaatschap(String regio, String gemeente, LocalDate van, LocalDate tot) {

    public Lidmaatschap {
        Objects.requireNonNull(regio, "regio");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(van, "van");
        if (tot != null && tot.isBefore(van)) {
            throw new IllegalArgumentException("tot " + tot + " ligt voor van " + van);
        }
    }

    public Optional<LocalDate> totOptioneel() {
        return Optional.ofNullable(tot);
    }

    public boolean isGeldigOp(LocalDate peildatum) {
        return !peildatum.isBefore(van) && (tot == null || !peildatum.isAfter(tot));
    }

    /** True when the two periods share at least one day. */
    public boolean overlaptMet(Lidmaatschap ander) {
        boolean ditEindigtVoorAnder = tot != null && tot.isBefore(ander.van);
        boolean anderEindigtVoorDit = ander.tot != null && ander.tot.isBefore(van);
        return !ditEindigtVoorAnder && !anderEindigtVoorDit;
    }

    /** True when the membership covers at least one day of the calendar year. */
    public boolean isGeldigInJaar(int jaar) {
        return overlaptMet(new Lidmaatschap(regio, gemeente, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31)));
    }
}
