package nl.samenspel.beschermdwonen.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.samenspel.beschermdwonen.internal.Hubtest;
import nl.samenspel.beschermdwonen.internal.domein.Voorziening;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.invoer.Importresultaat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A facility's capacity history changes in the past only as a correction; a new period from a coming day needs nothing. */
class CapaciteitswijzigingTest extends Hubtest {

    private static final String KOP = "code;naam;agb;vestigingsgemeente;soort;capaciteit;ingangsdatum;einddatum;wijziging\n";
    private static final String VOOR = "ZW-1;Huis;12345678;0193;intramuraal-bw;";

    @BeforeEach
    void laad() throws Exception {
        assertThat(voorzieningen(VOOR + "10;2015-01-01;;").geaccepteerd()).isTrue();
    }

    private Importresultaat voorzieningen(String... regels) throws Exception {
        return importeer(Bwsoort.VOORZIENINGEN, KOP + String.join("\n", regels) + "\n");
    }

    private int capaciteitOp(LocalDate dag) throws Exception {
        return opslag.voorzieningen().stream().filter(v -> v.isGeldigOp(dag)).mapToInt(Voorziening::capaciteit).findFirst().orElse(-1);
    }

    @Test
    void aPastCapacityChangesOnlyAsACorrection() throws Exception {
        Importresultaat stil = voorzieningen(VOOR + "12;2015-01-01;;");
        assertThat(stil.fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("wijziging");
            assertThat(f.melding()).startsWith("voorziening ZW-1 vanaf 2015-01-01: capaciteit 10 → 12 wijzigt voorbije dagen");
        });
        assertThat(capaciteitOp(LocalDate.of(2016, 1, 1))).isEqualTo(10);

        Importresultaat bewust = voorzieningen(VOOR + "12;2015-01-01;;correctie");
        assertThat(bewust.geaccepteerd()).isTrue();
        assertThat(bewust.waarschuwingen()).singleElement()
                .satisfies(w -> assertThat(w.melding()).isEqualTo("voorziening ZW-1 vanaf 2015-01-01: capaciteit 10 → 12 (correctie)"));
        assertThat(capaciteitOp(LocalDate.of(2016, 1, 1))).isEqualTo(12);
    }

    @Test
    void aNewPeriodFromAComingDayNeedsNoFlagAndTheSameHistoryIsNoChange() throws Exception {
        LocalDate volgendJaar = LocalDate.now().plusYears(1).withDayOfYear(1);
        Importresultaat r = voorzieningen(VOOR + "10;2015-01-01;" + volgendJaar.minusDays(1) + ";", VOOR + "14;" + volgendJaar + ";;");
        assertThat(r.geaccepteerd()).as(r.rapport()).isTrue();
        assertThat(r.waarschuwingen()).singleElement()
                .satisfies(w -> assertThat(w.melding()).isEqualTo("voorziening ZW-1 vanaf " + volgendJaar + ": capaciteit 10 → 14"));
        Importresultaat zelfde = voorzieningen(VOOR + "10;2015-01-01;" + volgendJaar.minusDays(1) + ";", VOOR + "14;" + volgendJaar + ";;");
        assertThat(zelfde.geaccepteerd()).isTrue();
        assertThat(zelfde.waarschuwingen()).isEmpty();
    }
}
