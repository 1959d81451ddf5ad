package nl.samenspel.wmo.internal.eigenbijdrage;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The abonnementstarieven over time, as configured in {@code regional-config/wmo/eigen-bijdrage.csv}
 * ({@link Tariefbestand}). A month outside every period has <em>no</em> rate, and {@link #in} says so
 * with an empty answer rather than zero: before 2019 the bijdrage depended on income, so no amount can
 * be derived for 2015-2018, which is not the same as an amount of nothing.
 */
public final class Tarieven {

    /** Where the rates live, relative to the regional-config directory. */
    public static final String PAD = "wmo/eigen-bijdrage.csv";

    private final List<Tarief> lijst;

    /**
     * @param lijst rates in order of {@code van}, not overlapping, only the last one open; a gap
     *              between two periods is allowed and means "no rate" for its months
     */
    public Tarieven(List<Tarief> lijst) {
        this.lijst = List.copyOf(lijst);
        for (int i = 1; i < this.lijst.size(); i++) {
            Tarief vorige = this.lijst.get(i - 1);
            Tarief deze = this.lijst.get(i);
            if (vorige.tot() == null || !deze.van().isAfter(vorige.tot())) {
                throw new IllegalArgumentException("tarief vanaf " + deze.van() + " overlapt met of ligt voor het tarief vanaf " + vorige.van());
            }
        }
    }

    /** Reads and checks the file; refused whole with every error named ({@link OngeldigeTarieven}). */
    public static Tarieven lees(Path bestand) {
        return Tariefbestand.lees(bestand);
    }

    /** The rates in order of {@code van}. */
    public List<Tarief> lijst() {
        return lijst;
    }

    /** The rate of {@code maand}, or empty when none is configured for it (never a rate of zero). */
    public Optional<Tarief> in(YearMonth maand) {
        for (Tarief tarief : lijst) {
            if (tarief.geldtIn(maand)) {
                return Optional.of(tarief);
            }
        }
        return Optional.empty();
    }
}
