package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The 2025 Centrumregeling: eight members, one year, and no transitional right any more. */
class BeschermdWonen2025Test {

    private static final BeschermdWonenDemo DEMO = BeschermdWonenDemo.genereer(2016,
            BeschermdWonenDemo.Periode.JAAR_2025, 1500, 40);
    private static final List<String> LEDEN = List.of("0148", "0160", "0166", "0175", "0180", "1708", "1896", "0193");
    private static final LocalDate VAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate TOT = LocalDate.of(2025, 12, 31);

    @Test
    void alleenDeAchtLeden() {
        assertThat(DEMO.periode().gemeentecodes()).containsExactlyInAnyOrderElementsOf(LEDEN);
        assertThat(DEMO.plaatsingen().stream().map(Plaatsing::herkomstgemeente).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(LEDEN);
        assertThat(DEMO.plaatsingen()).allSatisfy(p -> assertThat(LEDEN).contains(p.vestigingsgemeente()));
        assertThat(DEMO.voorzieningen()).allSatisfy(v -> assertThat(LEDEN).contains(v.vestigingsgemeente()));
        assertThat(DEMO.aanmeldingen()).allSatisfy(a -> assertThat(LEDEN).contains(a.herkomstgemeente()));
    }

    @Test
    void alleDatumsIn2025() {
        assertThat(DEMO.plaatsingen()).hasSize(1500).allSatisfy(p -> {
            assertThat(p.ingangsdatum()).isBetween(VAN, TOT);
            if (p.einddatum() != null) {
                assertThat(p.einddatum()).isBetween(p.ingangsdatum(), TOT);
            }
            if (p.vorm().equals("volledig-pakket-thuis") && p.einddatum() != null) {
                assertThat(p.einddatum()).isBeforeOrEqualTo(p.ingangsdatum().plusMonths(6).minusDays(1));
            }
        });
        assertThat(DEMO.aanmeldingen()).allSatisfy(a -> assertThat(a.datum()).isBetween(VAN, TOT));
        assertThat(DEMO.voorzieningen()).allSatisfy(v -> {
            assertThat(v.ingangsdatum()).isBetween(VAN, TOT);
            if (v.einddatum() != null) {
                assertThat(v.einddatum()).isBetween(VAN, TOT);
            }
        });
    }

    @Test
    void geenOvergangsrechtMaarWelTweeOverboekingen() {
        assertThat(DEMO.plaatsingen()).noneMatch(Plaatsing::overgangsrecht);
        assertThat(DEMO.plaatsingen().stream().filter(Plaatsing::overboeking)).hasSize(2);
    }

    @Test
    void verkeerdeOmvangWordtGeweigerd() {
        assertThatThrownBy(() -> BeschermdWonenDemo.genereer(1, BeschermdWonenDemo.Periode.JAAR_2025, 9, 40))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BeschermdWonenDemo.genereer(1, BeschermdWonenDemo.Periode.JAAR_2025, 100, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BeschermdWonenDemo.genereer(1, BeschermdWonenDemo.Periode.JAAR_2025, 10, 5).plaatsingen()).hasSize(10);
    }
}
