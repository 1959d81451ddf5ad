package nl.samenspel.jetty.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import nl.samenspel.jetty.Handdrukwaarnemer;
import nl.samenspel.jetty.Handdrukweigering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports refused handshakes: a warning in the log and a call to every {@link Handdrukwaarnemer},
 * at most once per window for one peer (its certificate's subject, or without one its address)
 * and reason. One handshake is reported once, although both the trust manager and Jetty's
 * handshake listener hear of it.
 */
final class Weigeringen {

    private static final Logger LOG = LoggerFactory.getLogger(Uitwisselingspoort.class);

    private final Logrem rem;
    private final Supplier<Collection<Handdrukwaarnemer>> waarnemers;
    /** Handshakes the trust manager reported; weak, since Jetty drops a failed connection's engine. */
    private final Set<SSLEngine> gemeld = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    Weigeringen(Logrem rem, Supplier<Collection<Handdrukwaarnemer>> waarnemers) {
        this.rem = rem;
        this.waarnemers = waarnemers;
    }

    /** A refusal by the trust manager, in the handshake of {@code engine} (null when unknown). */
    void meld(Handdrukweigering weigering, SSLEngine engine) {
        if (engine != null) {
            gemeld.add(engine);
        }
        meld(weigering);
    }

    /** Whether the trust manager already reported the handshake of {@code engine}; forgets it. */
    boolean alGemeld(SSLEngine engine) {
        return gemeld.remove(engine);
    }

    void meld(Handdrukweigering weigering) {
        String wie = weigering.onderwerp() != null ? Handdrukweigering.naam(weigering.onderwerp()) : weigering.herkomst();
        if (!rem.mag(wie + "|" + weigering.reden())) {
            return;
        }
        LOG.warn("Uitwisselingspoort: TLS-handdruk van {} geweigerd: {}{}; {} (hooguit eens per {} s gemeld voor deze afzender en reden)",
                weigering.herkomst(), weigering.reden().tekst(), weigering.toelichting().isEmpty() ? "" : " (" + weigering.toelichting() + ")",
                weigering.onderwerp() == null ? "geen certificaat"
                        : "certificaat " + Handdrukweigering.naam(weigering.onderwerp()) + ", uitgegeven door " + Handdrukweigering.naam(weigering.uitgever()),
                rem.venster().toSeconds());
        for (Handdrukwaarnemer waarnemer : waarnemers.get()) {
            try {
                waarnemer.geweigerd(weigering);
            } catch (RuntimeException e) {
                LOG.warn("Uitwisselingspoort: {} kon de geweigerde handdruk niet verwerken: {}", waarnemer.getClass().getName(), e.toString());
            }
        }
    }
}
