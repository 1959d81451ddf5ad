package nl.samenspel.wmo.internal.eigenbijdrage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A continuous stretch in which a client has at least one liable provision at one gemeente: from
 * the first one's ingangsdatum to the day the last one ends. The CAK collects from the month after
 * {@code start} through the month of {@code einde}; a stretch that starts and ends in one calendar
 * month is therefore collected in no month at all.
 *
 * @param gemeente CBS code of the gemeente
 * @param client   the client's pseudonym
 * @param start    ingangsdatum of the first liable provision of the stretch
 * @param einde    last day of the last liable provision, inclusive; null while one is open
 */
public record Bijdrageperiode(String gemeente, String client, LocalDate start, LocalDate einde) {

    public Bijdrageperiode {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(start, "start");
        if (einde != null && einde.isBefore(start)) {
            throw new IllegalArgumentException("einde " + einde + " ligt voor start " + start);
        }
    }

    /** The first month the CAK collects: the month after the start. */
    public YearMonth eersteInningsmaand() {
        return YearMonth.from(start).plusMonths(1);
    }

    /** The last month the CAK collects: the month in which the stretch ends; empty while it is open. */
    public Optional<YearMonth> laatsteInningsmaand() {
        return einde == null ? Optional.empty() : Optional.of(YearMonth.from(einde));
    }

    /** Whether the CAK collects in any month at all (not when start and end fall in one month). */
    public boolean heeftInning() {
        return einde == null || !YearMonth.from(einde).isBefore(eersteInningsmaand());
    }

    /** Whether the CAK collects a bijdrage for this stretch in {@code maand}. */
    public boolean geindIn(YearMonth maand) {
        return !maand.isBefore(eersteInningsmaand()) && (einde == null || !maand.isAfter(YearMonth.from(einde)));
    }
}
