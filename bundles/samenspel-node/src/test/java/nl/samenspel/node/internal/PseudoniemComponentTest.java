package nl.samenspel.node.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudoniemComponentTest {

    private static final Bsn BSN = Bsn.van("111222333").orElseThrow();

    @Test
    void knownAnswer() {
        byte[] sleutel = new byte[32];
        Arrays.fill(sleutel, (byte) 0x0b);
        // HMAC-SHA256, key 32 x 0x0b, message "111222333": computed with `openssl dgst -sha256 -mac HMAC -macopt hexkey:0b...0b`
        assertThat(new PseudoniemComponent(sleutel).pseudoniem(BSN))
                .isEqualTo("0db202faf27e4ce2e1e76a59d1c8bebc7bf682cbbadf5d66685349567ded2b0c");
    }

    @Test
    void sameKeySamePseudonymOtherKeyOther(@TempDir Path map) throws IOException {
        Path a = map.resolve("a.sleutel");
        Files.writeString(a, Base64.getEncoder().encodeToString(new byte[40]) + "\n");
        Pseudoniemdienst een = new PseudoniemComponent(PseudoniemComponent.leesSleutel(a));
        Pseudoniemdienst twee = new PseudoniemComponent(PseudoniemComponent.leesSleutel(a));
        byte[] ander = new byte[40];
        ander[0] = 1;
        assertThat(een.pseudoniem(BSN)).isEqualTo(twee.pseudoniem(BSN)).matches(Pseudoniemdienst.PATROON)
                .isNotEqualTo(new PseudoniemComponent(ander).pseudoniem(BSN))
                .doesNotContain("111222333");
    }

    @Test
    void shortOrUnreadableKeysAreRefusedWithTheReason(@TempDir Path map) throws IOException {
        assertThatThrownBy(() -> new PseudoniemComponent(new byte[16])).hasMessageContaining("minstens 32");
        assertThatThrownBy(() -> PseudoniemComponent.leesSleutel(map.resolve("ontbreekt"))).hasMessageContaining("niet leesbaar");
        Path kapot = map.resolve("kapot");
        Files.writeString(kapot, "dit is geen base64!");
        assertThatThrownBy(() -> PseudoniemComponent.leesSleutel(kapot)).hasMessageContaining("Base64");
    }

    @Test
    void commentLinesAreNotPartOfTheKey(@TempDir Path map) throws IOException {
        byte[] sleutel = new byte[40];
        sleutel[3] = 7;
        Path gemarkeerd = map.resolve("demo.sleutel");
        Files.writeString(gemarkeerd, "# demo van ./samenspel: niet voor productie\n" + Base64.getEncoder().encodeToString(sleutel) + "\n");
        assertThat(PseudoniemComponent.leesSleutel(gemarkeerd)).isEqualTo(sleutel);
    }
}
