package nl.samenspel.wmo.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.tarief.Kortingsplan;
import nl.samenspel.wmo.internal.Testomgeving;
import nl.samenspel.wmo.internal.domein.Stamgegevens;
import nl.samenspel.wmo.internal.opslag.Tariefkortingen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A DIAH cut as in 2016: every product of the group at once, rounded half up to the cent, the old tariff kept; or nothing. */
class TariefkortingTest extends Stamgegevenstest {

    private Tariefkortingen kortingen;

    @BeforeEach
    void laad() throws Exception {
        kortingen = new Tariefkortingen(opslag);
    }

    @Test
    void everyProductOfTheGroupIsCutFromTheFirstOfTheYear() throws Exception {
        Kortingsplan.Plan plan = kortingen.pasToe(2026, "diah", "11.00", List.of());
        // hours € 27.00 → € 24.03; the trajectory € 1,500.00 → € 1,335.00
        assertThat(plan.regels()).extracting(Kortingsplan.Regel::code, Kortingsplan.Regel::oudTarief, Kortingsplan.Regel::nieuwTarief)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("HH1", 2700L, 2403L),
                        org.assertj.core.groups.Tuple.tuple("BGT", 150000L, 133500L));
        List<Stamgegevens.Tarief> uren = opslag.tarieven().get(new Productsleutel("01", "HH1"));
        assertThat(uren).extracting(Stamgegevens.Tarief::ingang, Stamgegevens.Tarief::einde, Stamgegevens.Tarief::tarief).containsExactly(
                org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2024-01-01"), java.time.LocalDate.parse("2025-06-30"), 3000L),
                org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2025-07-01"), java.time.LocalDate.parse("2025-12-31"), 2700L),
                org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2026-01-01"), null, 2403L));
        assertThat(kortingen.kortingen()).extracting(k -> k.jaar() + " " + k.groep() + " " + k.basispunten() + " " + k.producten())
                .containsExactly("2026 diah 1100 2");
    }

    @Test
    void aCutIsAppliedOnceAndNotIntoAFinalYear() throws Exception {
        kortingen.pasToe(2026, "diah", "11", List.of());
        assertThatThrownBy(() -> kortingen.pasToe(2026, "diah", "5", List.of())).isInstanceOf(Kortingsplan.Geweigerd.class)
                .satisfies(e -> assertThat(((Kortingsplan.Geweigerd) e).fouten()).extracting(f -> f.melding()).containsExactly(
                        "de korting van 2026 op diah is al toegepast"));
        // 2025 has a later tariff (from 2025-07-01 the cut of that year), and a final run of 2025 would change
        var run = new Vaststellingen.Vastgesteld(7, Testomgeving.REGIO, 2025, Instant.parse("2026-03-01T10:00:00Z"));
        assertThatThrownBy(() -> kortingen.pasToe(2025, "diah", "5", List.of(run))).isInstanceOf(Kortingsplan.Geweigerd.class)
                .satisfies(e -> assertThat(((Kortingsplan.Geweigerd) e).fouten()).extracting(f -> f.plaats() + ", " + f.veld())
                        .contains("01/HH1, jaar", "01/HH1, tarief", "02/BGT, jaar"));
        assertThat(kortingen.kortingen()).hasSize(1);
        assertThatThrownBy(() -> kortingen.pasToe(2026, "onbekend", "101", List.of())).isInstanceOf(Kortingsplan.Geweigerd.class);
    }
}
