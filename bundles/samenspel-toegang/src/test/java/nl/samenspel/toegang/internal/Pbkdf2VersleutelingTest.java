package nl.samenspel.toegang.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.karaf.jaas.modules.Encryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Pbkdf2VersleutelingTest {

    /** The lowest count the class accepts for new hashes: keeps these tests fast. */
    private static final int SNEL = 10_000;
    private static final Path GEBRUIKERTOOL = Path.of("../../distribution/src/main/resources/assembly/bin/samenspel-gebruiker");

    private final Pbkdf2Versleuteling.Pbkdf2 pbkdf2 = new Pbkdf2Versleuteling.Pbkdf2(SNEL);

    @Test
    void versleutelenEnControleren() {
        String opgeslagen = pbkdf2.encryptPassword("correct paard batterij niet");

        assertThat(opgeslagen).startsWith("pbkdf2-sha256$10000$").doesNotContain("correct paard");
        assertThat(pbkdf2.checkPassword("correct paard batterij niet", opgeslagen)).isTrue();
    }

    @Test
    void verkeerdWachtwoordFaalt() {
        String opgeslagen = Pbkdf2Versleuteling.versleutel("correct paard batterij niet", SNEL);

        assertThat(pbkdf2.checkPassword("correct paard batterij nie", opgeslagen)).isFalse();
        assertThat(pbkdf2.checkPassword("", opgeslagen)).isFalse();
        assertThat(pbkdf2.checkPassword(null, opgeslagen)).isFalse();
    }

    @Test
    void tweeVersleutelingenVerschillenDoorHetZout() {
        String een = Pbkdf2Versleuteling.versleutel("hetzelfde wachtwoord", SNEL);
        String twee = Pbkdf2Versleuteling.versleutel("hetzelfde wachtwoord", SNEL);

        assertThat(een).isNotEqualTo(twee);
        assertThat(een.split("\\$")[2]).isNotEqualTo(twee.split("\\$")[2]);
        assertThat(pbkdf2.checkPassword("hetzelfde wachtwoord", een)).isTrue();
        assertThat(pbkdf2.checkPassword("hetzelfde wachtwoord", twee)).isTrue();
    }

    @Test
    void iteratiesUitDeConfiguratie() {
        Encryption e = new Pbkdf2Versleuteling().createEncryption(Map.of("iteraties", " 12000 "));

        String opgeslagen = e.encryptPassword("een wachtwoord");
        assertThat(opgeslagen).startsWith("pbkdf2-sha256$12000$");
        assertThat(new Pbkdf2Versleuteling().createEncryption(null).checkPassword("een wachtwoord", opgeslagen)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "pbkdf2-sha1$10000$00112233445566778899aabbccddeeff$00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        "PBKDF2-SHA256$10000$00112233445566778899aabbccddeeff$00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        "pbkdf2-sha256$10000$zzzz$00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        "pbkdf2-sha256$10000$00112233445566778899aabbccddeeff$xyz",
        "pbkdf2-sha256$10000$0011223$00112233",
        "pbkdf2-sha256$999999999$00112233445566778899aabbccddeeff$00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        "pbkdf2-sha256$99999999999999999999$0011$0011",
        "pbkdf2-sha256$0$0011$0011",
        "pbkdf2-sha256$-5$0011$0011",
        "pbkdf2-sha256$tien$0011$0011",
        "pbkdf2-sha256$10000$$0011",
        "pbkdf2-sha256$10000$0011",
        "pbkdf2-sha256$10000$0011$",
        "pbkdf2-sha256",
        "pbkdf2-sha256$10000$0011$0011$0011",
        "{CRYPT}pbkdf2-sha256$10000$0011$0011{CRYPT}",
        "5f4dcc3b5aa765d61d8327deb882cf99"
    })
    void misvormdeOpslagGeeftFalseEnNooitEenUitzondering(String opgeslagen) {
        assertThat(pbkdf2.checkPassword("wachtwoord", opgeslagen)).isFalse();
    }

    @Test
    void nullOpslagGeeftFalse() {
        assertThat(pbkdf2.checkPassword("wachtwoord", null)).isFalse();
    }

    @Test
    void hetGebruikersgereedschapSchrijftWatDeRealmControleert(@TempDir Path map) throws Exception {
        assumeThat(Programma.opPad("openssl")).as("openssl op het PATH").isTrue();
        assertThat(GEBRUIKERTOOL).as("bin/samenspel-gebruiker vanuit de moduledirectory").isRegularFile();
        Path bestand = map.resolve("samenspel-gebruikers.properties");
        String wachtwoord = "Zeer geheim € 'wachtwoord' \\ $HOME";

        Process p = new ProcessBuilder("bash", GEBRUIKERTOOL.toString(), "anna.de-vries", "beheerder,ssh", bestand.toString())
                .redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((wachtwoord + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("samenspel-gebruiker klaar").isTrue();
        String uitvoer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(uitvoer).isZero();

        List<String> regels = Files.readAllLines(bestand, StandardCharsets.UTF_8);
        assertThat(regels).hasSize(1);
        String regel = regels.get(0);
        assertThat(regel).startsWith("anna.de-vries = {CRYPT}pbkdf2-sha256$210000$").endsWith("{CRYPT},beheerder,ssh");
        String opgeslagen = regel.substring(regel.indexOf("{CRYPT}") + 7, regel.lastIndexOf("{CRYPT}"));

        Pbkdf2Versleuteling.Pbkdf2 realm = new Pbkdf2Versleuteling.Pbkdf2(Pbkdf2Versleuteling.STANDAARD_ITERATIES);
        assertThat(realm.checkPassword(wachtwoord, opgeslagen)).isTrue();
        assertThat(realm.checkPassword("Zeer geheim € 'wachtwoord' \\ $HOMe", opgeslagen)).isFalse();
        assertThat(Files.getPosixFilePermissions(bestand))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void hetGebruikersgereedschapWeigertEenKortWachtwoord(@TempDir Path map) throws Exception {
        assumeThat(Programma.opPad("openssl")).as("openssl op het PATH").isTrue();
        Path bestand = map.resolve("gebruikers.properties");

        Process p = new ProcessBuilder("bash", GEBRUIKERTOOL.toString(), "anna", "lezer", bestand.toString())
                .redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("te-kort\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isNotZero();
        assertThat(Files.exists(bestand)).isFalse();
    }
}
