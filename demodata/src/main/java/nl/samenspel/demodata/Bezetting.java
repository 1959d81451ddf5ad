package nl.samenspel.demodata;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Occupied places per facility per day of the period, from ingangsdatum through einddatum inclusive. */
final class Bezetting {

    private final LocalDate van;
    private final LocalDate tot;
    private final Map<String, int[]> perVoorziening = new HashMap<>();

    Bezetting(LocalDate van, LocalDate tot, List<PlaatsingConcept> plaatsingen) {
        this.van = van;
        this.tot = tot;
        for (PlaatsingConcept p : plaatsingen) {
            int[] dagen = dagen(p.voorziening.code());
            for (int d = index(p.ingang); d <= index(p.bezetTot(tot)); d++) {
                dagen[d]++;
            }
        }
    }

    /** The highest occupancy on the days van..tot (inclusive) of the facility. */
    int maximum(String voorziening, LocalDate vanaf, LocalDate totEnMet) {
        int[] dagen = dagen(voorziening);
        int max = 0;
        for (int d = index(vanaf); d <= index(totEnMet); d++) {
            max = Math.max(max, dagen[d]);
        }
        return max;
    }

    /** The first day the facility reaches its highest occupancy in the whole period. */
    LocalDate piekdag(String voorziening) {
        int[] dagen = dagen(voorziening);
        int beste = 0;
        for (int d = 1; d < dagen.length; d++) {
            if (dagen[d] > dagen[beste]) {
                beste = d;
            }
        }
        return van.plusDays(beste);
    }

    private int[] dagen(String voorziening) {
        return perVoorziening.computeIfAbsent(voorziening, v -> new int[index(tot) + 1]);
    }

    private int index(LocalDate dag) {
        return (int) ChronoUnit.DAYS.between(van, dag);
    }
}
