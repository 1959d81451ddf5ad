package nl.samenspel.demodata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A file of the project outside demodata (docs/, regional-config/), found from the working directory upwards. */
final class Projectbestand {

    private Projectbestand() {
    }

    static Optional<Path> vind(String relatief) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path kandidaat = p.resolve(relatief);
            if (Files.isRegularFile(kandidaat)) {
                return Optional.of(kandidaat);
            }
        }
        return Optional.empty();
    }
}
