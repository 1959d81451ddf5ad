package nl.samenspel.metrieken.internal;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.DiskSpaceMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.distribution.pause.NoPauseDetector;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.Collection;

/**
 * One Prometheus registry of an installation: the JVM's memory, GC, threads, CPU and uptime (the
 * library's standard binders), the free and total space of the disk that holds the data directory,
 * and the figures of the sources ({@link Bronmeters}), read at each scrape. Scrapes are serialised:
 * the sources' holders are set and written in one go, so one answer never mixes two readings.
 */
final class Verzamelaar implements AutoCloseable {

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc;
    private final Bronmeters bronmeters;

    /** @param datamap the data directory ({@code karaf.data}), or null when there is none to watch */
    Verzamelaar(Path datamap) {
        registry = register();
        new JvmMemoryMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        if (datamap != null) {
            new DiskSpaceMetrics(datamap.toAbsolutePath().normalize().toFile()).bindTo(registry);
        }
        bronmeters = new Bronmeters(registry);
    }

    /** The registry as this bundle configures it; the tests of {@link Bronmeters} use the same. */
    static PrometheusMeterRegistry register() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // no LatencyUtils pause detector: it starts a thread kept in a static cache that a bundle stop would leave behind,
        // and the only timer here (GC pauses) is fed by the JVM's own notifications
        registry.config().pauseDetector(new NoPauseDetector());
        // a source's figure that clashes with a registered name must be refused, not silently left out (Bronmeters)
        registry.throwExceptionOnRegistrationFailure();
        return registry;
    }

    /** Reads the sources and writes every meter in the Prometheus text format 0.0.4. */
    synchronized String scrape(Collection<Bron> bronnen) {
        bronmeters.lees(bronnen);
        return registry.scrape();
    }

    /** A source that went away; its meters go now, not at the next scrape. */
    synchronized void vergeet(String bronId) {
        bronmeters.vergeet(bronId);
    }

    @Override
    public synchronized void close() {
        gc.close(); // removes its listeners from the JVM's GC beans, which outlive this bundle
        registry.close();
    }
}
