package nl.samenspel.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Inside the container: the figures {@link Demobestanden} recomputed from the generator's records. */
final class Demoverwachting {

    private final Properties p = new Properties();

    Demoverwachting(Path map) {
        try (var r = Files.newBufferedReader(map.resolve("verwacht.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long getal(String sleutel) {
        String w = p.getProperty(sleutel);
        if (w == null) {
            throw new AssertionError("geen verwachting " + sleutel);
        }
        return Long.parseLong(w);
    }

    long getal(String sleutel, long standaard) {
        String w = p.getProperty(sleutel);
        return w == null ? standaard : Long.parseLong(w);
    }

    String tekst(String sleutel) {
        return p.getProperty(sleutel, "");
    }
}
