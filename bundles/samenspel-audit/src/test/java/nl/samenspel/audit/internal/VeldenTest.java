package nl.samenspel.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VeldenTest {

    @Test
    void keepsWhatFits() {
        assertThat(Velden.passend("POST /vereveningen/{id}/definitief", 512)).isEqualTo("POST /vereveningen/{id}/definitief");
    }

    @Test
    void cutsToTheColumnLength() {
        assertThat(Velden.passend("x".repeat(300), Velden.ACTOR)).hasSize(256);
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        String emoji = "\uD83D\uDE00";
        assertThat(Velden.passend("abc" + emoji, 4)).isEqualTo("abc");
        assertThat(Velden.passend("abc" + emoji, 5)).isEqualTo("abc" + emoji);
    }

    @Test
    void replacesWhatADatabaseMightRefuse() {
        assertThat(Velden.passend("a\u0000b\uD800c", 10)).isEqualTo("a\uFFFDb\uFFFDc");
    }
}
