package nl.samenspel.api.verevening;

import java.time.Instant;
import java.util.List;

/**
 * Which equalization runs are final (definitief), per region and year. A module asks before it
 * accepts a change of the past: a change that would alter a figure of a year whose run is final
 * is refused, naming the run, because the members have settled on those figures.
 */
public interface Vaststellingen {

    /** A final run: one per region and year. */
    record Vastgesteld(long run, String regio, int jaar, Instant vastgesteld) {
    }

    /** The region's final runs, oldest year first; empty when there is none. */
    List<Vastgesteld> van(String regio);
}
