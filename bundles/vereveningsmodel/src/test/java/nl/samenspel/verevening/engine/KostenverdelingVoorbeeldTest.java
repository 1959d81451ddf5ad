package nl.samenspel.verevening.engine;

import static nl.samenspel.verevening.engine.Testdata.d;
import static nl.samenspel.verevening.engine.Testdata.gewichten;
import static nl.samenspel.verevening.engine.Testdata.lid;
import static nl.samenspel.verevening.engine.Testdata.sleutels;
import static nl.samenspel.verevening.engine.Testdata.toerekeningen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.api.geld.Bedrag;
import org.junit.jupiter.api.Test;

/**
 * Kostenverdeling worked by hand: T = (1 - s) K_g + s K &sigma;_g. All amounts in eurocents.
 * Members 0148 (Dalfsen), 0166 (Kampen), 0193 (Zwolle).
 */
class KostenverdelingVoorbeeldTest {

    /**
     * Primes and two keys; this is worked example 1 in docs/verevening.md.
     * <pre>
     * K = 1009 + 1013 + 1019 = 3041; B = 997, 1021, 1031; s = 0.25
     * inwoners 20000, 30000, 50000 (total 100000), weight 0.6
     * jeugdigen  4000,  4000,  4000 (total  12000), weight 0.4
     * sigma_0148 = 0.6 * 2/10 + 0.4 * 1/3 = 9/75  + 10/75 = 19/75   (= 0.25333...)
     * sigma_0166 = 0.6 * 3/10 + 0.4 * 1/3 = 27/150 + 20/150 = 47/150 (= 0.31333...)
     * sigma_0193 = 0.6 * 5/10 + 0.4 * 1/3 = 45/150 + 20/150 = 13/30  (= 0.43333...)
     *   check: 38/150 + 47/150 + 65/150 = 1
     * inbreng s*K_g:  252.25, 253.25, 254.75; pool E = s*K = 3041/4 = 760.25
     * poolaandeel E*sigma: 3041/4 * 19/75  = 57779/300  = 192.59666...
     *                      3041/4 * 47/150 = 142927/600 = 238.21166...
     *                      3041/4 * 13/30  = 39533/120  = 329.44166...
     * T = 0.75 K_g + poolaandeel (over 600):
     *   0148: 454050/600 + 115558/600 = 569608/600 = 71201/75   =  949.34666...
     *   0166: 455850/600 + 142927/600 = 598777/600              =  997.96166...
     *   0193: 458550/600 + 197665/600 = 656215/600 = 131243/120 = 1093.69166...
     * floors 949 + 997 + 1093 = 3039, 2 cents missing; remainders .3467, .9617, .6917
     *   so 0166 and 0193 get one: T = 949, 998, 1094 (sum 3041)
     * V = K - T = 60, 15, -75 (sum 0);  R = B - T = 48, 23, -63
     * </pre>
     */
    @Test
    void primeAmountsWithTwoKeys() {
        var model = Vereveningsmodel.kostenverdeling(d("0.25"),
                gewichten(Sleutel.INWONERS, "0.6", Sleutel.JEUGDIGEN, "0.4"));
        var r = VereveningsEngine.bereken(model, new Vereveningsinvoer("zwolle", 2025, List.of(
                lid("0193", 1031, 1019, sleutels("inwoners", 50000, "jeugdigen", 4000)),
                lid("0148", 997, 1009, sleutels("inwoners", 20000, "jeugdigen", 4000)),
                lid("0166", 1021, 1013, sleutels("inwoners", 30000, "jeugdigen", 4000)))));

        assertThat(r.regio()).isEqualTo("zwolle");
        assertThat(r.jaar()).isEqualTo(2025);
        assertThat(r.totaleKosten()).isEqualTo(Bedrag.eurocent(3041));
        assertThat(r.pool()).isEqualTo(Breuk.parse("3041/4"));
        assertThat(r.leden()).extracting(LidResultaat::code).containsExactly("0148", "0166", "0193");
        assertThat(r.leden()).extracting(LidResultaat::sigma)
                .containsExactly(Breuk.parse("19/75"), Breuk.parse("47/150"), Breuk.parse("13/30"));
        assertThat(r.lid("0148").orElseThrow().sigmaDelen())
                .containsExactly(java.util.Map.entry("inwoners", Breuk.parse("3/25")),
                        java.util.Map.entry("jeugdigen", Breuk.parse("2/15")));
        assertThat(r.leden()).extracting(LidResultaat::poolaandeel)
                .containsExactly(Breuk.parse("57779/300"), Breuk.parse("142927/600"), Breuk.parse("39533/120"));
        assertThat(r.leden()).extracting(LidResultaat::exacteToerekening)
                .containsExactly(Breuk.parse("71201/75"), Breuk.parse("598777/600"), Breuk.parse("131243/120"));
        assertThat(r.leden()).extracting(LidResultaat::afrondingscent).containsExactly(0, 1, 1);
        assertThat(toerekeningen(r)).containsExactly(949L, 998L, 1094L);
        assertThat(r.leden()).extracting(l -> l.verevening().eurocent()).containsExactly(60L, 15L, -75L);
        assertThat(r.leden()).extracting(l -> l.saldo().eurocent()).containsExactly(48L, 23L, -63L);
        assertThat(r.plafondrondes()).isEmpty();
    }

    /**
     * A three-way tie in the remainders, resolved by lowest CBS code, not by input order.
     * <pre>
     * K = 1009, 1013, 1019 (sum 3041); s = 0.5; inwoners equal, so sigma = 1/3 each
     * T = K_g/2 + 3041/6:  0148: 3027/6 + 3041/6 = 3034/3 = 1011 1/3
     *                      0166: 3039/6 + 3041/6 = 3040/3 = 1013 1/3
     *                      0193: 3057/6 + 3041/6 = 3049/3 = 1016 1/3
     * floors 1011 + 1013 + 1016 = 3040: one cent missing, all remainders 1/3, lowest code 0148 gets it
     * T = 1012, 1013, 1016; V = -3, 0, 3
     * </pre>
     */
    @Test
    void threeWayTieGoesToLowestCode() {
        var model = Vereveningsmodel.kostenverdeling(d("0.5"), gewichten(Sleutel.INWONERS, "1"));
        var r = VereveningsEngine.bereken(model, List.of(
                lid("0193", 0, 1019, 1000), lid("0166", 0, 1013, 1000), lid("0148", 0, 1009, 1000)));

        assertThat(r.leden()).extracting(LidResultaat::exacteToerekening)
                .containsExactly(Breuk.parse("3034/3"), Breuk.parse("3040/3"), Breuk.parse("3049/3"));
        assertThat(toerekeningen(r)).containsExactly(1012L, 1013L, 1016L);
        assertThat(r.leden()).extracting(LidResultaat::afrondingscent).containsExactly(1, 0, 0);
        assertThat(r.leden()).extracting(l -> l.verevening().eurocent()).containsExactly(-3L, 0L, 3L);
    }

    /**
     * A member without cost still pays its share; a member with key figure 0 only pays its own part.
     * <pre>
     * s = 0.5; K = 0 + 1000 + 3001 = 4001; inwoners 40, 0, 60 so sigma = 2/5, 0, 3/5
     * 0148: 0.5*0    + 0.5*4001*2/5 = 0      + 800.2  =  800.2
     * 0166: 0.5*1000 + 0             = 500                 (zero key figure: no share of the pool)
     * 0193: 0.5*3001 + 0.5*4001*3/5 = 1500.5 + 1200.3 = 2700.8
     * floors 800 + 500 + 2700 = 4000: one cent to the largest remainder .8 (0193)
     * T = 800, 500, 2701; V = -800, 500, 300
     * </pre>
     */
    @Test
    void memberWithZeroCostAndMemberWithZeroKeyFigure() {
        var model = Vereveningsmodel.kostenverdeling(d("0.5"), gewichten(Sleutel.INWONERS, "1"));
        var r = VereveningsEngine.bereken(model, List.of(
                lid("0148", 500, 0, 40), lid("0166", 900, 1000, 0), lid("0193", 2500, 3001, 60)));

        assertThat(r.leden()).extracting(LidResultaat::sigma)
                .containsExactly(Breuk.van(2, 5), Breuk.NUL, Breuk.van(3, 5));
        assertThat(r.leden()).extracting(LidResultaat::exacteToerekening)
                .containsExactly(Breuk.parse("4001/5"), Breuk.van(500), Breuk.parse("13504/5"));
        assertThat(toerekeningen(r)).containsExactly(800L, 500L, 2701L);
        assertThat(r.leden()).extracting(l -> l.verevening().eurocent()).containsExactly(-800L, 500L, 300L);
    }

    /** s = 0: everyone pays its own use, whatever the keys say. */
    @Test
    void profijtbeginselLeavesEveryoneWithItsOwnCost() {
        var model = Vereveningsmodel.kostenverdeling(d("0"), gewichten(Sleutel.INWONERS, "1"));
        var r = VereveningsEngine.bereken(model, List.of(lid("0148", 5, 1009, 1), lid("0193", 7, 1013, 99)));
        assertThat(toerekeningen(r)).containsExactly(1009L, 1013L);
        assertThat(r.pool()).isEqualTo(Breuk.NUL);
    }

    /**
     * The derived keys: budget and gebruik come from B and K unless given.
     * <pre>
     * s = 1; weights budget 0.5, gebruik 0.5; B = 300, 100; K = 100, 300; K total 400
     * sigma_0148 = 0.5*300/400 + 0.5*100/400 = 3/8 + 1/8 = 1/2, likewise 0193: T = 200 each
     * With an explicit gebruik of 0 and 1 instead: sigma = 3/8 + 0 = 3/8 and 1/8 + 1/2 = 5/8: T = 150, 250
     * </pre>
     */
    @Test
    void budgetAndGebruikAreDerivedUnlessGiven() {
        var model = Vereveningsmodel.kostenverdeling(d("1"), gewichten(Sleutel.BUDGET, "0.5", Sleutel.GEBRUIK, "0.5"));
        var afgeleid = VereveningsEngine.bereken(model, List.of(
                lid("0148", 300, 100, sleutels()), lid("0193", 100, 300, sleutels())));
        assertThat(toerekeningen(afgeleid)).containsExactly(200L, 200L);
        assertThat(afgeleid.lid("0148").orElseThrow().sleutelwaarden()).containsExactly(
                java.util.Map.entry("budget", 300L), java.util.Map.entry("gebruik", 100L));

        var gegeven = VereveningsEngine.bereken(model, List.of(
                lid("0148", 300, 100, sleutels("gebruik", 0)), lid("0193", 100, 300, sleutels("gebruik", 1))));
        assertThat(toerekeningen(gegeven)).containsExactly(150L, 250L);
    }

    /** A key with weight 0 moves no money, so its values are not needed. */
    @Test
    void keyWithWeightZeroIsNotNeeded() {
        var model = Vereveningsmodel.kostenverdeling(d("1"), gewichten(Sleutel.INWONERS, "1", Sleutel.CLIENTEN, "0"));
        var r = VereveningsEngine.bereken(model, List.of(lid("0148", 0, 100, 1), lid("0193", 0, 300, 3)));
        assertThat(toerekeningen(r)).containsExactly(100L, 300L);
        assertThat(r.lid("0148").orElseThrow().sigmaDelen()).containsEntry("clienten", Breuk.NUL);
        assertThat(r.sleuteltotalen()).containsOnlyKeys("inwoners");
    }
}
