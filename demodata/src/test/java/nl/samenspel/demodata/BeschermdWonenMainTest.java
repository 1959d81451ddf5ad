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

class BeschermdWonenMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void foutieveArgumentenGevenGebruikEnCode2() {
        assertThat(voerUit("beschermd-wonen")).isEqualTo(2);
        assertThat(voerUit("beschermd-wonen", "--uit")).isEqualTo(2);
        assertThat(voerUit("beschermd-wonen", "--uit", "x", "--periode", "2016")).isEqualTo(2);
        assertThat(voerUit("beschermd-wonen", "--uit", "x", "--aantal", "veel")).isEqualTo(2);
        assertThat(voerUit("beschermd-wonen", "--uit", "x", "--voorzieningen", "2")).isEqualTo(2);
        assertThat(voerUit("beschermd-wonen", "--uit", "x", "--xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("usage: java -jar samenspel-demodata.jar beschermd-wonen --uit <map>")
                .contains("unknown period: 2016");
    }

    @Test
    void onbekendeDatasetNoemtAlle() {
        assertThat(voerUit("onbekend")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("jar jeugdhulp").contains("jar beschermd-wonen")
                .contains("jar wmo");
    }

    @Test
    void schrijftMetSleutel(@TempDir Path map) throws Exception {
        Path sleutel = map.resolve("sleutel");
        Files.writeString(sleutel, Base64.getEncoder().encodeToString(new byte[32]) + "\n");
        Path uit = map.resolve("uit");
        int code = voerUit("beschermd-wonen", "--uit", uit.toString(), "--periode", "2025", "--aantal", "120",
                "--voorzieningen", "8", "--seed", "5", "--sleutel", sleutel.toString());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String samenvatting = out.toString(StandardCharsets.UTF_8);
        assertThat(samenvatting.lines()).hasSize(3);
        assertThat(samenvatting).containsPattern("plaatsingen\\.csv +120 rows")
                .containsPattern("voorzieningen\\.csv +[0-9]+ rows").containsPattern("aanmeldingen\\.csv +[0-9]+ rows");
        assertThat(Files.readAllLines(uit.resolve("plaatsingen.csv")).get(1)).startsWith("0148;1;").contains(";2025-");
    }

    private int voerUit(String... args) {
        return Main.voerUit(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
