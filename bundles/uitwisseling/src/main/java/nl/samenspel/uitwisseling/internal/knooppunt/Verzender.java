package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox to the hub, one batch at a time and in the order it was queued (a start of
 * care must not arrive before its allocation). A batch is marked sent only on the hub's receipt;
 * a refusal marks it failed and the next one goes; anything else (no connection, a 5xx) keeps
 * it open and waits, with exponential backoff, before the same batch goes again.
 */
public class Verzender {

    private static final Logger LOG = LoggerFactory.getLogger(Verzender.class);

    private final Uitgaandeopslag opslag;
    private final Hubverbinding hub;
    private final Wachttijd wachttijd;
    private final Clock klok;
    private volatile Instant volgendePoging = Instant.MIN;

    public Verzender(Uitgaandeopslag opslag, Hubverbinding hub, Wachttijd wachttijd, Clock klok) {
        this.opslag = opslag;
        this.hub = hub;
        this.wachttijd = wachttijd;
        this.klok = klok;
    }

    /** When the next attempt may go; {@link Instant#MIN} when not waiting. */
    public Instant volgendePoging() {
        return volgendePoging;
    }

    /**
     * Sends batches while there are any and the hub takes them, for at most {@code hooguit};
     * returns the number of batches the hub answered (receipt or refusal).
     */
    public synchronized int beurt(Duration hooguit) throws SQLException, InterruptedException {
        Instant einde = klok.instant().plus(hooguit);
        int beantwoord = 0;
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
        return beantwoord;
    }

    private boolean verstuur(Uitgaandeopslag.Batch batch) throws SQLException, InterruptedException {
        Hubverbinding.Antwoord antwoord;
        try {
            antwoord = hub.verstuur(batch.module(), batch.soort(), batch.sleutel(), batch.inhoud());
        } catch (IOException e) {
            mislukt(batch, "geen verbinding met de hub: " + e);
            return false;
        }
        if (antwoord.gelukt()) {
            opslag.bevestig(batch.id(), antwoord.body());
            wachttijd.naSucces();
            volgendePoging = Instant.MIN;
            LOG.info("Batch {} ({} {}, {} records) door de hub ontvangen", batch.sleutel(), batch.module(), batch.soort(), batch.records());
            return true;
        }
        if (antwoord.geweigerd()) {
            opslag.weigering(batch.id(), "HTTP " + antwoord.status() + ": " + antwoord.body());
            wachttijd.naSucces();
            volgendePoging = Instant.MIN;
            LOG.warn("Batch {} ({} {}, {} records) door de hub geweigerd (HTTP {}); zie GET /api/v1/uitwisseling/batches?status=mislukt",
                    batch.sleutel(), batch.module(), batch.soort(), batch.records(), antwoord.status());
            return true;
        }
        mislukt(batch, "HTTP " + antwoord.status() + ": " + antwoord.body());
        return false;
    }

    private void mislukt(Uitgaandeopslag.Batch batch, String fout) throws SQLException {
        opslag.poging(batch.id(), fout);
        Duration wacht = wachttijd.naFout();
        volgendePoging = klok.instant().plus(wacht);
        LOG.warn("Batch {} niet afgeleverd (poging {}): {}; volgende poging over {} s", batch.sleutel(), wachttijd.mislukt(),
                fout.length() > 300 ? fout.substring(0, 300) + "..." : fout, wacht.toMillis() / 1000.0);
    }
}
