package nl.samenspel.jetty.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one report per key per window: a node that keeps retrying with an expired certificate,
 * or a scanner that keeps knocking, must not fill the log (nor the audit log). Bounded in memory:
 * past the maximum number of keys, those whose window has passed go, and if that is not enough,
 * all of them, so a flood of distinct peers costs at most that many reports per window.
 */
final class Logrem {

    private final Duration venster;
    private final Clock klok;
    private final int maximum;
    private final ConcurrentHashMap<String, Instant> laatste = new ConcurrentHashMap<>();

    Logrem(Duration venster, Clock klok, int maximum) {
        this.venster = venster;
        this.klok = klok;
        this.maximum = maximum;
    }

    Duration venster() {
        return venster;
    }

    /** Whether {@code sleutel} may be reported now; if so, its window starts now. */
    boolean mag(String sleutel) {
        Instant nu = klok.instant();
        boolean[] mag = {false};
        laatste.compute(sleutel, (k, vorige) -> {
            if (vorige == null || !nu.isBefore(vorige.plus(venster))) {
                mag[0] = true;
                return nu;
            }
            return vorige;
        });
        if (mag[0] && laatste.size() > maximum) {
            laatste.values().removeIf(t -> !nu.isBefore(t.plus(venster)));
            if (laatste.size() > maximum) {
                laatste.clear();
            }
        }
        return mag[0];
    }
}
