package nl.samenspel.wmo.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.wmo.internal.Testomgeving;
import nl.samenspel.wmo.internal.invoer.Wmosoort;
import org.junit.jupiter.api.Test;

/**
 * Every check of docs/wmo.md refuses its own bad file whole: nothing of it is stored, the report
 * names the line and the field, never the value, and a node keeps the file for its owner.
 */
class WeigeringTest extends Stamgegevenstest {

    private static final String KOP = "gemeente;toewijzingnummer;bsn;agb;categorie;productcode;toewijzingsdatum;ingangsdatum;einddatum;volume;"
            + "eenheid;frequentie;budget;aanvraagdatum\n";
    /** A valid allocation of Zwolle: 3 hours a week in 2025. */
    private static final String GOED = "0193;1;111222333;12345678;01;HH1;2025-01-01;2025-01-01;2025-12-31;3;04;2;;\n";

    private Importresultaat toewijzingen(String... regels) throws Exception {
        return Testomgeving.lees(dienst, Wmosoort.TOEWIJZINGEN, KOP + GOED + String.join("", regels));
    }

    /** The file is refused, nothing of it stored, and the errors are exactly these "regel n, veld" places. */
    private void geweigerd(Importresultaat r, String... plaatsen) throws Exception {
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.fouten()).extracting(f -> f.plaats() + ", " + f.veld()).containsExactly(plaatsen);
        assertThat(opslag.cijfers().lopend(java.time.LocalDate.of(1900, 1, 1), java.time.LocalDate.of(2100, 1, 1))).isEmpty();
        assertThat(r.bewaardAls()).as("a node keeps a refused upload for its owner").isNotNull();
        for (Regelfout f : r.fouten()) {
            assertThat(f.melding()).doesNotContain("111222333", "123456781");
        }
    }

    @Test
    void aBsnThatFailsTheElfproef() throws Exception {
        geweigerd(toewijzingen("0193;2;123456781;12345678;01;HH1;2025-01-01;2025-01-01;2025-12-31;3;04;2;;\n"), "regel 3, bsn");
    }

    @Test
    void budgetAndOmvangExcludeEachOtherAndABudgetNeedsAnEnd() throws Exception {
        geweigerd(toewijzingen("0193;2;123456782;12345678;02;BGT;2025-01-01;2025-01-01;2025-06-30;1;82;6;150000;\n",
                "0193;3;123456782;12345678;02;BGT;2025-01-01;2025-01-01;;;;;150000;\n"), "regel 3, budget", "regel 4, einddatum");
    }

    @Test
    void anEndBeforeItsStart() throws Exception {
        geweigerd(toewijzingen("0193;2;123456782;12345678;01;HH1;2025-01-01;2025-03-01;2025-02-01;3;04;2;;\n"), "regel 3, einddatum");
    }

    @Test
    void aGemeenteOutsideTheRegionOnItsDates() throws Exception {
        // Hattem left at the end of 2023; Deventer was never a member
        geweigerd(toewijzingen("0244;2;123456782;12345678;01;HH1;2024-01-01;2024-01-01;2024-06-30;3;04;2;;\n",
                "0150;3;123456782;12345678;01;HH1;2025-01-01;2025-01-01;2025-06-30;3;04;2;;\n"), "regel 3, gemeente", "regel 3, gemeente",
                // Thuiszorg has no contract in 2024 either
                "regel 3, agb", "regel 4, gemeente", "regel 4, gemeente");
    }

    @Test
    void anUnknownProviderOrProduct() throws Exception {
        geweigerd(toewijzingen("0193;2;123456782;11112222;01;HH1;2025-01-01;2025-01-01;2025-06-30;3;04;2;;\n",
                "0193;3;123456782;12345678;01;XX9;2025-01-01;2025-01-01;2025-06-30;3;04;2;;\n"), "regel 3, agb", "regel 4, productcode");
    }

    @Test
    void anAlgemeneVoorzieningIsNotAllocated() throws Exception {
        geweigerd(toewijzingen("0193;2;123456782;87654321;07;DBA;2025-01-01;2025-01-01;2025-06-30;1;82;6;;\n"),
                "regel 3, productcode");
    }

    @Test
    void aStopReasonOutsideWmo588() throws Exception {
        assertThat(toewijzingen().fouten()).isEmpty();
        Importresultaat r = Testomgeving.lees(dienst, Wmosoort.STOP_ZORG, "gemeente;toewijzingnummer;einddatum;reden\n0193;1;2025-06-30;01\n");
        assertThat(r.fouten()).extracting(f -> f.plaats() + ", " + f.veld()).containsExactly("regel 2, reden");
    }

    @Test
    void declarationsAreWholeMonthsAtVolumeTimesTariffWithinTheAllocation() throws Exception {
        assertThat(toewijzingen().fouten()).isEmpty();
        String kop = "gemeente;toewijzingnummer;declaratienummer;begindatum;einddatum;volume;eenheid;tarief;bedrag;debetcredit\n";
        Importresultaat r = Testomgeving.lees(dienst, Wmosoort.DECLARATIES, kop
                // not one calendar month
                + "0193;1;D1;2025-01-01;2025-02-15;13;04;3000;39000;D\n"
                // 13 × 3,000 is not 40,000
                + "0193;1;D1;2025-02-01;2025-02-28;12;04;3000;40000;D\n"
                // no tarief on the line: 12 × the product's € 30 is not 30,000
                + "0193;1;D1;2025-03-01;2025-03-31;12;04;;30000;D\n"
                // 3 hours a week allow at most 14 in April (30 days: 90/7 rounded up)
                + "0193;1;D1;2025-04-01;2025-04-30;20;04;3000;60000;D\n"
                // a month outside the allocation
                + "0193;1;D1;2026-01-01;2026-01-31;1;04;3000;3000;D\n"
                // in another unit than the allocation's
                + "0193;1;D1;2025-05-01;2025-05-31;1;16;3000;3000;D\n");
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.fouten()).extracting(f -> f.plaats() + ", " + f.veld()).containsExactly("regel 2, einddatum", "regel 3, bedrag",
                "regel 4, bedrag", "regel 5, volume", "regel 6, begindatum", "regel 7, eenheid");
        assertThat(Files.list(map)).isNotEmpty();
    }

    @Test
    void useOfAMaatwerkProductIsNoUseOfAnAlgemeneVoorziening() throws Exception {
        Importresultaat r = Testomgeving.lees(dienst, Wmosoort.GEBRUIK, "gemeente;agb;categorie;productcode;maand;deelnemers;bedrag\n"
                + "0193;87654321;07;DBM;2025-01;10;5000\n0193;87654321;07;DBA;2025-13;10;5000\n");
        assertThat(r.fouten()).extracting(f -> f.plaats() + ", " + f.veld()).containsExactlyInAnyOrder("regel 2, productcode", "regel 3, maand");
    }

    @Test
    void moreKnownParticipantsThanTheReportedUse() throws Exception {
        assertThat(Testomgeving.lees(dienst, Wmosoort.GEBRUIK, "gemeente;agb;categorie;productcode;maand;deelnemers;bedrag\n"
                + "0193;87654321;07;DBA;2025-01;1;5000\n").fouten()).isEmpty();
        Importresultaat r = Testomgeving.lees(dienst, Wmosoort.DEELNEMERS, "gemeente;agb;categorie;productcode;maand;bsn\n"
                + "0193;87654321;07;DBA;2025-01;111222333\n0193;87654321;07;DBA;2025-01;123456782\n0193;87654321;07;DBM;2025-01;123456782\n");
        assertThat(r.fouten()).extracting(f -> f.plaats() + ", " + f.veld()).containsExactly("regel 3, client", "regel 4, productcode");
        for (Regelfout f : r.fouten()) {
            assertThat(f.melding()).doesNotContain("111222333", "123456782");
        }
    }

    @Test
    void aStoredAllocationIsNotReplacedSilently() throws Exception {
        assertThat(toewijzingen().fouten()).isEmpty();
        // the same line again passes: a resent batch changes nothing
        assertThat(toewijzingen().fouten()).isEmpty();
        String kop = KOP.replace("\n", ";wijziging\n");
        Importresultaat stil = Testomgeving.lees(dienst, Wmosoort.TOEWIJZINGEN, kop
                + "0193;1;111222333;12345678;01;HH1;2025-01-01;2025-01-01;2025-12-31;4;04;2;;;\n");
        assertThat(stil.fouten()).extracting(f -> f.plaats() + ", " + f.veld()).containsExactly("regel 2, toewijzingnummer");
        assertThat(stil.fouten().get(0).melding()).contains("wijkt af in volume");
        Importresultaat einde = Testomgeving.lees(dienst, Wmosoort.TOEWIJZINGEN, kop
                + "0193;1;111222333;12345678;01;HH1;2025-01-01;2025-01-01;2025-12-31;4;04;2;;;einde\n");
        assertThat(einde.fouten()).extracting(f -> f.plaats() + ", " + f.veld()).containsExactly("regel 2, wijziging");
        Importresultaat correctie = Testomgeving.lees(dienst, Wmosoort.TOEWIJZINGEN, kop
                + "0193;1;111222333;12345678;01;HH1;2025-01-01;2025-01-01;2025-12-31;4;04;2;;;correctie\n");
        assertThat(correctie.fouten()).isEmpty();
        assertThat(opslag.opgeslagen(List.of(new nl.samenspel.module.toewijzing.Toewijzingsleutel("0193", 1))).values())
                .extracting(o -> o.toewijzing().volume()).containsExactly(4);
    }
}
