package nl.samenspel.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import nl.samenspel.api.audit.Auditregel;
import org.junit.jupiter.api.Test;

class KetenhashTest {

    private static final String NUL = "0".repeat(64);
    private static final Instant T = Instant.parse("2024-03-31T01:30:00Z");

    @Test
    void isSha256OverThePreviousHashAndLengthPrefixedFields() throws Exception {
        // written out by hand, so a change of the encoding is a failing test, not a silent new format
        String invoer = NUL + "1:7;" + "24:2024-03-31T01:30:00.000Z;" + "6:beheer;" + "7:POST /x;" + "4:id=1;" + "3:201;"
                + "9:127.0.0.1;";
        String verwacht = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(invoer.getBytes(StandardCharsets.UTF_8)));

        assertThat(Ketenhash.bereken(NUL, 7, T, "beheer", "POST /x", "id=1", 201, "127.0.0.1")).isEqualTo(verwacht).hasSize(64);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(Ketenhash.bereken(NUL, 1, T, "ab", "c", "", 200, ""))
                .isNotEqualTo(Ketenhash.bereken(NUL, 1, T, "a", "bc", "", 200, ""));
        assertThat(Ketenhash.bereken(NUL, 1, T, "a;1:b", "", "", 200, ""))
                .isNotEqualTo(Ketenhash.bereken(NUL, 1, T, "a", "b", "", 200, ""));
    }

    @Test
    void lengthsAreInBytesSoNonAsciiTextIsUnambiguousToo() {
        assertThat(Ketenhash.bereken(NUL, 1, T, "é", "", "", 200, ""))
                .isNotEqualTo(Ketenhash.bereken(NUL, 1, T, "e", "", "", 200, ""));
    }

    @Test
    void timeIsCutToMillisecondsBeforeHashingSoTheStoredValueHashesTheSame() {
        Auditrecord r = Auditrecord.volgend(Anker.BEGIN, new Auditregel("a", "b", "c", 200, "d", T.plusNanos(1_234_567)));

        assertThat(r.tijd()).isEqualTo(T.plusMillis(1));
        assertThat(r.hash()).isEqualTo(Ketenhash.bereken(NUL, 1, T.plusMillis(1), "a", "b", "c", 200, "d"));
        assertThat(r.vorigeHash()).isEqualTo(NUL);
    }
}
