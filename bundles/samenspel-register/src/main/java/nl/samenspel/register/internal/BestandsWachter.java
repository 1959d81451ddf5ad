package nl.samenspel.register.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the configuration directory and its {@code regios/} sub-directory and
 * calls back once the files have been quiet for a while: editors save in several
 * steps, and reading half a file would only produce a spurious refusal.
 */
final class BestandsWachter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BestandsWachter.class);

    private final Path map;
    private final long rustMs;
    private final Runnable bijWijziging;
    private final WatchService watcher;
    private final Thread draad;

    BestandsWachter(Path map, long rustMs, Runnable bijWijziging) throws IOException {
        this.map = map;
        this.rustMs = rustMs;
        this.bijWijziging = bijWijziging;
        this.watcher = FileSystems.getDefault().newWatchService();
        registreer();
        this.draad = new Thread(this::bewaak, "samenspel-register-wachter");
        this.draad.setDaemon(true);
        this.draad.start();
    }

    /** (Re)registers both directories; registering an already watched directory is harmless. */
    private void registreer() throws IOException {
        for (Path p : new Path[] {map, map.resolve("regios")}) {
            if (Files.isDirectory(p)) {
                p.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void bewaak() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                leegmaken(watcher.take());
                // something changed: wait for a quiet period before reading
                WatchKey volgende;
                while ((volgende = watcher.poll(rustMs, TimeUnit.MILLISECONDS)) != null) {
                    leegmaken(volgende);
                }
                registreer();
                bijWijziging.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.error("Bewaking van {} gestopt; wijzigingen worden pas na herstart of POST /api/v1/register/herladen gelezen", map, e);
        }
    }

    private static void leegmaken(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.warn("Bewaking van {} sluiten mislukt: {}", map, e.getMessage());
        }
        draad.interrupt();
        try {
            draad.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
