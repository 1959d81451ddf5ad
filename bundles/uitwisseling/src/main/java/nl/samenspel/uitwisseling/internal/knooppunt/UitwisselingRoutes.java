package nl.samenspel.uitwisseling.internal.knooppunt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileEndpoint;

/**
 * The node's routes: the inbox (a file is read whole by its module and moved to
 * {@code klaar/} or {@code fout/}), the sender (the outbox to the hub), the statements
 * fetcher and the master-data fetcher. Plain Camel, so they are tested outside OSGi.
 */
public class UitwisselingRoutes extends RouteBuilder {

    /**
     * A fetch from the hub that a timer repeats (the statements, the master data) as route
     * {@code uitwisseling-<naam>}: first {@code vertragingMs} after the start, then every {@code intervalMs}.
     */
    private record Ophaalroute(String naam, long vertragingMs, long intervalMs, Callable<Integer> ophaling) {
    }

    private final Path inbox;
    private final Path verwerkt;
    private final Inboxverwerker inboxverwerker;
    private final Verzender verzender;
    private final long intervalMs;
    private final List<Ophaalroute> ophaalroutes = new ArrayList<>();

    public UitwisselingRoutes(Path inbox, Path verwerkt, Inboxverwerker inboxverwerker, Verzender verzender, long intervalMs) {
        this.inbox = inbox;
        this.verwerkt = verwerkt;
        this.inboxverwerker = inboxverwerker;
        this.verzender = verzender;
        this.intervalMs = intervalMs;
    }

    /** Also fetch the node's statements from the hub every {@code intervalMs}, starting two seconds after the start. */
    public UitwisselingRoutes metAfrekeningen(Afrekeningophaler ophaler, long intervalMs) {
        ophaalroutes.add(new Ophaalroute("afrekeningen", 2000, intervalMs, ophaler::haal));
        return this;
    }

    /** Also fetch the hub's master data every {@code intervalMs}, starting a second after the start. */
    public UitwisselingRoutes metStamgegevens(Stamgegevensophaler ophaler, long intervalMs) {
        ophaalroutes.add(new Ophaalroute("stamgegevens", 1000, intervalMs, ophaler::haal));
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
        for (Ophaalroute route : ophaalroutes) {
            from("timer:uitwisseling-" + route.naam() + "?delay=" + route.vertragingMs() + "&period=" + route.intervalMs())
                    .routeId("uitwisseling-" + route.naam()).process(e -> route.ophaling().call());
        }
    }
}
