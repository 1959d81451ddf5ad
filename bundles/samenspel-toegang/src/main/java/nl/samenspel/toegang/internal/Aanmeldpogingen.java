package nl.samenspel.toegang.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed logins counted per user name and per origin (BIO2 5.17.01). After {@code maxFouten}
 * failures of one user name, or {@code maxFoutenPerHerkomst} from one origin, within the window,
 * further attempts of that name or from that origin are refused without checking the password
 * until the lock has passed. Names that do not exist are counted like names that do, so a lock
 * says nothing about whether a user exists. Memory is bounded: at most {@code MAXIMUM_SLEUTELS}
 * names and origins are tracked, the least recently failed forgotten first.
 */
public final class Aanmeldpogingen {

    static final int MAXIMUM_SLEUTELS = 10_000;

    private final int maxFouten;
    private final int maxFoutenPerHerkomst;
    private final Duration venster;
    private final Duration blokkade;
    private final Map<String, Teller> tellers = new LinkedHashMap<>(256, 0.75f, true);

    public Aanmeldpogingen(int maxFouten, int maxFoutenPerHerkomst, Duration venster, Duration blokkade) {
        if (maxFouten < 1 || maxFoutenPerHerkomst < 1 || venster.isNegative() || venster.isZero() || blokkade.isNegative()) {
            throw new IllegalArgumentException("aanmeldpogingen: maxFouten " + maxFouten + " en maxFoutenPerHerkomst "
                    + maxFoutenPerHerkomst + " moeten minstens 1 zijn, venster " + venster + " positief, blokkade " + blokkade + " niet negatief");
        }
        this.maxFouten = maxFouten;
        this.maxFoutenPerHerkomst = maxFoutenPerHerkomst;
        this.venster = venster;
        this.blokkade = blokkade;
    }

    /** How long the user name or the origin is still locked; empty when neither is. */
    public synchronized Optional<Duration> geblokkeerd(String gebruiker, String herkomst, Instant nu) {
        Duration rest = Duration.ZERO;
        for (String sleutel : new String[] {gebruikerSleutel(gebruiker), herkomstSleutel(herkomst)}) {
            Teller t = sleutel == null ? null : tellers.get(sleutel);
            if (t != null && t.geblokkeerdTot != null && nu.isBefore(t.geblokkeerdTot)) {
                Duration d = Duration.between(nu, t.geblokkeerdTot);
                rest = d.compareTo(rest) > 0 ? d : rest;
            }
        }
        return rest.isZero() ? Optional.empty() : Optional.of(rest);
    }

    /**
     * Counts a failed login. Returns true when this failure locks the name or the origin (the
     * moment to write an audit record), false otherwise.
     */
    public synchronized boolean mislukt(String gebruiker, String herkomst, Instant nu) {
        boolean nieuw = tel(gebruikerSleutel(gebruiker), maxFouten, nu);
        nieuw |= tel(herkomstSleutel(herkomst), maxFoutenPerHerkomst, nu);
        return nieuw;
    }

    /** A successful login clears the user name's failures; the origin's stay counted. */
    public synchronized void gelukt(String gebruiker) {
        String sleutel = gebruikerSleutel(gebruiker);
        if (sleutel != null) {
            tellers.remove(sleutel);
        }
    }

    private boolean tel(String sleutel, int maximum, Instant nu) {
        if (sleutel == null) {
            return false;
        }
        Teller t = tellers.computeIfAbsent(sleutel, k -> new Teller());
        if (t.geblokkeerdTot != null && nu.isBefore(t.geblokkeerdTot)) {
            return false;
        }
        t.geblokkeerdTot = null;
        Instant grens = nu.minus(venster);
        while (!t.fouten.isEmpty() && !t.fouten.peekFirst().isAfter(grens)) {
            t.fouten.removeFirst();
        }
        t.fouten.addLast(nu);
        if (t.fouten.size() >= maximum) {
            t.fouten.clear();
            t.geblokkeerdTot = nu.plus(blokkade);
            vergeetOudste();
            return !blokkade.isZero();
        }
        vergeetOudste();
        return false;
    }

    private void vergeetOudste() {
        Iterator<String> oudste = tellers.keySet().iterator();
        while (tellers.size() > MAXIMUM_SLEUTELS && oudste.hasNext()) {
            oudste.next();
            oudste.remove();
        }
    }

    int aantalBijgehouden() {
        return tellers.size();
    }

    private static String gebruikerSleutel(String gebruiker) {
        return gebruiker == null || gebruiker.isEmpty() ? null : "g:" + gebruiker.toLowerCase(java.util.Locale.ROOT);
    }

    private static String herkomstSleutel(String herkomst) {
        return herkomst == null || herkomst.isEmpty() ? null : "h:" + herkomst;
    }

    private static final class Teller {
        final Deque<Instant> fouten = new ArrayDeque<>();
        Instant geblokkeerdTot;
    }
}
