package nl.samenspel.wmo.internal.eigenbijdrage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.samenspel.demodata.WmoDemo;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.testsupport.Testregister;
import nl.samenspel.wmo.internal.Testomgeving;
import nl.samenspel.wmo.internal.Wmodata;
import nl.samenspel.wmo.internal.inlezen.Importdienst;
import nl.samenspel.wmo.internal.invoer.Wmosoort;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Eigenbijdragebron#opbrengsten} reads only the allocations that run from 1 December of the
 * year before; it must answer what the revenue over every allocation since the start answers,
 * {@code new Opbrengsten(perioden(jaar), tarieven).jaar(jaar)}, also where a stretch runs across
 * that day and where a gemeente's only liable allocations lie before it.
 */
class OpbrengstUitOpslagTest {

    @TempDir
    Path map;

    private static List<Jaaropbrengst> overAlles(Eigenbijdragebron bron, int jaar) throws Exception {
        return new Opbrengsten(bron.perioden(jaar), bron.tarieven()).jaar(jaar);
    }

    @Test
    void aGeneratedRegionGivesTheSameRevenueEveryYear() throws Exception {
        Path csv = Testomgeving.csv(WmoDemo.genereer(2016, 400), map);
        WmoOpslag opslag = Testomgeving.opslag();
        Importdienst dienst = Testomgeving.dienst(opslag, map.resolve("afgewezen"));
        for (String soort : List.of("aanbieders", "producten", "tarieven", "contracten", "budgetten", "toewijzingen", "start-zorg", "stop-zorg")) {
            Testomgeving.aanvaard(dienst, soort, csv.resolve(soort + ".csv"));
        }
        Eigenbijdragebron bron = new Eigenbijdragebron(opslag, Testregister.registerService(Testregister.REGISTER));
        int vergeleken = 0;
        for (int jaar = 2015; jaar <= 2028; jaar++) {
            List<Jaaropbrengst> verwacht = overAlles(bron, jaar);
            assertThat(bron.opbrengsten(jaar, bron.tarieven())).as("%d", jaar).isEqualTo(verwacht);
            vergeleken += verwacht.stream().mapToLong(Jaaropbrengst::clientmaanden).sum() > 0 ? 1 : 0;
        }
        assertThat(vergeleken).as("years with liable client months").isGreaterThan(3);
    }

    /**
     * Zwolle (0193): a stretch that runs across 1 December 2024 from an allocation that ends before it
     * (started in January 2024); one that starts on 1 December 2024 after a gap of a day; one whose support
     * stopped before that day although it would have run on; one adjacent on the day itself. Kampen (0166):
     * an adult whose only liable allocation ended in 2024, so Kampen has a year of zeros in 2025.
     */
    @Test
    void stretchesAcrossTheFirstDayReadAndAGemeenteWithOnlyEarlierLiability() throws Exception {
        WmoOpslag opslag = Testomgeving.opslag();
        Importdienst dienst = Testomgeving.dienst(opslag, map);
        Wmodata.laadStamgegevens(dienst);
        Importresultaat contract = Testomgeving.lees(dienst, Wmosoort.CONTRACTEN, """
                agb;jaar;soort;bedrag;categorie;productcode;gemeente
                12345678;2024;bestedingsruimte;450000;;;
                """);
        assertThat(contract.fouten()).isEmpty();
        String kop = "gemeente;toewijzingnummer;bsn;agb;categorie;productcode;toewijzingsdatum;ingangsdatum;einddatum;volume;eenheid;frequentie;"
                + "budget;aanvraagdatum;geboortedatum\n";
        Importresultaat r = Testomgeving.lees(dienst, Wmosoort.TOEWIJZINGEN, kop
                // across the day: January-November 2024, then December 2024 to June 2025, adjacent: one stretch from January 2024
                + "0193;1;112345670;12345678;01;HH1;2024-01-01;2024-01-01;2024-11-30;3;04;2;;;1950-01-01\n"
                + "0193;2;112345670;12345678;01;HH1;2024-12-01;2024-12-01;2025-06-30;3;04;2;;;1950-01-01\n"
                // a day without provision: a new stretch from 1 December 2024, collected from January 2025
                + "0193;3;127160474;12345678;01;HH1;2024-03-01;2024-03-01;2024-11-29;3;04;2;;;1950-01-01\n"
                + "0193;4;127160474;12345678;01;HH1;2024-12-01;2024-12-01;2025-03-31;3;04;2;;;1950-01-01\n"
                // support stopped in October 2024 (below), the allocation would have run to the end of 2025
                + "0193;5;133333309;12345678;01;HH1;2024-02-01;2024-02-01;2025-12-31;3;04;2;;;1950-01-01\n"
                + "0193;6;133333309;12345678;01;HH1;2025-05-15;2025-05-15;;3;04;2;;;1950-01-01\n"
                // started in November 2024 and overlapping into 2025: collected from December 2024
                + "0193;7;154320948;12345678;01;HH1;2024-11-15;2024-11-15;2025-02-28;3;04;2;;;1950-01-01\n"
                // Kampen: liable in 2024 only
                + "0166;8;159259216;12345678;01;HH1;2024-01-01;2024-01-01;2024-09-30;3;04;2;;;1950-01-01\n");
        assertThat(r.fouten()).isEmpty();
        Importresultaat stops = Testomgeving.lees(dienst, Wmosoort.STOP_ZORG, """
                gemeente;toewijzingnummer;einddatum;reden
                0193;5;2024-10-31;02
                """);
        assertThat(stops.fouten()).isEmpty();
        Eigenbijdragebron bron = new Eigenbijdragebron(opslag, Testregister.registerService(Testregister.REGISTER));
        for (int jaar = 2024; jaar <= 2026; jaar++) {
            assertThat(bron.opbrengsten(jaar, bron.tarieven())).as("%d", jaar).isEqualTo(overAlles(bron, jaar));
        }
        List<Jaaropbrengst> jaar2025 = bron.opbrengsten(2025, bron.tarieven());
        assertThat(jaar2025).extracting(Jaaropbrengst::gemeente).containsExactly("0166", "0193");
        assertThat(jaar2025.get(0).clientmaanden()).isZero();
        // 1+2: January-June; 3+4: January-March; 5: nothing, 6: June-December; 7: January-February
        assertThat(jaar2025.get(1).maanden()).extracting(Maandopbrengst::clienten)
                .containsExactly(3L, 3L, 2L, 1L, 1L, 2L, 1L, 1L, 1L, 1L, 1L, 1L);
    }
}
