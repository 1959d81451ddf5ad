package nl.samenspel.api.gezondheid;

import java.util.Map;
import java.util.Objects;

/**
 * One figure for monitoring: a name in dotted lower case (the exposition writes it as
 * {@code samenspel_uitwisseling_batches_total} and so on), what it means, whether it is a gauge
 * or a counter, its labels, and its value. Names and labels must be the same from one scrape to
 * the next: a meter is known by its name and labels.
 *
 * @param naam   for example {@code samenspel.uitwisseling.wachtrij}; a counter's name gets {@code _total} in the exposition
 * @param uitleg one sentence for the exposition's HELP line
 * @param eenheid the base unit ({@code seconds}, {@code bytes}, {@code batches}), or empty
 */
public record Meting(String naam, String uitleg, Soort soort, String eenheid, Map<String, String> labels, double waarde) {

    /** Gauge: a value that goes up and down (a queue's size, an age). Counter: a total that only grows (batches sent). */
    public enum Soort { METER, TELLER }

    public Meting {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(soort, "soort");
        uitleg = uitleg == null ? "" : uitleg;
        eenheid = eenheid == null ? "" : eenheid;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public static Meting meter(String naam, String uitleg, String eenheid, Map<String, String> labels, double waarde) {
        return new Meting(naam, uitleg, Soort.METER, eenheid, labels, waarde);
    }

    public static Meting teller(String naam, String uitleg, String eenheid, Map<String, String> labels, double waarde) {
        return new Meting(naam, uitleg, Soort.TELLER, eenheid, labels, waarde);
    }
}
