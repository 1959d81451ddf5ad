package nl.samenspel.wmo.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.samenspel.api.verevening.OnvolledigeBron;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.testsupport.Testconfig;
import nl.samenspel.testsupport.Testregister;
import nl.samenspel.wmo.internal.Testomgeving;
import nl.samenspel.wmo.internal.WmoConfig;
import nl.samenspel.wmo.internal.invoer.Wmosoort;
import nl.samenspel.wmo.internal.monitoring.Halfjaar;
import nl.samenspel.wmo.internal.monitoring.Monitoring;
import nl.samenspel.wmo.internal.monitoring.Overzichten;
import nl.samenspel.wmo.internal.verevening.WmoVereveningsbron;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A small region-year read as a node reads it (BSNs, a birth date), and every monitoring figure
 * recomputed by hand in the comments (docs/wmo.md, "Monitoring").
 */
class ImportEnMonitoringTest extends Stamgegevenstest {

    static final String TOEWIJZINGEN = """
            gemeente;toewijzingnummer;bsn;agb;categorie;productcode;toewijzingsdatum;ingangsdatum;einddatum;volume;eenheid;frequentie;budget;aanvraagdatum;geboortedatum
            0193;1001;111222333;12345678;01;HH1;2024-12-20;2025-01-01;2025-12-31;3;04;2;;2024-12-01;1950-05-05
            0193;1002;123456782;12345678;02;BGT;2025-03-10;2025-02-01;2025-07-31;1;82;6;;2025-01-02;1980-01-01
            0193;1003;123456782;12345678;11;RS1;2025-01-10;2025-01-10;2025-12-31;1;82;6;;;1980-01-01
            0166;2001;999999990;87654321;07;DBM;2025-02-20;2025-03-01;;2;16;2;;2025-02-01;2010-06-01
            """;
    static final String STARTS = """
            gemeente;toewijzingnummer;begindatum
            0193;1001;2025-01-06
            0193;1002;2025-02-03
            """;
    static final String STOPS = """
            gemeente;toewijzingnummer;einddatum;reden
            0193;1002;2025-07-31;02
            """;
    /** Hours at € 30 until June and € 27 from July; a trajectory; a rolstoel; Kampen's dagdelen at € 40. */
    static final String DECLARATIES = """
            gemeente;toewijzingnummer;declaratienummer;begindatum;einddatum;volume;eenheid;tarief;bedrag;debetcredit
            0193;1001;D1;2025-01-01;2025-01-31;13;04;3000;39000;D
            0193;1001;D2;2025-02-01;2025-02-28;12;04;3000;36000;D
            0193;1001;D7;2025-07-01;2025-07-31;13;04;;35100;D
            0193;1002;D7;2025-07-01;2025-07-31;1;82;150000;150000;D
            0193;1003;D1;2025-01-01;2025-01-31;1;82;90000;90000;D
            0166;2001;K3;2025-03-01;2025-03-31;8;16;4000;32000;D
            """;
    static final String GEBRUIK = """
            gemeente;agb;categorie;productcode;maand;deelnemers;bedrag
            0193;87654321;07;DBA;2024-01;30;150000
            0193;87654321;07;DBA;2025-01;40;200000
            0193;87654321;07;DBA;2025-02;44;220000
            """;

    static final String DEELNEMERS = """
            gemeente;agb;categorie;productcode;maand;bsn
            0193;87654321;07;DBA;2025-01;111222333
            0193;87654321;07;DBA;2025-01;123456782
            0193;87654321;07;DBA;2025-02;111222333
            """;

    private Monitoring monitoring;

    @BeforeEach
    void laad() throws Exception {
        for (Object[] b : new Object[][] {{Wmosoort.TOEWIJZINGEN, TOEWIJZINGEN}, {Wmosoort.START_ZORG, STARTS}, {Wmosoort.STOP_ZORG, STOPS},
            {Wmosoort.DECLARATIES, DECLARATIES}, {Wmosoort.GEBRUIK, GEBRUIK}, {Wmosoort.DEELNEMERS, DEELNEMERS}}) {
            Importresultaat r = Testomgeving.lees(dienst, (Wmosoort) b[0], (String) b[1]);
            assertThat(r.fouten()).as(((Wmosoort) b[0]).code()).isEmpty();
        }
        monitoring = new Monitoring(opslag);
    }

    @Test
    void noBsnNoBirthDateIsStoredOnlyThePseudonymAndWhetherTheClientIsAMinor() throws Exception {
        var opgeslagen = opslag.cijfers().lopend(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31));
        assertThat(opgeslagen).hasSize(4);
        assertThat(opgeslagen).allSatisfy(o -> {
            assertThat(o.toewijzing().client()).hasSize(64).doesNotContain("111222333", "123456782", "999999990");
        });
        // by gemeente and number: Kampen's client, born 2010-06-01, is 14 on 2025-03-01; born 1950 and 1980, adults
        assertThat(opgeslagen).extracting(o -> o.toewijzing().minderjarig()).containsExactly(true, false, false, false);
        assertThat(opgeslagen.get(2).stopZorg()).isEqualTo("2025-07-31");
    }

    @Test
    void budgetAgainstAllocatedAndRealised() throws Exception {
        Overzichten.Budgetoverzicht b = monitoring.budgetten(Testregister.REGISTER, Testomgeving.REGIO, 2025);
        // the 8 members of 2025: Hattem left at the end of 2023
        assertThat(b.gemeenten()).hasSize(8).extracting(Overzichten.Budgetregel::gemeente).doesNotContain("0244");
        Overzichten.Budgetregel zwolle = b.gemeenten().stream().filter(r -> r.gemeente().equals("0193")).findFirst().orElseThrow();
        // declared: 39,000 + 36,000 + 35,100 + 150,000 + 90,000; algemeen 200,000 + 220,000; the wijkteam 12,000,000
        assertThat(zwolle.maatwerk()).isEqualTo(350_100);
        assertThat(zwolle.algemeen()).isEqualTo(420_000);
        assertThat(zwolle.taakgericht()).isEqualTo(12_000_000);
        assertThat(zwolle.gerealiseerd()).isEqualTo(12_770_100);
        assertThat(zwolle.procentVanBudget()).isEqualTo("25.5");
        // 3 h/week × € 30 × 365/7 = 469,285.71 → 469,286; the trajectory 150,000; the rolstoel 90,000; the wijkteam 12,000,000
        assertThat(zwolle.toegewezen()).isEqualTo(469_286 + 150_000 + 90_000 + 12_000_000);
        Overzichten.Budgetregel kampen = b.gemeenten().stream().filter(r -> r.gemeente().equals("0166")).findFirst().orElseThrow();
        // 2 dagdelen a week × € 40 over the 306 days from 1 March: 2,448,000 / 7 = 349,714.29
        assertThat(kampen.toegewezen()).isEqualTo(349_714);
        assertThat(kampen.gerealiseerd()).isEqualTo(32_000);
        assertThat(b.regio().budget()).as("six members have no budget: no regional total pretends otherwise").isNull();
        assertThat(b.regio().gerealiseerd()).isEqualTo(12_770_100 + 32_000);
    }

    @Test
    void ceilingsSignalAt70AndAt100Percent() throws Exception {
        List<Overzichten.Plafondregel> p = monitoring.plafonds(2025).contracten();
        assertThat(p).extracting(Overzichten.Plafondregel::onderwerp, Overzichten.Plafondregel::besteed, Overzichten.Plafondregel::procent,
                Overzichten.Plafondregel::signaal).containsExactlyInAnyOrder(
                        // all of Thuiszorg's: 110,100 + 150,000 + 90,000 of 450,000
                        org.assertj.core.groups.Tuple.tuple("contract", 350_100L, "77.80", Monitoring.OVERLEG),
                        // its hours: 110,100 of 100,000
                        org.assertj.core.groups.Tuple.tuple("product 01/HH1", 110_100L, "110.10", Monitoring.STOP),
                        org.assertj.core.groups.Tuple.tuple("contract", 32_000L, "0.64", Monitoring.NORMAAL));
    }

    @Test
    void clientsPerThousandInhabitantsPerCategory() throws Exception {
        Overzichten.Clientenoverzicht c = monitoring.clienten(Testregister.REGISTER, Testomgeving.REGIO, new Halfjaar(2025, 1));
        var zwolle = c.regels().stream().filter(r -> r.gemeente().equals("0193")).toList();
        // two clients (the trajectory's client also has the rolstoel): one per category, two over all
        assertThat(zwolle).extracting(Overzichten.Clientenregel::categorie, Overzichten.Clientenregel::clienten)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, 2), org.assertj.core.groups.Tuple.tuple("01", 1),
                        org.assertj.core.groups.Tuple.tuple("02", 1), org.assertj.core.groups.Tuple.tuple("11", 1));
        // 2 × 1,000 / 132,500 inhabitants = 0.015
        assertThat(zwolle.get(0).per1000()).isEqualTo("0.0");
        assertThat(zwolle.get(0).inwoners()).isEqualTo(132_500L);
        assertThat(c.regels()).filteredOn(r -> r.gemeente().equals("0148")).extracting(Overzichten.Clientenregel::clienten).containsExactly(0);
    }

    @Test
    void theBewegingNaarVorenIsTheShareOfAlgemeneVoorzieningenAndItsTrend() throws Exception {
        Overzichten.Bewegingoverzicht o = monitoring.beweging(Testregister.REGISTER, Testomgeving.REGIO, new Halfjaar(2025, 1));
        Overzichten.Bewegingregel zwolle = o.gemeenten().stream().filter(r -> r.gemeente().equals("0193")).findFirst().orElseThrow();
        // maatwerk clients per month: 2 in each of the six months (12); participants 40 + 44 (84): 14 a month
        assertThat(zwolle.clientenMaatwerk()).isEqualTo(2);
        assertThat(zwolle.deelnemersAlgemeen()).isEqualTo(14);
        assertThat(zwolle.aandeelAlgemeenClienten()).isEqualTo("87.5");
        // cost: declared 39,000 + 36,000 + 90,000 plus six twelfths of the wijkteam (6,000,000); algemeen 420,000
        assertThat(zwolle.kostenMaatwerk()).isEqualTo(6_165_000);
        assertThat(zwolle.kostenAlgemeen()).isEqualTo(420_000);
        assertThat(zwolle.aandeelAlgemeenKosten()).isEqualTo("6.4");
        // 2024-H1 was all algemeen (30 participants, 150,000): 87.5 − 100 and 6.378 − 100 points
        assertThat(zwolle.trendClienten()).isEqualTo("-12.5");
        assertThat(zwolle.trendKosten()).isEqualTo("-93.6");
        // two distinct people known to the provider in January and February (one of them in both)
        assertThat(zwolle.bekendeDeelnemers()).isEqualTo(2);
    }

    @Test
    void trajectoriesPerProductWithTheirCost() throws Exception {
        assertThat(monitoring.trajecten(2025).producten()).extracting(Overzichten.Trajectregel::code, Overzichten.Trajectregel::trajecten,
                Overzichten.Trajectregel::afgerond, Overzichten.Trajectregel::kosten).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BGT", 1, 1, 150_000L), org.assertj.core.groups.Tuple.tuple("RS1", 1, 0, 90_000L));
    }

    @Test
    void anAllocationAfterMoreThanEightWeeksIsSignalled() throws Exception {
        Overzichten.Doorlooptijden d = monitoring.doorlooptijden(Testregister.REGISTER, Testomgeving.REGIO, 2025);
        // 1002: applied 2025-01-02, allocated 2025-03-10: 67 days; 2001: 19 days; 1001 was applied for in 2024
        assertThat(d.signaleringen()).extracting(Overzichten.Overschrijding::toewijzing, Overzichten.Overschrijding::dagen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0193/1002", 67));
        assertThat(d.gemeenten()).filteredOn(r -> r.gemeente().equals("0166")).extracting(Overzichten.Doorlooptijdregel::mediaan)
                .containsExactly(19);
    }

    @Test
    void theEigenBijdrageFromTheStoredAllocations() throws Exception {
        var bron = new nl.samenspel.wmo.internal.eigenbijdrage.Eigenbijdragebron(opslag, Testregister.registerService(Testregister.REGISTER));
        var perioden = bron.perioden(2025);
        var lijst = nl.samenspel.wmo.internal.eigenbijdrage.CakLijst.van(perioden);
        // 1001 starts 2025-01-01: collected from February; 1002 (the trajectory) starts 2025-02-01 and its support stopped 2025-07-31;
        // its client's rolstoel makes no one liable; Kampen's client is a minor without a woonvoorziening
        assertThat(lijst.regels()).extracting(r -> r.gemeente() + " " + r.maand() + " " + r.soort() + " " + r.inningsmaand())
                .containsExactly("0193 2025-01 START 2025-02", "0193 2025-02 START 2025-03", "0193 2025-07 STOP 2025-07",
                        // 1001 ends 2025-12-31
                        "0193 2025-12 STOP 2025-12");
        var jaar = new nl.samenspel.wmo.internal.eigenbijdrage.Opbrengsten(perioden, bron.tarieven()).jaar("0193", 2025);
        // February-December and March-July: 16 client months at € 21.00 (2025)
        assertThat(jaar.clientmaanden()).isEqualTo(16);
        assertThat(jaar.bedrag()).hasValue(33_600);
    }

    @Test
    void theEqualizationNamesEveryMemberWithoutABudget() {
        WmoVereveningsbron bron = new WmoVereveningsbron(opslag, Testregister.registerService(Testregister.REGISTER), Testconfig.standaard(WmoConfig.class));
        assertThatThrownBy(() -> bron.gegevens(2025)).isInstanceOf(OnvolledigeBron.class)
                .satisfies(e -> assertThat(((OnvolledigeBron) e).redenen()).hasSize(6));
    }
}
