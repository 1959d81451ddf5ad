package nl.samenspel.toegang.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The dashboard's sessions, in memory: a restart logs everybody out, which is the safe side. A session ends
 * after an idle time, after a maximum age whatever its use, or at logout; the number is bounded, and beyond
 * it the longest unused one goes, so logins cannot fill the memory. Ids and CSRF tokens are 256 random bits.
 */
@Component(service = Sessies.class, configurationPid = ToegangConfig.PID)
public class Sessies {

    private static final SecureRandom TOEVAL = new SecureRandom();

    /** How long a session may stay unused, how long it may last at all, and how many there may be. */
    record Grenzen(Duration inactief, Duration maximaal, int maximum) {
    }

    private final Grenzen grenzen;
    private final Clock klok;
    private final Map<String, Sessie> open = new ConcurrentHashMap<>();

    @Activate
    public Sessies(ToegangConfig config) {
        this(new Grenzen(Duration.ofMinutes(Math.max(1, config.sessieInactiefMin())), Duration.ofHours(Math.max(1, config.sessieMaxUur())),
                Math.max(1, config.sessiesMax())), Clock.systemUTC());
    }

    Sessies(Grenzen grenzen, Clock klok) {
        this.grenzen = grenzen;
        this.klok = klok;
    }

    Sessie open(Aanmelding aanmelding) {
        Instant nu = klok.instant();
        open.values().removeIf(s -> verlopen(s, nu));
        while (open.size() >= grenzen.maximum()) {
            open.values().stream().min(Comparator.comparing(Sessie::laatstGebruikt)).ifPresent(s -> open.remove(s.id()));
        }
        Sessie sessie = new Sessie(willekeurig(), willekeurig(), aanmelding, nu, nu);
        open.put(sessie.id(), sessie);
        return sessie;
    }

    /** The session of this id when it is still valid, marked as used now; an expired one is removed. */
    Optional<Sessie> gebruik(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant nu = klok.instant();
        Sessie sessie = open.computeIfPresent(id, (sleutel, s) -> verlopen(s, nu) ? null : s.gebruikt(nu));
        return Optional.ofNullable(sessie);
    }

    void sluit(String id) {
        if (id != null) {
            open.remove(id);
        }
    }

    Duration inactief() {
        return grenzen.inactief();
    }

    int aantal() {
        return open.size();
    }

    private boolean verlopen(Sessie s, Instant nu) {
        return !nu.isBefore(s.laatstGebruikt().plus(grenzen.inactief())) || !nu.isBefore(s.begonnen().plus(grenzen.maximaal()));
    }

    private static String willekeurig() {
        byte[] bytes = new byte[32];
        TOEVAL.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
