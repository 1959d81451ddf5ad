package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudoniemTest {

    private static final byte[] SLEUTEL = new byte[32];

    static {
        for (int i = 0; i < SLEUTEL.length; i++) {
            SLEUTEL[i] = (byte) i;
        }
    }

    @Test
    void bekendAntwoord() throws Exception {
        // computed outside Java: python3 hmac.new(bytes(range(32)), b'999990019', sha256).hexdigest()
        assertThat(JeugdhulpDemo.pseudoniem(SLEUTEL, "999990019"))
                .isEqualTo("f080e769c9eccc4a2d208fd10fa8ddde7c692ee49cb361b1fbfdbcfa81aef8bf");
        assertThat(JeugdhulpDemo.pseudoniem(SLEUTEL, "111222333")).isEqualTo(hmacHex(SLEUTEL, "111222333"));
    }

    @Test
    void vierenzestigKleineHexTekens() {
        assertThat(JeugdhulpDemo.pseudoniem(SLEUTEL, "999990019")).matches("[0-9a-f]{64}");
    }

    @Test
    void leestBase64SleutelMetWitruimte(@TempDir Path map) throws Exception {
        Path bestand = map.resolve("sleutel");
        Files.writeString(bestand, "  " + Base64.getEncoder().encodeToString(SLEUTEL) + "\n\n");
        assertThat(JeugdhulpDemo.leesSleutel(bestand)).isEqualTo(SLEUTEL);
    }

    @Test
    void weigertKorteOfOngeldigeSleutel(@TempDir Path map) throws Exception {
        Path kort = map.resolve("kort");
        Files.writeString(kort, Base64.getEncoder().encodeToString(new byte[31]));
        assertThatThrownBy(() -> JeugdhulpDemo.leesSleutel(kort)).isInstanceOf(IllegalArgumentException.class);
        Path onzin = map.resolve("onzin");
        Files.writeString(onzin, "geen base64 !!");
        assertThatThrownBy(() -> JeugdhulpDemo.leesSleutel(onzin)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String hmacHex(byte[] sleutel, String tekst) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal(tekst.getBytes(StandardCharsets.US_ASCII))) {
            hex.append(String.format("%02x", b & 0xff));
        }
        return hex.toString();
    }
}
