package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariefTest {

    private static final JeugdhulpDemo DEMO = JeugdhulpDemo.genereer(2016, 50);

    @Test
    void kortingenInVolgorde() {
        assertThat(DEMO.kortingen()).containsExactly(
                new Tariefkorting(2015, "provinciaal", "15.05"),
                new Tariefkorting(2015, "awbz", "15.05"),
                new Tariefkorting(2016, "provinciaal", "10.00"),
                new Tariefkorting(2016, "awbz", "9.00"),
                new Tariefkorting(2016, "ggz", "8.00"));
    }

    @Test
    void rekenvoorbeeldAfrondingHalfOmhoog() {
        // 10000 x 0.8495 = 8495 exactly; 8495 x 0.90 = 7645.5 -> 7646 (half up)
        assertThat(Tariefkalender.gekort(10_000, 1505)).isEqualTo(8_495);
        assertThat(Tariefkalender.gekort(8_495, 1000)).isEqualTo(7_646);
        // 9254 x 0.8495 = 7861.273 -> 7861; 7861 x 0.91 = 7153.51 -> 7154
        assertThat(Tariefkalender.gekort(9_254, 1505)).isEqualTo(7_861);
        assertThat(Tariefkalender.gekort(7_861, 900)).isEqualTo(7_154);
    }

    @Test
    void provinciaalTweeKeerGekort() {
        controleer("provinciaal", List.of("0.8495", "0.90"));
    }

    @Test
    void awbzTweeKeerGekort() {
        controleer("awbz", List.of("0.8495", "0.91"));
    }

    @Test
    void ggzAlleenIn2016Gekort() {
        controleer("ggz", List.of("1", "0.92"));
    }

    @Test
    void geenTariefVoor2014() {
        Product p = DEMO.producten().get(0);
        assertThatThrownBy(() -> DEMO.tariefOp(p.categorie(), p.code(), LocalDate.of(2013, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** factoren: what remains of the tariff from 2015-01-01 and from 2016-01-01, rounded half up each year. */
    private static void controleer(String groep, List<String> factoren) {
        List<Product> producten = DEMO.producten().stream().filter(p -> p.kortingsgroep().equals(groep)).toList();
        assertThat(producten).isNotEmpty();
        for (Product p : producten) {
            long basis = DEMO.basistarieven().stream()
                    .filter(t -> t.categorie().equals(p.categorie()) && t.code().equals(p.code()))
                    .findFirst().orElseThrow().tarief();
            long in2015 = new BigDecimal(basis).multiply(new BigDecimal(factoren.get(0)))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            long in2016 = new BigDecimal(in2015).multiply(new BigDecimal(factoren.get(1)))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            assertThat(DEMO.tariefOp(p.categorie(), p.code(), LocalDate.of(2014, 1, 1))).isEqualTo(basis);
            assertThat(DEMO.tariefOp(p.categorie(), p.code(), LocalDate.of(2014, 12, 31))).isEqualTo(basis);
            assertThat(DEMO.tariefOp(p.categorie(), p.code(), LocalDate.of(2015, 1, 1))).isEqualTo(in2015);
            assertThat(DEMO.tariefOp(p.categorie(), p.code(), LocalDate.of(2015, 12, 31))).isEqualTo(in2015);
            assertThat(DEMO.tariefOp(p.categorie(), p.code(), LocalDate.of(2016, 1, 1))).isEqualTo(in2016);
            assertThat(DEMO.tariefOp(p.categorie(), p.code(), LocalDate.of(2017, 12, 31))).isEqualTo(in2016);
        }
    }
}
