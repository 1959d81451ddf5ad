package nl.samenspel.wmo.internal.eigenbijdrage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LopendeAfrondingTest {

    @Test
    void halfOmhoog() {
        assertThat(LopendeAfronding.halfOmhoog(0)).isZero();
        assertThat(LopendeAfronding.halfOmhoog(5)).isZero();
        assertThat(LopendeAfronding.halfOmhoog(6)).isEqualTo(1);
        assertThat(LopendeAfronding.halfOmhoog(17)).isEqualTo(1);
        assertThat(LopendeAfronding.halfOmhoog(18)).isEqualTo(2);
        assertThat(LopendeAfronding.halfOmhoog(204_750)).isEqualTo(17_063); // 9 × 1750 × 13 = 17062.5 cent × 12
    }

    @Test
    void eenVierwekentariefVerdeeldOverMaandenTeltOpTotHetJaarEenKeerAfgerond() {
        long eenClientmaand = 1750 * 13; // € 17.50 per 4 weeks: 1895.83 cent a month
        long[] twaalfden = {eenClientmaand, 0, eenClientmaand, eenClientmaand, eenClientmaand, eenClientmaand, eenClientmaand,
            eenClientmaand, eenClientmaand, eenClientmaand, 0, 0};

        long[] centen = LopendeAfronding.rond(twaalfden);

        assertThat(centen).containsExactly(1896, 0, 1896, 1896, 1895, 1896, 1896, 1896, 1896, 1896, 0, 0);
        assertThat(java.util.Arrays.stream(centen).sum()).isEqualTo(17_063);
    }

    @Test
    void eenMaandVeranderdNietAlsErLatereMaandenBijkomen() {
        long[] kort = LopendeAfronding.rond(new long[] {22_750, 22_750, 22_750});
        long[] lang = LopendeAfronding.rond(new long[] {22_750, 22_750, 22_750, 7, 99_999});

        assertThat(lang).startsWith(kort);
    }

    @Test
    void heleCentenBlijvenWatZeZijn() {
        assertThat(LopendeAfronding.rond(new long[] {12 * 2100, 0, 12 * 4200})).containsExactly(2100, 0, 4200);
    }

    @Test
    void negatiefBestaatNiet() {
        assertThatThrownBy(() -> LopendeAfronding.rond(new long[] {12, -1})).hasMessageContaining("maand 2");
    }
}
