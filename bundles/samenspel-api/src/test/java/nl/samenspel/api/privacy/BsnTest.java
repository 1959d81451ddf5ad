package nl.samenspel.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BsnTest {

    @Test
    void knownNumbers() {
        assertThat(Bsn.isGeldig("111222333")).isTrue(); // 9+8+7+12+10+8+9+6-3 = 66 = 6*11
        assertThat(Bsn.isGeldig("123456782")).isTrue(); // 9+16+21+24+25+24+21+16-2 = 154 = 14*11
        assertThat(Bsn.isGeldig("123456789")).isFalse(); // 161
        assertThat(Bsn.isGeldig("000000000")).isFalse();
        assertThat(Bsn.isGeldig("12345678")).isFalse();
        assertThat(Bsn.isGeldig("12345678a")).isFalse();
        assertThat(Bsn.isGeldig(null)).isFalse();
    }

    @Test
    void neverShowsTheNumber() {
        Bsn bsn = Bsn.van("111222333").orElseThrow();
        assertThat(bsn.toString()).doesNotContain("111222333").doesNotContain("333");
        assertThat(bsn.nummer()).isEqualTo("111222333");
    }

    /** A ninth digit that completes the sum exists for most 8-digit prefixes; with it the number passes. */
    @Property
    void completedNumbersPassAndOneChangedDigitFails(@ForAll @IntRange(min = 10_000_000, max = 99_999_999) int prefix,
                                                    @ForAll @IntRange(min = 0, max = 7) int positie,
                                                    @ForAll @IntRange(min = 1, max = 9) int delta) {
        String voor = Integer.toString(prefix);
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (voor.charAt(i) - '0');
        }
        int laatste = som % 11; // 9*... - d9 ≡ 0 (mod 11) → d9 ≡ som (mod 11)
        if (laatste == 10) {
            return; // no digit completes this prefix
        }
        String bsn = voor + laatste;
        assertThat(Bsn.isGeldig(bsn)).isTrue();
        char[] anders = bsn.toCharArray();
        anders[positie] = (char) ('0' + (anders[positie] - '0' + delta) % 10);
        // one changed digit changes the sum by (9 - positie) * k with 0 < |k| < 10: never a multiple of 11
        assertThat(Bsn.isGeldig(new String(anders))).isFalse();
    }
}
