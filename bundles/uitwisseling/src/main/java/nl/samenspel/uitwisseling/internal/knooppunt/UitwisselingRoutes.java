package nl.samenspel.uitwisseling.internal.knooppunt;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileEndpoint;

/**
 * The node's routes: the inbox (a file is read whole by its module and moved to
 * {@code klaar/} or {@code fout/}), the sender (the outbox to the hub), the statements
 * fetcher and the master-data fetcher. Plain Camel, so they are tested outside OSGi.
 */
public class UitwisselingRoutes extends RouteBuilder {

    private final Path inbox;
    private final Path verwerkt;
    private final Inboxverwerker inboxverwerker;
    private final Verzender verzender;
    private final Afrekeningophaler ophaler;
    private final long intervalMs;
    private final long afrekeningIntervalMs;
    private Stamgegevensophaler stamgegevens;
    private long stamgegevensIntervalMs;

    public UitwisselingRoutes(Path inbox, Path verwerkt, Inboxverwerker inboxverwerker, Verzender verzender,
                              Afrekeningophaler ophaler, long intervalMs, long afrekeningIntervalMs) {
        this.inbox = inbox;
        this.verwerkt = verwerkt;
        this.inboxverwerker = inboxverwerker;
        this.verzender = verzender;
        this.ophaler = ophaler;
        this.intervalMs = intervalMs;
        this.afrekeningIntervalMs = afrekeningIntervalMs;
    }

    /** Also fetch the hub's master data every {@code intervalMs}, starting a second after the start. */
    public UitwisselingRoutes metStamgegevens(Stamgegevensophaler ophaler, long intervalMs) {
        this.stamgegevens = ophaler;
        this.stamgegevensIntervalMs = intervalMs;
        return this;
    }

    @Override
    public void configure() {
        // a file is taken once it stopped changing (or written as .tmp/.part and renamed); done and refused files leave the inbox;
        // one per poll, oldest first, so a file that cannot be read now (no database) holds back the later ones instead of being overtaken
        FileEndpoint map = getContext().getEndpoint("file:" + inbox.toAbsolutePath() + "?recursive=true&minDepth=3&maxDepth=3"
                + "&readLock=changed&readLockCheckInterval=250&readLockMinAge=250&sortBy=file:modified&delay=250&maxMessagesPerPoll=1"
                + "&exclude=RAW(.*\\.(tmp|part)$)&move=" + verwerkt.toAbsolutePath() + "/${header." + Inboxverwerker.DOEL + "}", FileEndpoint.class);
        // only the folders of installed modules: a file for a module that has not started yet waits instead of being refused;
        // and not while the inbox or the file waits after a failure (Inboxbewaking)
        map.setFilter(bestand -> bestand.isDirectory()
                || inboxverwerker.neemt(bestand.getRelativeFilePath(), bestand.getFileLength(), bestand.getLastModified()));
        from(map).routeId("uitwisseling-inbox").process(inboxverwerker);
        // one sender turn at a time (a timer does not overlap itself), so batches leave in order
        from("timer:uitwisseling-verzender?period=" + intervalMs).routeId("uitwisseling-verzender")
                .process(e -> verzender.beurt(Duration.ofSeconds(10)));
        if (ophaler != null) {
            from("timer:uitwisseling-afrekeningen?delay=2000&period=" + afrekeningIntervalMs).routeId("uitwisseling-afrekeningen")
                    .process(e -> ophaler.haal());
        }
        if (stamgegevens != null) {
            from("timer:uitwisseling-stamgegevens?delay=1000&period=" + stamgegevensIntervalMs).routeId("uitwisseling-stamgegevens")
                    .process(e -> stamgegevens.haal());
        }
    }
}
