package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WmoMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void foutieveArgumentenGevenGebruikEnCode2() {
        assertThat(voerUit("wmo")).isEqualTo(2);
        assertThat(voerUit("wmo", "--uit")).isEqualTo(2);
        assertThat(voerUit("wmo", "--uit", "x", "--aantal", "veel")).isEqualTo(2);
        assertThat(voerUit("wmo", "--uit", "x", "--aantal", "5")).isEqualTo(2);
        assertThat(voerUit("wmo", "--uit", "x", "--seed", "1.5")).isEqualTo(2);
        assertThat(voerUit("wmo", "--uit", "x", "--periode", "2016")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("usage: java -jar samenspel-demodata.jar wmo --uit <map> [--aantal 1500] [--seed 2016]")
                .contains("--uit <map> is required").contains("--aantal must be 10..50000")
                .contains("unknown option: --periode").doesNotContain("jar jeugdhulp");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void onbekendeDatasetNoemtAlleDrie() {
        assertThat(voerUit("wmo-ijssel-vecht", "--uit", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown dataset: wmo-ijssel-vecht")
                .contains("jar jeugdhulp").contains("jar beschermd-wonen").contains("jar wmo");
    }

    @Test
    void kortSleutelbestandIsFoutCode2(@TempDir Path map) throws Exception {
        Path sleutel = map.resolve("sleutel");
        Files.writeString(sleutel, Base64.getEncoder().encodeToString(new byte[8]));
        assertThat(voerUit("wmo", "--uit", map.resolve("uit").toString(), "--sleutel", sleutel.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 32 are needed");
    }

    @Test
    void schrijftMetSleutelEnXml(@TempDir Path map) throws Exception {
        Path sleutel = map.resolve("sleutel");
        Files.writeString(sleutel, Base64.getEncoder().encodeToString(new byte[32]) + "\n");
        Path uit = map.resolve("uit");
        int code = voerUit("wmo", "--uit", uit.toString(), "--aantal", "60", "--seed", "5", "--sleutel", sleutel.toString(),
                "--xml");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String samenvatting = out.toString(StandardCharsets.UTF_8);
        assertThat(samenvatting.lines()).hasSize(11 + 9 * 4);
        assertThat(samenvatting).containsPattern("toewijzingen\\.csv +[0-9]+ rows").containsPattern("gebruik\\.csv +[0-9]+ rows")
                .containsPattern("wmo301-0193\\.zip +[0-9]+ messages").containsPattern("wmo323-0244\\.zip +[0-9]+ messages");
        assertThat(Files.readAllLines(uit.resolve("toewijzingen.csv")).get(0)).contains(";client;").endsWith(";minderjarig");
    }

    @Test
    void zonderSleutelEnXmlAlleenCsvMetBsn(@TempDir Path map) throws Exception {
        Path uit = map.resolve("uit");
        assertThat(voerUit("wmo", "--uit", uit.toString(), "--aantal", "30")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(11);
        assertThat(Files.readAllLines(uit.resolve("toewijzingen.csv")).get(0)).contains(";bsn;").endsWith(";geboortedatum");
        try (var bestanden = Files.list(uit)) {
            assertThat(bestanden.filter(p -> p.toString().endsWith(".zip"))).isEmpty();
        }
    }

    private int voerUit(String... args) {
        return Main.voerUit(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
