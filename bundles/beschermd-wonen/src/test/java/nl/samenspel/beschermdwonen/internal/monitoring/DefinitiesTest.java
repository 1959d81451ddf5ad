package nl.samenspel.beschermdwonen.internal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.samenspel.beschermdwonen.internal.Hubtest;
import nl.samenspel.beschermdwonen.internal.Testomgeving;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.invoer.Importresultaat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each monitoring figure's definition (docs/beschermd-wonen.md, "Monitoring: definitions") on a
 * case at its boundary, with a small hand-made dataset whose answers can be counted by hand.
 */
class DefinitiesTest extends Hubtest {

    private static final String CLIENT = "cd".repeat(32);
    private static final String PLAATSINGEN_KOP =
            "herkomstgemeente;plaatsingnummer;client;voorziening;vorm;ingangsdatum;einddatum;tarief;tariefeenheid;eindreden;overboeking;aanmelding\n";

    private Monitoring monitoring;

    @BeforeEach
    void laad() throws Exception {
        monitoring = new Monitoring(opslag);
        // KLEIN has 3 places from 2024; before that it has no capacity period at all
        lees(Bwsoort.VOORZIENINGEN, """
                code;naam;agb;vestigingsgemeente;soort;capaciteit;ingangsdatum;einddatum
                KLEIN;Klein huis;12345678;0193;intramuraal-bw;3;2024-01-01;
                """);
        lees(Bwsoort.AANMELDINGEN, """
                herkomstgemeente;aanmeldingnummer;client;datum;vorm
                0193;1;%1$s;2024-12-20;intramuraal
                0193;2;%1$s;2024-12-31;intramuraal
                0193;3;%1$s;2025-01-01;intramuraal
                """.formatted(CLIENT));
        lees(Bwsoort.PLAATSINGEN, PLAATSINGEN_KOP + """
                0193;1;%1$s;KLEIN;intramuraal;2024-02-01;2024-12-31;10000;dag;uitstroom-zelfstandig;;
                0193;2;%1$s;KLEIN;intramuraal;2024-03-01;;10000;dag;;;
                0193;3;%1$s;KLEIN;intramuraal;2024-03-01;;10000;dag;;;
                0193;4;%1$s;KLEIN;intramuraal;2024-06-01;2025-01-01;10000;dag;andere-zorg;ja;
                0193;5;%1$s;KLEIN;intramuraal;2025-01-01;;10000;dag;;;1
                """.formatted(CLIENT));
    }

    @Test
    void occupancyIsEveryoneInAPlaceOverTheCapacityOverbookingsIncluded() throws Exception {
        // 31 December 2024: placements 1, 2, 3 and the overbooked 4 run (1 ends that day and still counts): 4 people, 3 places
        Overzichten.Bezettingregel r = monitoring.bezetting(Testomgeving.REGISTER, LocalDate.of(2024, 12, 31)).voorzieningen().get(0);
        assertThat(r.bezet()).isEqualTo(3);
        assertThat(r.overboekt()).isEqualTo(1);
        assertThat(r.bezettingsgraad()).isEqualTo("133.3");
        // 1 January 2025: 1 has ended, 5 starts, 4 ends that day: still 3 + 1
        Overzichten.Bezettingregel nieuwjaar = monitoring.bezetting(Testomgeving.REGISTER, LocalDate.of(2025, 1, 1)).voorzieningen().get(0);
        assertThat(nieuwjaar.bezet() + "+" + nieuwjaar.overboekt()).isEqualTo("3+1");
        // 2 January 2025: 3 in 3 places
        assertThat(monitoring.bezetting(Testomgeving.REGISTER, LocalDate.of(2025, 1, 2)).voorzieningen().get(0).bezettingsgraad())
                .isEqualTo("100.0");
    }

    @Test
    void anApplicationPlacedOnTheFirstDayOfTheNextYearCountsAsPlacedInItsOwnYear() throws Exception {
        Overzichten.Wachtlijst w2024 = monitoring.wachtlijst(2024);
        // applications of 20 and 31 December 2024; the first is placed on 1 January 2025: placed, after 12 days
        assertThat(w2024.aanmeldingen()).isEqualTo(2);
        assertThat(w2024.geplaatst()).isEqualTo(1);
        assertThat(w2024.open()).isEqualTo(1);
        assertThat(w2024.mediaanDagen()).isEqualTo(12);
        // the application of 1 January 2025 is 2025's, and open
        assertThat(monitoring.wachtlijst(2025).aanmeldingen()).isEqualTo(1);
        assertThat(monitoring.wachtlijst(2025).geplaatst()).isZero();
    }

    @Test
    void aPlacementCountsInEveryYearItRunsOnAtLeastOneDay() throws Exception {
        // 4 ends on 1 January 2025: it is in 2025's spreading, and in 2025's outflow, not 2024's
        assertThat(monitoring.spreiding(Testomgeving.REGISTER, 2025).herkomst().get(0).plaatsingen()).isEqualTo(4);
        assertThat(monitoring.spreiding(Testomgeving.REGISTER, 2024).herkomst().get(0).plaatsingen()).isEqualTo(4);
        Overzichten.Uitstroom u2024 = monitoring.uitstroom(2024);
        assertThat(u2024.beeindigd()).isEqualTo(1);
        assertThat(u2024.aandeelZelfstandig()).isEqualTo("100.0");
        assertThat(monitoring.uitstroom(2025).aandeelZelfstandig()).isEqualTo("0.0");
    }

    @Test
    void aDayWithoutACapacityPeriodIsNoCapacityNotACapacityOfZero() throws Exception {
        Importresultaat r = dienst.importeer(Bwsoort.PLAATSINGEN, "vroeg.csv", (PLAATSINGEN_KOP
                + "0193;9;" + CLIENT + ";KLEIN;intramuraal;2023-12-01;2023-12-31;10000;dag;anders;;\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.fouten()).singleElement().satisfies(f -> assertThat(f.melding())
                .contains("op 2023-12-01 1 plaatsingen terwijl de voorziening op die dag geen capaciteit heeft")
                .contains("de volgende begint op 2024-01-01")
                .doesNotContain("capaciteit van 0"));
    }
}
