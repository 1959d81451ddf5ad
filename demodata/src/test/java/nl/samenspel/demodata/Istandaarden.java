package nl.samenspel.demodata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared iJw and iWmo 3.2 XSD folders; the tests that need them are skipped without
 * them. {@code -Distandaarden.dir} names the iJw folder; the iWmo folder is its sibling.
 */
final class Istandaarden {

    private static final String IJW = "ijw-3.2";
    private static final String IWMO = "iwmo-3.2";

    private Istandaarden() {
    }

    /** The iJw 3.2 folder (JW301.xsd ...). */
    static Optional<Path> map() {
        return map(IJW);
    }

    /** The iWmo 3.2 folder (WMO301.xsd ...). */
    static Optional<Path> iwmo() {
        return map(IWMO);
    }

    private static Optional<Path> map(String standaard) {
        String eigenschap = System.getProperty("istandaarden.dir");
        if (eigenschap != null && !eigenschap.isBlank()) {
            Path ijw = Path.of(eigenschap);
            Path p = IJW.equals(standaard) ? ijw : ijw.resolveSibling(standaard);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        Path relatief = Path.of("shared", "istandaarden", standaard);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(relatief))) {
                return Optional.of(p.resolve(relatief));
            }
        }
        Path vast = Path.of("/work/shared/istandaarden").resolve(standaard);
        return Files.isDirectory(vast) ? Optional.of(vast) : Optional.empty();
    }
}
