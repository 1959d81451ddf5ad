package nl.samenspel.invoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Warnings: carried beside the errors, in the report, and absent for callers of the 1.4 constructor. */
class ImportresultaatTest {

    @Test
    void anAcceptedFileCarriesItsWarningsIntoTheReport() {
        Importresultaat r = new Importresultaat(7, "toewijzingen", "CSV", "t.csv", true, 3, List.of(), null,
                List.of(new Regelfout("regel 4", "aanmelddatum", "verwijzer zonder aanmelddatum")));
        assertThat(r.waarschuwingen()).singleElement().satisfies(w -> assertThat(w.veld()).isEqualTo("aanmelddatum"));
        assertThat(r.rapport()).isEqualTo("Import 7: toewijzingen uit t.csv (CSV)\n"
                + "Geaccepteerd: 3 records.\n"
                + "Waarschuwingen: 1 (geen reden tot weigeren):\n"
                + "  WAARSCHUWING regel 4, aanmelddatum: verwijzer zonder aanmelddatum\n");
    }

    @Test
    void theOldConstructorMeansNoWarningsAndTheSameReport() {
        Importresultaat r = new Importresultaat(7, "toewijzingen", "CSV", "t.csv", true, 3, List.of(), null);
        assertThat(r.waarschuwingen()).isEmpty();
        assertThat(r.rapport()).isEqualTo("Import 7: toewijzingen uit t.csv (CSV)\nGeaccepteerd: 3 records.\n");
        assertThat(new Importresultaat(7, "t", "CSV", "t.csv", true, 0, List.of(), null, null).waarschuwingen()).isEmpty();
    }
}
