package nl.samenspel.metrieken.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.samenspel.api.gezondheid.Meting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figures of the sources as meters of one registry. A registry wants each meter registered
 * once while a source gives new values at every scrape, so each (name, labels) gets a holder the
 * first time it is reported, with a gauge or function counter bound to it, and later readings only
 * set the holder's value.
 *
 * <p>What the exposition shows is what the sources said at this scrape, nothing older: a meter its
 * source no longer reports, a source that went away, and a source that throws lose their meters (an
 * unknown figure is absent, not its last value). A throw, or a figure that cannot be shown (a name
 * outside {@code samenspel.}, the name of another kind of meter, other label keys than that name
 * has, a (name, labels) another source reports), counts once per scrape in
 * {@value #BRONFOUTEN}{bron}, which exists at 0 from the first reading of a source, and is logged
 * once per source. Logs name the source, the figure's name and the error's class: figures carry no
 * personal data, an exception's message might.
 *
 * <p>Not thread-safe: the {@link Verzamelaar} calls it under its lock.
 */
final class Bronmeters {

    static final String BRONFOUTEN = "samenspel.metrieken.bronfouten";
    /** Every figure of a source is named {@code samenspel.<component>.<figure>}. */
    static final String VOORVOEGSEL = "samenspel.";

    private static final Logger LOG = LoggerFactory.getLogger(Bronmeters.class);

    /** A meter is known by its name and labels (Meting's contract); the labels are an immutable copy. */
    private record Sleutel(String naam, Map<String, String> labels) {
    }

    /** The value a meter reads; set at each scrape, read by the registry while it writes. */
    private static final class Houder {
        private final String bron;
        private final Meting.Soort soort;
        private Meter meter;
        private volatile double waarde;

        Houder(String bron, Meting.Soort soort) {
            this.bron = bron;
            this.soort = soort;
        }

        double waarde() {
            return waarde;
        }
    }

    private final MeterRegistry registry;
    private final Consumer<String> waarschuwing;
    private final Map<Sleutel, Houder> houders = new HashMap<>();
    /** Per source: the keys of its meters now registered. */
    private final Map<String, Set<Sleutel>> perBron = new HashMap<>();
    private final Map<String, Counter> fouten = new HashMap<>();
    private final Set<String> gemeld = new HashSet<>();

    Bronmeters(MeterRegistry registry) {
        this(registry, LOG::warn);
    }

    /** With where warnings go, for the tests. */
    Bronmeters(MeterRegistry registry, Consumer<String> waarschuwing) {
        this.registry = registry;
        this.waarschuwing = waarschuwing;
    }

    /** Reads every source once; the meters of sources not among them (any more) are removed. */
    void lees(Collection<Bron> bronnen) {
        Set<String> aanwezig = new HashSet<>();
        for (Bron bron : bronnen) {
            if (aanwezig.add(bron.id())) {
                lees(bron);
            }
        }
        for (String id : new ArrayList<>(perBron.keySet())) {
            if (!aanwezig.contains(id)) {
                vergeet(id);
            }
        }
    }

    /** A source that went away: its meters and its error counter go too. */
    void vergeet(String bronId) {
        verwijderMeters(bronId, Set.of());
        perBron.remove(bronId);
        Counter teller = fouten.remove(bronId);
        if (teller != null) {
            registry.remove(teller);
        }
        gemeld.remove(bronId);
    }

    private void lees(Bron bron) {
        Counter teller = fouten.computeIfAbsent(bron.id(), id -> Counter.builder(BRONFOUTEN)
                .description("Lezingen van een meetbron die mislukten of een meting bevatten die niet te tonen was")
                .tag("bron", bron.naam()).register(registry));
        perBron.computeIfAbsent(bron.id(), id -> new HashSet<>());
        List<Meting> metingen;
        try {
            metingen = List.copyOf(bron.meetbron().metingen());
        } catch (RuntimeException | LinkageError e) {
            // LinkageError too: a source whose bundle is being refreshed fails with NoClassDefFoundError, and the scrape must go on
            teller.increment();
            verwijderMeters(bron.id(), Set.of());
            meldEenmaal(bron, "Meetbron " + bron.naam() + " gaf een fout (" + e.getClass().getName()
                    + "); haar meters ontbreken zolang, geteld in " + BRONFOUTEN);
            return;
        }
        Set<Sleutel> gemeten = new HashSet<>();
        boolean geweigerd = false;
        for (Meting meting : metingen) {
            Sleutel sleutel = new Sleutel(meting.naam(), meting.labels());
            Houder houder = houders.get(sleutel);
            if (houder == null) {
                houder = registreer(bron, meting, sleutel);
            }
            if (houder == null || !houder.bron.equals(bron.id()) || houder.soort != meting.soort() || !gemeten.add(sleutel)) {
                geweigerd = true;
                meldEenmaal(bron, "Meetbron " + bron.naam() + " meldt " + meting.naam() + " " + meting.labels().keySet()
                        + " zo dat het niet te tonen is (geen naam samenspel.*, een andere soort of andere labels dan eerder onder die"
                        + " naam, of al gemeld); die meting ontbreekt, geteld in " + BRONFOUTEN);
                continue;
            }
            houder.waarde = meting.waarde();
        }
        if (geweigerd) {
            teller.increment();
        }
        verwijderMeters(bron.id(), gemeten);
    }

    /** Registers the meter of a (name, labels) seen for the first time; null when the registry refuses it. */
    private Houder registreer(Bron bron, Meting meting, Sleutel sleutel) {
        if (!meting.naam().startsWith(VOORVOEGSEL)) {
            return null; // the library's own names (jvm., disk., process.) are not a source's to report
        }
        Houder houder = new Houder(bron.id(), meting.soort());
        List<Tag> tags = meting.labels().entrySet().stream().map(e -> Tag.of(e.getKey(), e.getValue())).toList();
        String eenheid = meting.eenheid().isBlank() ? null : meting.eenheid();
        try {
            houder.meter = switch (meting.soort()) {
                case METER -> Gauge.builder(meting.naam(), houder, Houder::waarde).description(meting.uitleg()).baseUnit(eenheid).tags(tags)
                        .strongReference(true).register(registry);
                case TELLER -> FunctionCounter.builder(meting.naam(), houder, Houder::waarde).description(meting.uitleg()).baseUnit(eenheid)
                        .tags(tags).register(registry);
            };
        } catch (RuntimeException e) {
            // Prometheus wants one kind and one set of label keys per name; the registry says so by throwing (Verzamelaar)
            return null;
        }
        houders.put(sleutel, houder);
        perBron.get(bron.id()).add(sleutel);
        return houder;
    }

    /** Removes the meters of a source except those it reported now. */
    private void verwijderMeters(String bronId, Set<Sleutel> behouden) {
        Set<Sleutel> sleutels = perBron.getOrDefault(bronId, Set.of());
        for (Sleutel sleutel : new ArrayList<>(sleutels)) {
            if (!behouden.contains(sleutel)) {
                Houder houder = houders.remove(sleutel);
                registry.remove(houder.meter);
                sleutels.remove(sleutel);
            }
        }
    }

    private void meldEenmaal(Bron bron, String bericht) {
        if (gemeld.add(bron.id())) {
            waarschuwing.accept(bericht);
        }
    }
}
