package nl.samenspel.wmo.internal.eigenbijdrage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The eigen bijdrage counted per person, not per provision: per gemeente and client, the liable
 * provisions ({@link Bijdrageplicht}) merged into continuous {@link Bijdrageperiode}s. Two provisions
 * belong to one stretch when they overlap or when the next starts on the day after the previous
 * ends (adjacent: no new start, so no month is lost to a second "month after the start"). A day
 * without any liable provision in between is a gap: what starts after it is a new start, collected
 * again from the month after.
 *
 * <p>The key is gemeente and client together: each gemeente reports its own allocations to the CAK,
 * so a client who moves is stopped by one gemeente and started by the other. For the months in which
 * both report him, the CAK collects once and the revenue here counts him twice: one more reason the
 * revenue is an upper bound.
 *
 * <p>The result does not depend on the order of the input.
 */
public final class Bijdrageperioden {

    /** gemeente (in order) → client (in no order) → stretches in order of start. */
    private final Map<String, Map<String, List<Bijdrageperiode>>> perGemeente;
    /** {@link #lijst()}, put in order when first asked for: the revenue does not need the order. */
    private volatile List<Bijdrageperiode> lijst;

    private Bijdrageperioden(Map<String, Map<String, List<Bijdrageperiode>>> perGemeente) {
        this.perGemeente = perGemeente;
    }

    /**
     * The stretches of every client in {@code voorzieningen}; provisions without a bijdrage are left out first.
     * Grouped by hash: a region's year has some 100,000 provisions, and a sorted map per insert, or a sort of
     * every client, costs more than the rest; what lists stretches in client order sorts the clients then.
     */
    public static Bijdrageperioden van(Collection<Voorzieningsperiode> voorzieningen) {
        Map<String, Map<String, List<Voorzieningsperiode>>> gegroepeerd = new HashMap<>();
        for (Voorzieningsperiode v : voorzieningen) {
            if (Bijdrageplicht.geldtVoor(v)) {
                gegroepeerd.computeIfAbsent(v.gemeente(), g -> new HashMap<>()).computeIfAbsent(v.client(), c -> new ArrayList<>(2)).add(v);
            }
        }
        Map<String, Map<String, List<Bijdrageperiode>>> perGemeente = new TreeMap<>();
        gegroepeerd.forEach((gemeente, clienten) -> {
            Map<String, List<Bijdrageperiode>> perClient = new HashMap<>(clienten.size() * 4 / 3 + 1);
            clienten.forEach((client, eigen) -> perClient.put(client, voegSamen(gemeente, client, eigen)));
            perGemeente.put(gemeente, perClient);
        });
        return new Bijdrageperioden(perGemeente);
    }

    /** One client's liable provisions, in any order, as stretches in order of start. */
    private static List<Bijdrageperiode> voegSamen(String gemeente, String client, List<Voorzieningsperiode> voorzieningen) {
        if (voorzieningen.size() == 1) {
            Voorzieningsperiode v = voorzieningen.get(0);
            return List.of(new Bijdrageperiode(gemeente, client, v.ingang(), v.einde()));
        }
        int n = voorzieningen.size();
        long[] ingang = new long[n];
        long[] einde = new long[n];
        for (int i = 0; i < n; i++) {
            ingang[i] = voorzieningen.get(i).ingang().toEpochDay();
            einde[i] = dag(voorzieningen.get(i).einde());
        }
        List<Bijdrageperiode> uit = new ArrayList<>();
        voegSamen(ingang, einde, n, (start, eind) -> uit.add(new Bijdrageperiode(gemeente, client, LocalDate.ofEpochDay(start), datum(eind))));
        return List.copyOf(uit);
    }

    /** A provision's or stretch's end as a day number ({@link LocalDate#toEpochDay}); {@link #OPEN} while it has none. */
    static final long OPEN = Long.MAX_VALUE;

    static long dag(LocalDate einde) {
        return einde == null ? OPEN : einde.toEpochDay();
    }

    static LocalDate datum(long dag) {
        return dag == OPEN ? null : LocalDate.ofEpochDay(dag);
    }

    /** A stretch found by {@link #voegSamen(long[], long[], int, Stuk)}: first and last day as day numbers, the last {@link #OPEN} while open. */
    interface Stuk {
        void stretch(long start, long einde);
    }

    /**
     * The stretches of one client's {@code n} liable provisions, given as day numbers (first day, last
     * day or {@link #OPEN}; the arrays are put in order of first day here), in order of start. Two
     * provisions belong to one stretch when the next starts on or before the day after the stretch so
     * far ends (overlapping or adjacent); the stretch ends with whichever ends last, open when one is.
     */
    static void voegSamen(long[] ingang, long[] einde, int n, Stuk per) {
        // by first day; a client has a few provisions, so insertion (stable) is enough
        for (int i = 1; i < n; i++) {
            long a = ingang[i];
            long b = einde[i];
            int j = i - 1;
            while (j >= 0 && ingang[j] > a) {
                ingang[j + 1] = ingang[j];
                einde[j + 1] = einde[j];
                j--;
            }
            ingang[j + 1] = a;
            einde[j + 1] = b;
        }
        long start = ingang[0];
        long eind = einde[0];
        for (int i = 1; i < n; i++) {
            if (eind == OPEN || ingang[i] <= eind + 1) {
                // OPEN is the largest day: the later end, open when either is
                eind = Math.max(eind, einde[i]);
            } else {
                per.stretch(start, eind);
                start = ingang[i];
                eind = einde[i];
            }
        }
        per.stretch(start, eind);
    }

    /** Every stretch, ordered by gemeente, client and start. */
    public List<Bijdrageperiode> lijst() {
        List<Bijdrageperiode> l = lijst;
        if (l == null) {
            List<Bijdrageperiode> uit = new ArrayList<>();
            perGemeente.keySet().forEach(g -> uit.addAll(van(g)));
            l = List.copyOf(uit);
            lijst = l;
        }
        return l;
    }

    /** The gemeenten with at least one liable client, in code order. */
    public SortedSet<String> gemeenten() {
        return new TreeSet<>(perGemeente.keySet());
    }

    /** The stretches of one gemeente, ordered by client and start. */
    public List<Bijdrageperiode> van(String gemeente) {
        Map<String, List<Bijdrageperiode>> clienten = perGemeente.getOrDefault(gemeente, Map.of());
        String[] opVolgorde = clienten.keySet().toArray(new String[0]);
        Arrays.sort(opVolgorde);
        List<Bijdrageperiode> uit = new ArrayList<>();
        for (String client : opVolgorde) {
            uit.addAll(clienten.get(client));
        }
        return uit;
    }

    /** The stretches of one gemeente per client, in no order of client (each client's in order of start). */
    Collection<List<Bijdrageperiode>> perClient(String gemeente) {
        return perGemeente.getOrDefault(gemeente, Map.of()).values();
    }

    /**
     * Whether the CAK collects a bijdrage from this client for {@code maand} on account of this
     * gemeente's provisions. Liability only: whether a rate applies, and how much the household really
     * pays, is not decided here.
     */
    public boolean plichtig(String gemeente, String client, YearMonth maand) {
        return perGemeente.getOrDefault(gemeente, Map.of()).getOrDefault(client, List.of()).stream().anyMatch(p -> p.geindIn(maand));
    }

    /** The clients (pseudonyms, in order) for whom the CAK collects in {@code maand} on account of this gemeente. */
    public SortedSet<String> plichtigen(String gemeente, YearMonth maand) {
        SortedSet<String> uit = new TreeSet<>();
        perGemeente.getOrDefault(gemeente, Map.of()).forEach((client, perioden) -> {
            if (perioden.stream().anyMatch(p -> p.geindIn(maand))) {
                uit.add(client);
            }
        });
        return uit;
    }
}
