package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismeTest {

    @Test
    void zelfdeSeedGeeftZelfdeBytes(@TempDir Path map) throws Exception {
        Path a = map.resolve("a");
        Path b = map.resolve("b");
        JeugdhulpDemo.genereer(7, 400).schrijfCsv(a, null);
        JeugdhulpDemo.genereer(7, 400).schrijfCsv(b, null);
        JeugdhulpDemo.genereer(7, 400).schrijfXml(a);
        JeugdhulpDemo.genereer(7, 400).schrijfXml(b);
        List<Path> bestanden;
        try (Stream<Path> s = Files.list(a)) {
            bestanden = s.sorted().toList();
        }
        assertThat(bestanden).hasSize(10 + 44);
        for (Path bestand : bestanden) {
            assertThat(Files.readAllBytes(bestand)).as(bestand.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(b.resolve(bestand.getFileName())));
        }
    }

    @Test
    void andereSeedGeeftAndereData() {
        assertThat(JeugdhulpDemo.genereer(7, 400).toewijzingen())
                .isNotEqualTo(JeugdhulpDemo.genereer(8, 400).toewijzingen());
    }
}
