package nl.samenspel.wmo.internal.eigenbijdrage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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
        List<Voorzieningsperiode> opVolgorde = new ArrayList<>(voorzieningen);
        opVolgorde.sort(Comparator.comparing(Voorzieningsperiode::ingang));
        List<Bijdrageperiode> uit = new ArrayList<>();
        LocalDate start = null;
        LocalDate einde = null;
        boolean open = false;
        for (Voorzieningsperiode v : opVolgorde) {
            if (start != null && (open || !v.ingang().isAfter(einde.plusDays(1)))) {
                // overlapping or adjacent: the same stretch, ending with whichever ends last
                open = open || v.einde() == null;
                einde = open ? null : (v.einde().isAfter(einde) ? v.einde() : einde);
                continue;
            }
            if (start != null) {
                uit.add(new Bijdrageperiode(gemeente, client, start, einde));
            }
            start = v.ingang();
            einde = v.einde();
            open = einde == null;
        }
        if (start != null) {
            uit.add(new Bijdrageperiode(gemeente, client, start, einde));
        }
        return List.copyOf(uit);
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
