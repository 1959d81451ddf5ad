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

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void foutieveArgumentenGevenGebruikEnCode2() {
        assertThat(voerUit()).isEqualTo(2);
        assertThat(voerUit("onbekend", "--uit", "x")).isEqualTo(2);
        assertThat(voerUit("jeugdhulp")).isEqualTo(2);
        assertThat(voerUit("jeugdhulp", "--uit")).isEqualTo(2);
        assertThat(voerUit("jeugdhulp", "--uit", "x", "--aantal", "veel")).isEqualTo(2);
        assertThat(voerUit("jeugdhulp", "--uit", "x", "--onbekend")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar samenspel-demodata.jar jeugdhulp");
    }

    @Test
    void kortSleutelbestandIsFoutCode2(@TempDir Path map) throws Exception {
        Path sleutel = map.resolve("sleutel");
        Files.writeString(sleutel, Base64.getEncoder().encodeToString(new byte[8]));
        assertThat(voerUit("jeugdhulp", "--uit", map.resolve("uit").toString(), "--sleutel", sleutel.toString()))
                .isEqualTo(2);
    }

    @Test
    void schrijftEnVat(@TempDir Path map) throws Exception {
        Path sleutel = map.resolve("sleutel");
        Files.writeString(sleutel, Base64.getEncoder().encodeToString(new byte[32]) + "\n");
        Path uit = map.resolve("uit");
        int code = voerUit("jeugdhulp", "--uit", uit.toString(), "--aantal", "120", "--seed", "5",
                "--sleutel", sleutel.toString(), "--xml");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String samenvatting = out.toString(StandardCharsets.UTF_8);
        assertThat(samenvatting.lines()).hasSize(10 + 44);
        assertThat(samenvatting).containsPattern("toewijzingen\\.csv +120 rows")
                .containsPattern("jw301-0193\\.zip +[0-9]+ messages");
        assertThat(Files.readAllLines(uit.resolve("toewijzingen.csv")).get(0)).contains(";client;");
    }

    private int voerUit(String... args) {
        return Main.voerUit(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
