package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.samenspel.api.gezondheid.Opslagstand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox to the hub, one batch at a time and in the order it was queued (a start of
 * care must not arrive before its allocation). A batch is marked sent only on the hub's receipt;
 * a refusal marks it failed and the next one goes; anything else (no connection, a 5xx) keeps
 * it open and waits, with exponential backoff, before the same batch goes again. Nothing goes
 * while the store takes no writes: the receipt could not be recorded.
 *
 * <p>It also knows the exchange's state now ({@link Stand}), apart from its history in the
 * outbox: whether it is sending, waits for a slow hub, or fails, since when and why.
 */
public class Verzender {

    private static final Logger LOG = LoggerFactory.getLogger(Verzender.class);

    /** What the exchange is doing now. */
    public enum Toestand {
        /** The last attempt was answered, or there was nothing to send. */
        OK,
        /** A batch is on its way and the hub has not answered yet, for less than the slow threshold. */
        VERZENDT,
        /** A batch is on its way and the hub has not answered for longer than the slow threshold: "hub antwoordt traag". */
        TRAAG,
        /** The last attempt failed; the sender waits until {@code volgendePoging}. */
        FAALT,
        /** The store takes no writes (database, disk): nothing is sent until it does. */
        OPSLAG;

        public String naam() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The state now. {@code sinds}: for FAALT, the first failure of this run of failures; for VERZENDT and
     * TRAAG, when the batch left; for OPSLAG, since when the store refuses; null for OK.
     */
    public record Stand(Toestand toestand, Instant sinds, String reden, Instant volgendePoging) {
    }

    private final Uitgaandeopslag opslag;
    private final Hubverbinding hub;
    private final Wachttijd wachttijd;
    private final Clock klok;
    private final Duration traag;
    private final Opslagstand opslagstand;
    private volatile Instant volgendePoging = Instant.MIN;
    private volatile Instant onderweg;
    private volatile Instant faaltSinds;
    private volatile String reden;
    private final AtomicLong pogingenMislukt = new AtomicLong();
    private final AtomicLong verzendingen = new AtomicLong();
    private final AtomicLong verzendNanos = new AtomicLong();

    public Verzender(Uitgaandeopslag opslag, Hubverbinding hub, Wachttijd wachttijd, Clock klok) {
        this(opslag, hub, wachttijd, klok, Duration.ofSeconds(10), null);
    }

    /**
     * @param traag       how long the hub may take before the state says "hub antwoordt traag"
     * @param opslagstand the store's state: while it has a storing nothing is sent, and a database error is reported to it;
     *                    null where there is no store to ask (tests of the sending alone)
     */
    public Verzender(Uitgaandeopslag opslag, Hubverbinding hub, Wachttijd wachttijd, Clock klok, Duration traag,
                     Opslagstand opslagstand) {
        this.opslag = opslag;
        this.hub = hub;
        this.wachttijd = wachttijd;
        this.klok = klok;
        this.traag = traag;
        this.opslagstand = opslagstand;
    }

    /** When the next attempt may go; {@link Instant#MIN} when not waiting. */
    public Instant volgendePoging() {
        return volgendePoging;
    }

    /** The state now; read without waiting for a send in progress. */
    public Stand stand() {
        Instant nu = klok.instant();
        Optional<Opslagstand.Storing> storing = opslagstoring();
        if (storing.isPresent()) {
            return new Stand(Toestand.OPSLAG, storing.get().sinds(), "de opslag neemt geen werk aan: " + storing.get().oorzaak(), null);
        }
        Instant weg = onderweg;
        Instant volgende = volgendePoging.equals(Instant.MIN) ? null : volgendePoging;
        if (weg != null) {
            Duration wacht = Duration.between(weg, nu);
            if (wacht.compareTo(traag) >= 0) {
                return new Stand(Toestand.TRAAG, weg, "hub antwoordt traag: al " + wacht.toSeconds() + " s geen antwoord op een batch", volgende);
            }
            return new Stand(faaltSinds == null ? Toestand.VERZENDT : Toestand.FAALT, faaltSinds == null ? weg : faaltSinds,
                    faaltSinds == null ? null : reden, volgende);
        }
        if (faaltSinds != null) {
            return new Stand(Toestand.FAALT, faaltSinds, reden, volgende);
        }
        return new Stand(Toestand.OK, null, null, null);
    }

    /** How long the exchange has been failing now; zero when it is not. */
    public Duration storingsduur() {
        Instant sinds = faaltSinds;
        return sinds == null ? Duration.ZERO : Duration.between(sinds, klok.instant());
    }

    /** Attempts that failed since the start (no connection, 5xx, time-out), for the metrics. */
    public long pogingenMislukt() {
        return pogingenMislukt.get();
    }

    /** Attempts made since the start, and the time they took in all, for the metrics. */
    public long verzendingen() {
        return verzendingen.get();
    }

    public Duration verzendduur() {
        return Duration.ofNanos(verzendNanos.get());
    }

    /**
     * Sends batches while there are any and the hub takes them, for at most {@code hooguit};
     * returns the number of batches the hub answered (receipt or refusal).
     */
    public synchronized int beurt(Duration hooguit) throws SQLException, InterruptedException {
        if (opslagstoring().isPresent()) {
            return 0;
        }
        Instant einde = klok.instant().plus(hooguit);
        int beantwoord = 0;
        try {
            while (klok.instant().isBefore(einde) && !klok.instant().isBefore(volgendePoging)) {
                Optional<Uitgaandeopslag.Batch> volgende = opslag.volgende();
                if (volgende.isEmpty()) {
                    break;
                }
                if (!verstuur(volgende.get())) {
                    break;
                }
                beantwoord++;
            }
        } catch (SQLException e) {
            // a receipt that cannot be recorded: the batch stays open and goes again (the hub knows its key)
            if (opslagstand != null) {
                opslagstand.gemeld(e);
            }
            throw e;
        }
        return beantwoord;
    }

    private Optional<Opslagstand.Storing> opslagstoring() {
        return opslagstand == null ? Optional.empty() : opslagstand.storing();
    }

    private boolean verstuur(Uitgaandeopslag.Batch batch) throws SQLException, InterruptedException {
        Hubverbinding.Antwoord antwoord;
        long start = System.nanoTime();
        onderweg = klok.instant();
        try {
            antwoord = hub.verstuur(batch.module(), batch.soort(), batch.sleutel(), batch.inhoud());
        } catch (IOException e) {
            // a named TLS cause says it all ("TLS: ons certificaat is verlopen op ..."); anything else gets its context
            mislukt(batch, e instanceof Tlsfout ? e.getMessage() : "geen verbinding met de hub: " + e);
            return false;
        } finally {
            onderweg = null;
            verzendingen.incrementAndGet();
            verzendNanos.addAndGet(System.nanoTime() - start);
        }
        if (antwoord.gelukt()) {
            opslag.bevestig(batch.id(), antwoord.body());
            beantwoord();
            LOG.info("Batch {} ({} {}, {} records) door de hub ontvangen", batch.sleutel(), batch.module(), batch.soort(), batch.records());
            return true;
        }
        if (antwoord.geweigerd()) {
            opslag.weigering(batch.id(), "HTTP " + antwoord.status() + ": " + antwoord.body());
            beantwoord();
            LOG.warn("Batch {} ({} {}, {} records) door de hub geweigerd (HTTP {}); zie GET /api/v1/uitwisseling/batches?status=mislukt",
                    batch.sleutel(), batch.module(), batch.soort(), batch.records(), antwoord.status());
            return true;
        }
        mislukt(batch, "HTTP " + antwoord.status() + ": " + antwoord.body());
        return false;
    }

    /** The hub answered: whatever failed before is history now (it stays in the outbox's rows). */
    private void beantwoord() {
        wachttijd.naSucces();
        volgendePoging = Instant.MIN;
        if (faaltSinds != null) {
            LOG.info("De hub antwoordt weer, na {} s storing", Duration.between(faaltSinds, klok.instant()).toSeconds());
        }
        faaltSinds = null;
        reden = null;
    }

    private void mislukt(Uitgaandeopslag.Batch batch, String fout) throws SQLException {
        pogingenMislukt.incrementAndGet();
        String kort = fout.length() > 300 ? fout.substring(0, 300) + "..." : fout;
        if (faaltSinds == null) {
            faaltSinds = klok.instant();
        }
        reden = kort;
        opslag.poging(batch.id(), fout);
        Duration wacht = wachttijd.naFout();
        volgendePoging = klok.instant().plus(wacht);
        LOG.warn("Batch {} niet afgeleverd (poging {}): {}; volgende poging over {} s", batch.sleutel(), wachttijd.mislukt(), kort,
                wacht.toMillis() / 1000.0);
    }
}
