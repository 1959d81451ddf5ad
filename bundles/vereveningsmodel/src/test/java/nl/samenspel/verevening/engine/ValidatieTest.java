package nl.samenspel.verevening.engine;

import static nl.samenspel.verevening.engine.Testdata.d;
import static nl.samenspel.verevening.engine.Testdata.gewichten;
import static nl.samenspel.verevening.engine.Testdata.lid;
import static nl.samenspel.verevening.engine.Testdata.sleutels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.geld.Bedrag;
import org.junit.jupiter.api.Test;

/** Every refusal names its field. */
class ValidatieTest {

    private static final Map<String, BigDecimal> INWONERS = gewichten(Sleutel.INWONERS, "1");
    private static final List<LidInvoer> TWEE = List.of(lid("0148", 100, 100, 1), lid("0193", 100, 100, 1));

    private static List<String> velden(Vereveningsmodel model, List<LidInvoer> leden) {
        VereveningsFout fout = catchThrowableOfType(() -> VereveningsEngine.bereken(model, leden), VereveningsFout.class);
        assertThat(fout).as("expected a VereveningsFout").isNotNull();
        assertThat(fout.getMessage()).isNotBlank();
        return fout.velden();
    }

    private static Vereveningsmodel kv(String s, Map<String, BigDecimal> gewichten) {
        return Vereveningsmodel.kostenverdeling(s == null ? null : d(s), gewichten);
    }

    @Test
    void weightsNotAddingUpToExactlyOne() {
        var leden = List.of(lid("0148", 1, 1, sleutels("inwoners", 1, "jeugdigen", 1, "a", 1, "b", 1, "c", 1)));
        assertThat(velden(kv("0.5", gewichten("inwoners", "0.5", "jeugdigen", "0.4")), leden)).containsExactly("gewichten");
        // 0.3333 * 3 = 0.9999: close is not exact.
        assertThat(velden(kv("0.5", gewichten("a", "0.3333", "b", "0.3333", "c", "0.3333")), leden)).containsExactly("gewichten");
    }

    @Test
    void noWeightsAtAll() {
        assertThat(velden(kv("0.5", Map.of()), TWEE)).containsExactly("gewichten");
    }

    @Test
    void negativeWeightEvenIfTheSumIsOne() {
        var model = kv("0.5", gewichten("inwoners", "1.5", "jeugdigen", "-0.5"));
        var leden = List.of(lid("0148", 1, 1, sleutels("inwoners", 1, "jeugdigen", 1)));
        assertThat(velden(model, leden)).containsExactly("gewichten.jeugdigen");
    }

    @Test
    void missingWeight() {
        assertThat(velden(kv("0.5", gewichten("inwoners", null)), TWEE)).containsExactly("gewichten.inwoners");
    }

    @Test
    void solidarityOutsideZeroToOne() {
        assertThat(velden(kv("1.0001", INWONERS), TWEE)).containsExactly("solidariteit");
        assertThat(velden(kv("-0.01", INWONERS), TWEE)).containsExactly("solidariteit");
        assertThat(velden(kv(null, INWONERS), TWEE)).containsExactly("solidariteit");
    }

    @Test
    void negativeBand() {
        assertThat(velden(Vereveningsmodel.band(d("-0.05"), INWONERS), TWEE)).containsExactly("band");
    }

    @Test
    void negativeCap() {
        assertThat(velden(kv("0.5", INWONERS).metPlafond(d("-0.1")), TWEE)).containsExactly("plafond");
        assertThat(velden(Vereveningsmodel.band(d("0.05"), INWONERS).metPlafond(d("-1")), TWEE)).containsExactly("plafond");
    }

    @Test
    void missingFamily() {
        assertThat(velden(new Vereveningsmodel(null, d("0.5"), null, INWONERS), TWEE)).containsExactly("familie");
    }

    @Test
    void memberMissingAKeyValue() {
        var model = kv("0.5", gewichten("inwoners", "0.5", "jeugdigen", "0.5"));
        var leden = List.of(
                lid("0193", 1, 1, sleutels("inwoners", 3, "jeugdigen", 1)),
                lid("0150", 1, 1, sleutels("inwoners", 3)),
                lid("0148", 1, 1, sleutels("inwoners", 3, "jeugdigen", null)));
        assertThat(velden(model, leden)).containsExactly("leden[0148].sleutels.jeugdigen", "leden[0150].sleutels.jeugdigen");
    }

    @Test
    void negativeKeyValue() {
        assertThat(velden(kv("0.5", INWONERS), List.of(lid("0148", 1, 1, -1), lid("0193", 1, 1, 1))))
                .containsExactly("leden[0148].sleutels.inwoners");
    }

    @Test
    void keyWhoseTotalIsZero() {
        assertThat(velden(kv("0.5", INWONERS), List.of(lid("0148", 1, 1, 0), lid("0193", 1, 1, 0))))
                .containsExactly("sleutels.inwoners");
        // A derived key too: nobody has a budget.
        assertThat(velden(kv("0.5", gewichten("budget", "1")), List.of(lid("0148", 0, 1, sleutels()))))
                .containsExactly("sleutels.budget");
    }

    @Test
    void noMembers() {
        assertThat(velden(kv("0.5", INWONERS), List.of())).containsExactly("leden");
    }

    @Test
    void amountsTooLargeToSettleInCents() {
        long veel = Long.MAX_VALUE / 8;
        assertThat(velden(kv("0.5", INWONERS), List.of(lid("0148", veel, veel, 1), lid("0193", 1, 1, 1))))
                .containsExactly("leden");
    }

    @Test
    void duplicateCodes() {
        assertThat(velden(kv("0.5", INWONERS), List.of(lid("0150", 1, 1, 1), lid("0148", 1, 1, 1), lid("0150", 2, 2, 2))))
                .containsExactly("leden[0150].code");
    }

    @Test
    void codeThatIsNotACbsCodeIsNamedByPosition() {
        assertThat(velden(kv("0.5", INWONERS), Arrays.asList(lid("0148", 1, 1, 1), lid("150", 1, 1, 1), null)))
                .containsExactly("leden[#1].code", "leden[#2]");
    }

    @Test
    void negativeOrMissingBudgetAndCost() {
        // B >= 0 and K >= 0: a budget is an allocation and a cost is money spent; neither comes negative.
        var leden = List.of(lid("0148", -1, 1, 1), lid("0193", 1, -1, 1),
                new LidInvoer("0244", null, Bedrag.eurocent(1), sleutels("inwoners", 1)));
        assertThat(velden(kv("0.5", INWONERS), leden))
                .containsExactly("leden[0148].budget", "leden[0193].kosten", "leden[0244].budget");
    }

    @Test
    void aNegativeBudgetIsNotReportedTwiceWhenBudgetIsAKey() {
        assertThat(velden(kv("0.5", gewichten("budget", "1")), List.of(lid("0148", -5, 1, sleutels()))))
                .containsExactly("leden[0148].budget");
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        var model = new Vereveningsmodel(Familie.KOSTENVERDELING, d("2"), d("-1"), gewichten("inwoners", "0.9"));
        var leden = List.of(lid("0148", 1, 1, sleutels()), lid("0148", 1, 1, 1));
        assertThat(velden(model, leden)).containsExactly("solidariteit", "plafond", "gewichten", "leden[0148].code");
    }

    @Test
    void errorsDoNotDependOnInputOrder() {
        var model = kv("0.5", gewichten("inwoners", "0.5", "jeugdigen", "0.5"));
        var leden = new ArrayList<>(List.of(
                lid("0193", 1, -1, sleutels("inwoners", 3)),
                lid("0150", 1, 1, sleutels("jeugdigen", 3)),
                lid("0148", -1, 1, sleutels("inwoners", -3, "jeugdigen", 1))));
        List<String> vooruit = velden(model, leden);
        java.util.Collections.reverse(leden);
        assertThat(velden(model, leden)).isEqualTo(vooruit).containsExactly(
                "leden[0148].budget", "leden[0148].sleutels.inwoners",
                "leden[0150].sleutels.inwoners",
                "leden[0193].kosten", "leden[0193].sleutels.jeugdigen");
    }
}
