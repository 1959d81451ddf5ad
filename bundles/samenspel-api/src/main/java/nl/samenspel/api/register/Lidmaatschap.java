package nl.samenspel.api.register;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

    /**
     * How many days of [van, tot] (both inclusive) these memberships cover. The register refuses
     * overlapping memberships of one gemeente in one region, so each day counts once; a gemeente
     * that leaves and rejoins has two.
     */
    public static long dagenLid(List<Lidmaatschap> lidmaatschappen, LocalDate van, LocalDate tot) {
        long dagen = 0;
        for (Lidmaatschap l : lidmaatschappen) {
            LocalDate a = van.isAfter(l.van) ? van : l.van;
            LocalDate b = l.tot == null || tot.isBefore(l.tot) ? tot : l.tot;
            if (!b.isBefore(a)) {
                dagen += ChronoUnit.DAYS.between(a, b) + 1;
            }
        }
        return dagen;
    }

    /**
     * Since when a gemeente with these memberships is no member on {@code dag}: the day after the
     * latest membership that ended before it, or {@code anders} when none did (never a member yet);
     * null when {@code dag} is a member day. Dates a signal about a record that outlives its
     * gemeente's membership.
     */
    public static LocalDate geenLidSinds(List<Lidmaatschap> lidmaatschappen, LocalDate dag, LocalDate anders) {
        if (lidmaatschappen.stream().anyMatch(l -> l.isGeldigOp(dag))) {
            return null;
        }
        return lidmaatschappen.stream().map(Lidmaatschap::tot).filter(t -> t != null && t.isBefore(dag)).max(LocalDate::compareTo)
                .map(t -> t.plusDays(1)).orElse(anders);
    }

    /** True when the membership covers at least one day of the calendar year. */
    public boolean isGeldigInJaar(int jaar) {
        return overlaptMet(new Lidmaatschap(regio, gemeente, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31)));
    }
}
