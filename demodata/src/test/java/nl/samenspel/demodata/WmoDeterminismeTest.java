package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WmoDeterminismeTest {

    private static final byte[] SLEUTEL = "een demo-sleutel van tweeendertig bytes!".getBytes(StandardCharsets.US_ASCII);

    @Test
    void zelfdeSeedGeeftZelfdeBytes(@TempDir Path map) throws Exception {
        for (String variant : List.of("a", "b")) {
            WmoDemo demo = WmoDemo.genereer(7, 300);
            demo.schrijfCsv(map.resolve(variant), null);
            demo.schrijfXml(map.resolve(variant));
            WmoDemo.genereer(7, 300).schrijfCsv(map.resolve(variant + "-pseudo"), SLEUTEL);
        }
        for (String variant : List.of("", "-pseudo")) {
            Path a = map.resolve("a" + variant);
            List<Path> bestanden;
            try (Stream<Path> s = Files.list(a)) {
                bestanden = s.sorted().toList();
            }
            assertThat(bestanden).hasSize(variant.isEmpty() ? 11 + 36 : 11);
            for (Path bestand : bestanden) {
                assertThat(Files.readAllBytes(bestand)).as(bestand.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(map.resolve("b" + variant).resolve(bestand.getFileName())));
            }
        }
    }

    @Test
    void andereSeedGeeftAndereData() {
        assertThat(WmoDemo.genereer(7, 300).toewijzingen()).isNotEqualTo(WmoDemo.genereer(8, 300).toewijzingen());
    }
}
