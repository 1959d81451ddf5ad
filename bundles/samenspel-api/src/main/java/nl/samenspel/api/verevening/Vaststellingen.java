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

        /** How a refusal names the run: "verevening 12 (jeugdhulp-ijsselland 2017, definitief sinds 2018-03-01T10:00:00Z)". */
        public String omschrijving() {
            return "verevening " + run + " (" + regio + " " + jaar + ", definitief sinds " + vastgesteld + ")";
        }
    }

    /**
     * The final runs among {@code definitief} of the years a change from {@code van} through {@code tot}
     * (null: open-ended) would touch, oldest first.
     */
    static List<Vastgesteld> geraakt(List<Vastgesteld> definitief, int van, Integer tot) {
        return definitief.stream().filter(v -> v.jaar() >= van && (tot == null || v.jaar() <= tot))
                .sorted(java.util.Comparator.comparingInt(Vastgesteld::jaar)).toList();
    }

    /** The runs named for a refusal, with the advice to let the change start after the last of them. */
    static String weigering(List<Vastgesteld> geraakt) {
        return geraakt.stream().map(Vastgesteld::omschrijving).reduce((a, b) -> a + ", " + b).orElseThrow()
                + "; een definitieve run blijft zoals de leden hem hebben afgerekend: laat de wijziging ingaan na "
                + geraakt.get(geraakt.size() - 1).jaar();
    }

    /** The region's final runs, oldest year first; empty when there is none. */
    List<Vastgesteld> van(String regio);
}
