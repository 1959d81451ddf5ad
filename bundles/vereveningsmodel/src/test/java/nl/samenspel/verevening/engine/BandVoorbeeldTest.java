package nl.samenspel.verevening.engine;

import static nl.samenspel.verevening.engine.Testdata.d;
import static nl.samenspel.verevening.engine.Testdata.gewichten;
import static nl.samenspel.verevening.engine.Testdata.lid;
import static nl.samenspel.verevening.engine.Testdata.toerekeningen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The band family worked by hand: d = K - B, e = d - clamp(d, -bB, +bB), E = &Sigma;e,
 * T = K - e + E &sigma;. All amounts in eurocents.
 */
class BandVoorbeeldTest {

    /**
     * A deficit beyond the band; this is worked example 2 in docs/verevening.md.
     * <pre>
     * b = 0.1; inwoners 7, 11, 13 (total 31)
     *        B     K     d    band   inside  e
     * 0148  1000  1250   250  ±100    100   150   (deficit beyond the band)
     * 0166  2000  1900  -100  ±200   -100     0
     * 0193  3000  3100   100  ±300    100     0
     * E = 150; E*sigma = 1050/31 = 33 27/31, 1650/31 = 53 7/31, 1950/31 = 62 28/31
     * T = K - e + E*sigma: 1100 + 33 27/31 = 35150/31 = 1133 27/31
     *                      1900 + 53  7/31 = 60550/31 = 1953  7/31
     *                      3100 + 62 28/31 = 98050/31 = 3162 28/31
     * floors 1133 + 1953 + 3162 = 6248: 2 cents missing, to remainders 28/31 (0193) and 27/31 (0148)
     * T = 1134, 1953, 3163 (sum 6250 = K); V = 116, -53, -63; R = B - T = -134, 47, -163
     * </pre>
     */
    @Test
    void deficitBeyondTheBandIsShared() {
        var model = Vereveningsmodel.band(d("0.1"), gewichten(Sleutel.INWONERS, "1"));
        var r = VereveningsEngine.bereken(model, List.of(
                lid("0148", 1000, 1250, 7), lid("0166", 2000, 1900, 11), lid("0193", 3000, 3100, 13)));

        assertThat(r.leden()).extracting(l -> l.afwijking().eurocent()).containsExactly(250L, -100L, 100L);
        assertThat(r.leden()).extracting(LidResultaat::bandgrens)
                .containsExactly(Breuk.van(100), Breuk.van(200), Breuk.van(300));
        assertThat(r.leden()).extracting(LidResultaat::inbreng)
                .containsExactly(Breuk.van(150), Breuk.NUL, Breuk.NUL);
        assertThat(r.pool()).isEqualTo(Breuk.van(150));
        assertThat(r.leden()).extracting(LidResultaat::exacteToerekening)
                .containsExactly(Breuk.parse("35150/31"), Breuk.parse("60550/31"), Breuk.parse("98050/31"));
        assertThat(toerekeningen(r)).containsExactly(1134L, 1953L, 3163L);
        assertThat(r.leden()).extracting(l -> l.verevening().eurocent()).containsExactly(116L, -53L, -63L);
        assertThat(r.leden()).extracting(l -> l.saldo().eurocent()).containsExactly(-134L, 47L, -163L);
    }

    /**
     * b = 0: every deviation goes to the pool, so the region's net deficit is shared by key.
     * <pre>
     * key budget; B = 1000, 1000; K = 1500, 700; d = e = 500, -300; E = 200; sigma 1/2 each
     * T = 1500 - 500 + 100 = 1100 and 700 + 300 + 100 = 1100; both end 100 below budget
     * </pre>
     */
    @Test
    void zeroBandSharesTheNetDeficitByKey() {
        var model = Vereveningsmodel.band(d("0"), gewichten(Sleutel.BUDGET, "1"));
        var r = VereveningsEngine.bereken(model, List.of(
                lid("0148", 1000, 1500, Testdata.sleutels()), lid("0193", 1000, 700, Testdata.sleutels())));
        assertThat(toerekeningen(r)).containsExactly(1100L, 1100L);
        assertThat(r.leden()).extracting(l -> l.saldo().eurocent()).containsExactly(-100L, -100L);
    }

    /**
     * A large surplus makes a charge negative, with half cents, so floor must go toward minus infinity.
     * <pre>
     * b = 0; inwoners 1, 1; B = 10001, 100; K = 0, 100; d = e = -10001, 0; E = -10001
     * T_0148 = 0 + 10001 - 10001/2 = 10001/2 = 5000.5   floor 5000
     * T_0193 = 100 - 10001/2       = -9801/2 = -4900.5  floor -4901
     * floors add to 99 of K = 100: one cent, tie at .5, to 0148: T = 5001, -4901
     * </pre>
     */
    @Test
    void largeSurplusGivesNegativeChargeRoundedCorrectly() {
        var model = Vereveningsmodel.band(d("0"), gewichten(Sleutel.INWONERS, "1"));
        var r = VereveningsEngine.bereken(model, List.of(lid("0148", 10001, 0, 1), lid("0193", 100, 100, 1)));
        assertThat(r.leden()).extracting(LidResultaat::exacteToerekening)
                .containsExactly(Breuk.parse("10001/2"), Breuk.parse("-9801/2"));
        assertThat(toerekeningen(r)).containsExactly(5001L, -4901L);
        assertThat(r.leden()).extracting(l -> l.verevening().eurocent()).containsExactly(-5001L, 5001L);
    }

    /** Inside a wide band nothing moves. */
    @Test
    void everythingInsideTheBandStaysPut() {
        var model = Vereveningsmodel.band(d("0.5"), gewichten(Sleutel.INWONERS, "1"));
        var r = VereveningsEngine.bereken(model, List.of(lid("0148", 1000, 1400, 1), lid("0193", 1000, 600, 9)));
        assertThat(toerekeningen(r)).containsExactly(1400L, 600L);
        assertThat(r.pool()).isEqualTo(Breuk.NUL);
    }
}
