package nl.samenspel.demodata;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded draws the generators share; everything goes through one Random so a seed fixes the dataset. */
final class Toeval {

    private final Random random;

    Toeval(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** Uniform integer in [van, tot], both inclusive. */
    int tussen(int van, int tot) {
        return van + random.nextInt(tot - van + 1);
    }

    long tussen(long van, long tot) {
        return van + (long) (random.nextDouble() * (tot - van + 1));
    }

    boolean kans(double p) {
        return random.nextDouble() < p;
    }

    double fractie() {
        return random.nextDouble();
    }

    /** Uniform date in [van, tot], both inclusive. */
    LocalDate datum(LocalDate van, LocalDate tot) {
        long dagen = ChronoUnit.DAYS.between(van, tot);
        return van.plusDays(tussen(0L, dagen));
    }

    <T> T kies(List<T> uit) {
        return uit.get(random.nextInt(uit.size()));
    }

    /** Index drawn with probability proportional to its weight. */
    int gewogen(long[] gewichten) {
        long totaal = 0;
        for (long g : gewichten) {
            totaal += g;
        }
        long trek = tussen(0L, totaal - 1);
        for (int i = 0; i < gewichten.length; i++) {
            trek -= gewichten[i];
            if (trek < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    <T> void schud(List<T> lijst) {
        Collections.shuffle(lijst, random);
    }

    /**
     * Splits {@code aantal} over the weights by largest remainder, so the counts add up
     * exactly and follow the weights as closely as integers allow.
     */
    static int[] verdeel(int aantal, long[] gewichten) {
        long totaal = 0;
        for (long g : gewichten) {
            totaal += g;
        }
        int[] delen = new int[gewichten.length];
        long[] rest = new long[gewichten.length];
        int verdeeld = 0;
        for (int i = 0; i < gewichten.length; i++) {
            long teller = aantal * gewichten[i];
            delen[i] = (int) (teller / totaal);
            rest[i] = teller % totaal;
            verdeeld += delen[i];
        }
        List<Integer> volgorde = new ArrayList<>();
        for (int i = 0; i < gewichten.length; i++) {
            volgorde.add(i);
        }
        volgorde.sort((a, b) -> Long.compare(rest[b], rest[a]));
        for (int i = 0; verdeeld < aantal; i++, verdeeld++) {
            delen[volgorde.get(i % volgorde.size())]++;
        }
        return delen;
    }
}
