package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElfproefTest {

    @Test
    void geldigeNummersSlagen() {
        // 9*9 + 8*9 + 7*9 + 6*9 + 5*9 + 4*0 + 3*0 + 2*1 - 1*9 = 308 = 28 * 11
        assertThat(JeugdhulpDemo.elfproef("999990019")).isTrue();
        // 9*1 + 8*1 + 7*1 + 6*2 + 5*2 + 4*2 + 3*3 + 2*3 - 1*3 = 66 = 6 * 11
        assertThat(JeugdhulpDemo.elfproef("111222333")).isTrue();
    }

    @Test
    void ongeldigeNummersFalen() {
        // 308 - 9 + 8 = 307, not divisible by 11
        assertThat(JeugdhulpDemo.elfproef("999990018")).isFalse();
        assertThat(JeugdhulpDemo.elfproef("000000000")).isFalse();
        assertThat(JeugdhulpDemo.elfproef("99999001")).isFalse();
        assertThat(JeugdhulpDemo.elfproef("9999900190")).isFalse();
        assertThat(JeugdhulpDemo.elfproef("99999001a")).isFalse();
        assertThat(JeugdhulpDemo.elfproef(null)).isFalse();
    }
}
