package nl.samenspel.verevening.engine;

import static nl.samenspel.verevening.engine.Testdata.d;
import static nl.samenspel.verevening.engine.Testdata.gewichten;
import static nl.samenspel.verevening.engine.Testdata.lid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cap worked by hand. All amounts in eurocents. */
class PlafondVoorbeeldTest {

    /**
     * Capping 0148 pushes 0166 over its own cap in the second round.
     * <pre>
     * s = 1, c = 0.1; inwoners 2, 3, 5 so sigma = 0.2, 0.3, 0.5
     *        B     K     T0 = 2207*sigma   pays T0-K   cap c*B
     * 0148  2003   101   441.4            340.4       200.3   over by 140.1
     * 0166  5700   103   662.1            559.1       570     under
     * 0193  1999  2003  1103.5           -899.5       199.9   under
     * round 1: 0148 set to 101 + 200.3 = 301.3; 140.1 shared by sigma over 0166, 0193 (sum 0.8):
     *          0166 + 140.1*3/8 = 52.5375 -> 714.6375, pays 611.6375 > 570
     *          0193 + 140.1*5/8 = 87.5625 -> 1191.0625
     * round 2: 0166 set to 103 + 570 = 673; 41.6375 all to 0193 (the only one left) -> 1232.7
     * round 3: nobody over. Exact T = 301.3, 673, 1232.7 (sum 2207)
     * floors 301 + 673 + 1232 = 2206; one cent to remainder .7 (0193): T = 301, 673, 1233
     * V = -200, -570, 770; payments 200 <= 200.3 and 570 <= 570
     * </pre>
     */
    @Test
    void capThatNeedsTwoRounds() {
        var model = Vereveningsmodel.kostenverdeling(d("1"), gewichten(Sleutel.INWONERS, "1")).metPlafond(d("0.1"));
        var r = VereveningsEngine.bereken(model, List.of(
                lid("0148", 2003, 101, 2), lid("0166", 5700, 103, 3), lid("0193", 1999, 2003, 5)));

        assertThat(r.plafondrondes()).hasSize(2);
        Plafondronde een = r.plafondrondes().get(0);
        assertThat(een.afgetopt()).containsExactly(Map.entry("0148", Breuk.parse("1401/10")));
        assertThat(een.sigmaOntvangers()).isEqualTo(Breuk.parse("4/5"));
        assertThat(een.toegerekend()).containsExactly(
                Map.entry("0166", Breuk.parse("4203/80")), Map.entry("0193", Breuk.parse("1401/16")));
        Plafondronde twee = r.plafondrondes().get(1);
        assertThat(twee.afgetopt()).containsExactly(Map.entry("0166", Breuk.parse("3331/80")));
        assertThat(twee.toegerekend()).containsExactly(Map.entry("0193", Breuk.parse("3331/80")));

        assertThat(r.leden()).extracting(LidResultaat::geplafonneerdInRonde).containsExactly(1, 2, 0);
        assertThat(r.leden()).extracting(LidResultaat::exacteToerekening)
                .containsExactly(Breuk.parse("3013/10"), Breuk.van(673), Breuk.parse("12327/10"));
        assertThat(r.leden()).extracting(LidResultaat::plafondcorrectie)
                .containsExactly(Breuk.parse("-1401/10"), Breuk.parse("4203/80").min(Breuk.parse("3331/80")),
                        Breuk.parse("1401/16").plus(Breuk.parse("3331/80")));
        assertThat(r.leden()).extracting(l -> l.toerekening().eurocent()).containsExactly(301L, 673L, 1233L);
        assertThat(r.leden()).extracting(l -> l.verevening().eurocent()).containsExactly(-200L, -570L, 770L);
    }

    /**
     * The capped amount has nowhere to go: the only uncapped member has sigma 0.
     * s = 1, c = 0, inwoners 1 and 0: 0148 would pay 1000 but may pay 0, and 0193 has no key share.
     */
    @Test
    void capThatCannotBePlacedIsAnError() {
        var model = Vereveningsmodel.kostenverdeling(d("1"), gewichten(Sleutel.INWONERS, "1")).metPlafond(d("0"));
        assertThatThrownBy(() -> VereveningsEngine.bereken(model, List.of(lid("0148", 100, 0, 1), lid("0193", 100, 1000, 0))))
                .isInstanceOfSatisfying(VereveningsFout.class, f -> assertThat(f.velden()).containsExactly("plafond"));
    }

    /** A cap nobody reaches changes nothing and records no rounds. */
    @Test
    void capNobodyReachesRecordsNoRounds() {
        var model = Vereveningsmodel.kostenverdeling(d("1"), gewichten(Sleutel.INWONERS, "1"));
        var leden = List.of(lid("0148", 1000, 100, 1), lid("0193", 1000, 300, 1));
        var zonder = VereveningsEngine.bereken(model, leden);
        var met = VereveningsEngine.bereken(model.metPlafond(d("0.1")), leden);
        assertThat(met.plafondrondes()).isEmpty();
        assertThat(met.leden()).extracting(LidResultaat::toerekening)
                .isEqualTo(zonder.leden().stream().map(LidResultaat::toerekening).toList());
    }
}
