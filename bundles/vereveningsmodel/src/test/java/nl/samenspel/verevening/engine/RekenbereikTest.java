package nl.samenspel.verevening.engine;

import static nl.samenspel.verevening.engine.Testdata.gewichten;
import static nl.samenspel.verevening.engine.Testdata.lid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine is public: a number no reader would pass is refused by field before any arithmetic, not an ArithmeticException or a hang. */
class RekenbereikTest {

    private static final List<LidInvoer> TWEE = List.of(lid("0148", 100, 100, 1), lid("0193", 100, 100, 1));

    private static VereveningsFout fout(Vereveningsmodel model) {
        return catchThrowableOfType(() -> VereveningsEngine.bereken(model, TWEE), VereveningsFout.class);
    }

    @Test
    void hugeAndTinyExponentsAreRefusedByField() {
        long start = System.nanoTime();
        VereveningsFout groot = fout(Vereveningsmodel.band(new BigDecimal("1e999999999"), gewichten("inwoners", "1")));
        assertThat(groot.velden()).containsExactly("band");
        assertThat(groot.getMessage()).contains("rekenbereik");
        VereveningsFout klein = fout(Vereveningsmodel.band(new BigDecimal("1e-999999999"), gewichten("inwoners", "1")));
        assertThat(klein.velden()).containsExactly("band");
        VereveningsFout plafond = fout(Vereveningsmodel.band(BigDecimal.ZERO, gewichten("inwoners", "1")).metPlafond(new BigDecimal("1e999999999")));
        assertThat(plafond.velden()).containsExactly("plafond");
        VereveningsFout gewicht = fout(Vereveningsmodel.kostenverdeling(BigDecimal.ONE,
                java.util.Map.of("inwoners", new BigDecimal("1e999999999"))));
        assertThat(gewicht.velden()).containsExactly("gewichten.inwoners");
        VereveningsFout nul = fout(Vereveningsmodel.band(new BigDecimal("0E-2147483647"), gewichten("inwoners", "1")));
        assertThat(nul.velden()).containsExactly("band");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void zeroIsZeroWhateverItsScale() {
        assertThat(Breuk.van(new BigDecimal("0E-2147483647"))).isEqualTo(Breuk.NUL);
        assertThat(Breuk.van(new BigDecimal("0E+2147483647"))).isEqualTo(Breuk.NUL);
    }

    @Test
    void aHundredDigitsEachSideStillComputes() {
        BigDecimal band = new BigDecimal("0." + "0".repeat(99) + "1");
        assertThat(VereveningsEngine.bereken(Vereveningsmodel.band(band, gewichten("inwoners", "1")), TWEE).leden()).hasSize(2);
    }
}
