package nl.samenspel.uitwisseling.internal.bewaren;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.samenspel.invoer.Invoermodule;
import nl.samenspel.uitwisseling.internal.knooppunt.KnooppuntUitwisseling;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes kept files with personal data once their retention has passed: accepted originals in
 * the exchange's {@code klaar/}, refused inbox files in {@code fout/}, refused uploads in each
 * module's refused-files folder, and stale attempt counters. Runs a minute after the start and then
 * every interval, and on demand ({@code samenspel:opruimen}). Each deletion is logged with its
 * folder, age and size, never with the file's name: a name may carry personal data.
 */
@Component(service = Opruimer.class, configurationPid = BewaarConfig.PID)
@Designate(ocd = BewaarConfig.class)
public class Opruimer {

    private static final Logger LOG = LoggerFactory.getLogger(Opruimer.class);

    /** One folder and how long its files stay. */
    public record Bewaarplaats(String soort, Path map, Duration termijn) {
    }

    /** What one clean-up of one folder did. */
    public record Uitkomst(String soort, Path map, Duration termijn, int verwijderd, int bewaard, long bytes) {
    }

    private final List<Invoermodule> modules = new CopyOnWriteArrayList<>();
    private final BewaarConfig config;
    private final Clock klok;
    private final ScheduledExecutorService planner;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile KnooppuntUitwisseling knooppunt;

    @Activate
    public Opruimer(BewaarConfig config) {
        this.config = config;
        this.klok = Clock.systemUTC();
        this.planner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "samenspel-opruimer");
            t.setDaemon(true);
            return t;
        });
        planner.scheduleWithFixedDelay(this::geplandeBeurt, 1, Duration.ofHours(config.intervalUren()).toMinutes(), TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        planner.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindModule(Invoermodule module) {
        modules.add(module);
    }

    void unbindModule(Invoermodule module) {
        modules.remove(module);
    }

    private void geplandeBeurt() {
        try {
            ruimOp();
        } catch (RuntimeException e) {
            // the next turn tries again; a failing clean-up must not stop the schedule
            LOG.error("Opruimen mislukt: {}", e.getClass().getSimpleName(), e);
        }
    }

    /** The folders with kept files on this installation, with their retention. */
    public List<Bewaarplaats> bewaarplaatsen() {
        List<Bewaarplaats> uit = new ArrayList<>();
        KnooppuntUitwisseling k = knooppunt;
        if (k != null) {
            uit.add(new Bewaarplaats("klaar", k.verwerkt().resolve("klaar"), Duration.ofDays(config.klaarDagen())));
            uit.add(new Bewaarplaats("fout", k.verwerkt().resolve("fout"), Duration.ofDays(config.foutDagen())));
            uit.add(new Bewaarplaats("pogingen", k.verwerkt().resolve(".pogingen"), Duration.ofDays(config.foutDagen())));
        }
        for (Invoermodule m : modules) {
            m.afgewezenMap().ifPresent(map -> uit.add(new Bewaarplaats("afgewezen " + m.naam(), map, Duration.ofDays(config.afgewezenDagen()))));
        }
        return uit;
    }

    /** One clean-up of every folder. */
    public synchronized List<Uitkomst> ruimOp() {
        return bewaarplaatsen().stream().map(p -> ruimOp(p, klok.instant())).toList();
    }

    /** Deletes the files in one folder (and below it) last changed before now minus the retention. */
    static Uitkomst ruimOp(Bewaarplaats plaats, Instant nu) {
        Instant grens = nu.minus(plaats.termijn());
        int[] aantallen = new int[2];
        long[] bytes = new long[1];
        if (Files.isDirectory(plaats.map())) {
            try {
                Files.walkFileTree(plaats.map(), new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path bestand, BasicFileAttributes a) throws IOException {
                        Instant gewijzigd = a.lastModifiedTime().toInstant();
                        if (a.isRegularFile() && gewijzigd.isBefore(grens)) {
                            Files.delete(bestand);
                            aantallen[0]++;
                            bytes[0] += a.size();
                            LOG.info("Opruimen: een bestand van {} ({} bytes) verwijderd uit {} (bewaartermijn {} dagen)", gewijzigd, a.size(),
                                    plaats.map().relativize(bestand.getParent()).toString().isEmpty() ? plaats.soort()
                                            : plaats.soort() + "/" + plaats.map().relativize(bestand.getParent()),
                                    plaats.termijn().toDays());
                        } else {
                            aantallen[1]++;
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                LOG.error("Opruimen van {} afgebroken: {}", plaats.soort(), e.getClass().getSimpleName());
            }
        }
        return new Uitkomst(plaats.soort(), plaats.map(), plaats.termijn(), aantallen[0], aantallen[1], bytes[0]);
    }

    Optional<KnooppuntUitwisseling> knooppunt() {
        return Optional.ofNullable(knooppunt);
    }
}
