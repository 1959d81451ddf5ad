package nl.samenspel.bench.steun;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** A bench's summary, line by line, in Locale.ROOT: the figures read the same on every machine. */
public final class Verslag {

    private final StringBuilder uit = new StringBuilder();

    public void p(String format, Object... args) {
        uit.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    @Override
    public String toString() {
        return uit.toString();
    }

    /** Writes the text, its directory made first. */
    public static void schrijf(Path p, String tekst) throws IOException {
        Files.createDirectories(p.toAbsolutePath().getParent());
        Files.writeString(p, tekst, StandardCharsets.UTF_8);
    }

    public static String duur(Duration d) {
        return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
    }

    /** {collections, ms} of all collectors of this JVM so far (a collector that cannot say counts 0). */
    public static long[] gc() {
        long n = 0;
        long ms = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, b.getCollectionCount());
            ms += Math.max(0, b.getCollectionTime());
        }
        return new long[] {n, ms};
    }
}
