package nl.samenspel.module.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ToewijzingsbasisTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);

    @Test
    void theSharedFieldsGiveTheKeyTheSizeAndTheDifferencesInReportOrder() {
        Testtoewijzing t = Testtoewijzing.van(7, "a", JAN, null);
        Testtoewijzing ander = new Testtoewijzing(new Toewijzingsgegevens("0193", 7, "b", "12345678", "45", "45A02", null, JAN, JAN.plusDays(9),
                2, "14", "1", null, null), "y");

        assertThat(t.sleutel()).isEqualTo(new Toewijzingsleutel("0193", 7));
        assertThat(ander.omvang().inJaar(2025, 100)).isEqualTo(10 * 2 * 100L);
        // the module's own field (eigen, its record's component after the shared ones) is compared after them
        assertThat(t.eigenVelden()).containsExactly(java.util.Map.entry("eigen", "x"));
        assertThat(t.verschillen(ander)).containsExactly("client", "productcode", "einddatum", "volume", "eigen");
        assertThat(t.verschillen(t)).isEmpty();
    }
}
