package nl.samenspel.jeugdhulp.internal.domein;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import nl.samenspel.module.toewijzing.Toewijzingsgegevens;

/** Youth care's allocated cost is the shared {@link nl.samenspel.module.toewijzing.Omvang} of its allocation (figures in OmvangTest). */
class ZorgTest {

    private static Zorg.Toewijzing t(LocalDate ingang, LocalDate einde, Integer volume, String eenheid, String frequentie, Long budget) {
        return new Zorg.Toewijzing(new Toewijzingsgegevens("0193", 1, "a".repeat(64), "12345678", "45", "45A01", null, ingang, einde, volume,
                eenheid, frequentie, budget, null), null, null);
    }

    @Test
    void anAllocationCommitsItsSizeAndDates() {
        // 3 hours a week for 10 days at 9999 ct: 3 × 10/7 × 9999 = 42852.857… → 42853
        assertThat(t(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 10), 3, "04", "2", null).omvang().inJaar(2016, 9_999)).isEqualTo(42_853);
        // a budget of 120000 ct over 120 days, 61 of them in 2016
        Zorg.Toewijzing budget = t(LocalDate.of(2016, 11, 1), LocalDate.of(2017, 2, 28), null, null, null, 120_000L);
        assertThat(budget.omvang().inJaar(2016, 0)).isEqualTo(61_000);
        assertThat(budget.omvang().tariefdag(2017)).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(budget.sleutel().toString()).isEqualTo("0193/1");
    }
}
