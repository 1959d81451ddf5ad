package nl.samenspel.wmo.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.ws.rs.core.Response;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.wmo.internal.monitoring.Overzichten;
import nl.samenspel.xlsx.Blad;
import nl.samenspel.xlsx.Download;
import nl.samenspel.xlsx.Kolomtype;
import nl.samenspel.xlsx.XlsxLezer;
import org.junit.jupiter.api.Test;

/** The Wmo overviews as a controller downloads them: the same figures as the JSON, amounts in eurocent, the region last. */
class MonitoringbladenTest {

    private static final Overzichten.Budgetregel ZWOLLE = new Overzichten.Budgetregel("0193", "Zwolle", 4_000_000_00L, 3_100_000_00L,
            2_000_000_01L, 450_000_00L, 300_000_00L, 2_750_000_01L, "68.7", 0);
    private static final Overzichten.Budgetregel HATTEM = new Overzichten.Budgetregel("0244", "Hattem", null, 10_00L, 5_00L, 0L, 0L, 5_00L,
            null, 2);
    private static final Overzichten.Budgetregel REGIO = new Overzichten.Budgetregel("", "regio", null, 3_100_001_000L, 2_000_000_501L,
            450_000_00L, 300_000_00L, 2_750_000_501L, null, 2);
    private static final Overzichten.Budgetoverzicht BUDGETTEN = new Overzichten.Budgetoverzicht(2025, List.of(ZWOLLE, HATTEM), REGIO);

    @Test
    void theBudgetWorkbookHoldsEveryRowWithAmountsInEurocentAndTheRegionLast() throws Exception {
        Response r = Download.antwoord("xlsx", null, BUDGETTEN, () -> Monitoringbladen.budgetten(BUDGETTEN), "wmo-budgetten-2025");
        assertThat(r.getMediaType().toString()).isEqualTo(Download.XLSX);
        assertThat(r.getHeaderString("Content-Disposition")).isEqualTo("attachment; filename=\"wmo-budgetten-2025.xlsx\"");
        List<Blad> bladen = XlsxLezer.lees(new ByteArrayInputStream((byte[]) r.getEntity()));
        assertThat(bladen).hasSize(1);
        Blad blad = bladen.get(0);
        assertThat(blad.naam()).isEqualTo("Budgetten 2025");
        assertThat(blad.rijen()).containsExactly(
                Arrays.asList("0193", "Zwolle", 4_000_000_00L, 3_100_000_00L, 2_000_000_01L, 450_000_00L, 300_000_00L, 2_750_000_01L,
                        new BigDecimal("68.7"), 0L),
                Arrays.asList("0244", "Hattem", null, 10_00L, 5_00L, 0L, 0L, 5_00L, null, 2L),
                Arrays.asList("", "regio", null, 3_100_001_000L, 2_000_000_501L, 450_000_00L, 300_000_00L, 2_750_000_501L, null, 2L));
        assertThat(blad.kolomtypen().get(blad.kolommen().indexOf("Gerealiseerd (eurocent)"))).isEqualTo(Kolomtype.EUROCENT);
        assertThat(blad.kolomtypen().get(blad.kolommen().indexOf("Procent van budget"))).isEqualTo(Kolomtype.STANDAARD);
    }

    @Test
    void theCsvIsTheFirstSheetAndJsonIsTheDefault() {
        Overzichten.Doorlooptijden d = new Overzichten.Doorlooptijden(2025, List.of(new Overzichten.Doorlooptijdregel("0193", "Zwolle", 3, 40,
                70, 1)), List.of(new Overzichten.Overschrijding("0193-17", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 20), 73)));
        Response csv = Download.antwoord("csv", null, d, () -> Monitoringbladen.doorlooptijden(d), "wmo-doorlooptijden-2025");
        String tekst = new String((byte[]) csv.getEntity(), StandardCharsets.UTF_8);
        assertThat(tekst).isEqualTo("\ufeffGemeente;Naam;Aanvragen;Mediaan (dagen);P90 (dagen);Langer dan 8 weken\r\n0193;Zwolle;3;40;70;1\r\n");
        assertThat(Download.antwoord(null, "text/csv", d, () -> Monitoringbladen.doorlooptijden(d), "x").getMediaType().toString())
                .startsWith("text/csv");
        Response json = Download.antwoord(null, "*/*", d, () -> {
            throw new AssertionError("no sheets for JSON");
        }, "x");
        assertThat(json.getEntity()).isSameAs(d);
    }

    @Test
    void theSignalsOfMoreThanEightWeeksAreASecondSheetNamedByNumberOnly() throws Exception {
        Overzichten.Doorlooptijden d = new Overzichten.Doorlooptijden(2025, List.of(), List.of(new Overzichten.Overschrijding("0193-17",
                LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 20), 73)));
        Response r = Download.antwoord("XLSX", null, d, () -> Monitoringbladen.doorlooptijden(d), "x");
        List<Blad> bladen = XlsxLezer.lees(new ByteArrayInputStream((byte[]) r.getEntity()));
        assertThat(bladen.get(1).kolommen()).containsExactly("Toewijzing", "Aanvraagdatum", "Toegewezen", "Dagen");
        assertThat(bladen.get(1).rijen()).containsExactly(List.of("0193-17", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 20), 73L));
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheChoices() {
        assertThatThrownBy(() -> Download.formaat("pdf", null)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("kies json, csv of xlsx");
    }
}
