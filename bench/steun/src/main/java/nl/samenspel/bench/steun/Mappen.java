package nl.samenspel.bench.steun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Directory trees: a bench's work directories are made afresh each run and measured on disk. */
public final class Mappen {

    private Mappen() {
    }

    /** Deletes the tree, deepest first; nothing when it is not there. */
    public static void verwijder(Path map) throws IOException {
        if (Files.exists(map)) {
            try (Stream<Path> s = Files.walk(map)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Copies the tree, replacing files that are there already (a profile goes on top of the distribution's etc). */
    public static void kopieer(Path van, Path naar) throws IOException {
        try (Stream<Path> s = Files.walk(van)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(doel);
                } else {
                    Files.copy(p, doel, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Bytes of every file under the directory; -1 when it cannot be read (a size is reported, never a reason to fail). */
    public static long grootte(Path map) {
        try (Stream<Path> paden = Files.walk(map)) {
            return paden.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }
}
