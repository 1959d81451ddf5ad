package nl.samenspel.demodata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared iJw 3.2 XSD folder; the tests that need it are skipped without it. */
final class Istandaarden {

    private static final Path RELATIEF = Path.of("shared", "istandaarden", "ijw-3.2");

    private Istandaarden() {
    }

    static Optional<Path> map() {
        String eigenschap = System.getProperty("istandaarden.dir");
        if (eigenschap != null && !eigenschap.isBlank()) {
            Path p = Path.of(eigenschap);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(RELATIEF))) {
                return Optional.of(p.resolve(RELATIEF));
            }
        }
        Path vast = Path.of("/work/shared/istandaarden/ijw-3.2");
        return Files.isDirectory(vast) ? Optional.of(vast) : Optional.empty();
    }
}
