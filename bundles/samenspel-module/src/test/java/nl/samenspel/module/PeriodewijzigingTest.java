package nl.samenspel.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.invoer.Regelfout;
import org.junit.jupiter.api.Test;

/** The one mechanism of dated master data: each rule at its boundary. */
class PeriodewijzigingTest {

    record Kenmerk(String inkoop, String groep) {
        Map<String, String> velden() {
            Map<String, String> uit = new LinkedHashMap<>();
            uit.put("inkoop", inkoop);
            uit.put("groep", groep);
            return uit;
        }
    }

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 7);
    private static final List<Periode<Kenmerk>> PERIODEN = List.of(
            new Periode<>(LocalDate.of(1900, 1, 1), LocalDate.of(2016, 12, 31), new Kenmerk("lokaal", null)),
            new Periode<>(LocalDate.of(2017, 1, 1), null, new Kenmerk("regionaal", null)));
    private static final Vaststellingen.Vastgesteld RUN_2018 = new Vaststellingen.Vastgesteld(4, "r", 2018, Instant.parse("2019-03-01T00:00:00Z"));

    private final List<Regelfout> fouten = new ArrayList<>();
    private final List<Regelfout> wijzigingen = new ArrayList<>();

    private Optional<Periodewijziging> beoordeel(Kenmerk nieuw, LocalDate ingang, boolean correctie) {
        return Periodewijziging.beoordeel("regel 2", "product 45/45A01", PERIODEN, nieuw, ingang, correctie, Kenmerk::velden,
                jaar -> Vaststellingen.geraakt(List.of(RUN_2018), jaar, null), VANDAAG, fouten, wijzigingen);
    }

    @Test
    void theSameValuesChangeNothing() {
        assertThat(beoordeel(new Kenmerk("regionaal", null), LocalDate.of(2010, 1, 1), false)).isEmpty();
        assertThat(fouten).isEmpty();
        assertThat(wijzigingen).isEmpty();
    }

    @Test
    void aChangeFromTodayIsANewPeriodReportedWithOldAndNew() {
        assertThat(beoordeel(new Kenmerk("regionaal", "ggz"), VANDAAG, false)).contains(new Periodewijziging(VANDAAG, false));
        assertThat(wijzigingen).extracting(Regelfout::melding).containsExactly("product 45/45A01 vanaf 2026-12-07: groep (geen) → ggz");
    }

    @Test
    void thePastOnlyAsACorrectionAndTheLastPeriodsFirstDayReplacesIt() {
        assertThat(beoordeel(new Kenmerk("lokaal", null), LocalDate.of(2026, 12, 6), false)).isEmpty();
        assertThat(fouten).singleElement().satisfies(f -> assertThat(f.veld()).isEqualTo("wijziging"));
        // from the last period's first day, in a year after the final run: the period's values are replaced
        List<Periode<Kenmerk>> laat = List.of(new Periode<>(LocalDate.of(2020, 1, 1), null, new Kenmerk("regionaal", null)));
        assertThat(Periodewijziging.beoordeel("regel 2", "p", laat, new Kenmerk("lokaal", null), null, true, Kenmerk::velden,
                jaar -> List.of(), VANDAAG, fouten, wijzigingen)).contains(new Periodewijziging(LocalDate.of(2020, 1, 1), true));
        assertThat(wijzigingen).singleElement().satisfies(w -> assertThat(w.melding()).endsWith("(correctie met terugwerkende kracht)"));
    }

    @Test
    void notBeforeTheLastPeriodAndNotIntoAFinalRun() {
        assertThat(beoordeel(new Kenmerk("lokaal", null), LocalDate.of(2016, 12, 31), true)).isEmpty();
        assertThat(beoordeel(new Kenmerk("lokaal", null), LocalDate.of(2018, 12, 31), true)).isEmpty();
        assertThat(beoordeel(new Kenmerk("lokaal", null), LocalDate.of(2019, 1, 1), true)).isPresent();
        assertThat(fouten).extracting(Regelfout::melding).satisfiesExactly(
                m -> assertThat(m).contains("heeft al een periode vanaf 2017-01-01"),
                m -> assertThat(m).contains("verevening 4 (r 2018").endsWith("laat de wijziging ingaan na 2018"));
    }
}
