package nl.samenspel.jeugdhulp.internal.inlezen;

import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.AGB;
import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.BUDGET_LOKAAL;
import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.BUDGET_REGIONAAL;
import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.LOKAAL;
import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.REGIONAAL;
import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.client;
import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.jeugdhulp.internal.JeugdhulpConfig;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.monitoring.Overzichten;
import nl.samenspel.jeugdhulp.internal.verevening.JeugdhulpVereveningsbron;
import nl.samenspel.testsupport.Testconfig;
import org.junit.jupiter.api.Test;

/**
 * Each youth-care monitoring figure's definition (docs/jeugdhulp.md, "Monitoring") on a case at
 * its boundary: the turn of the year, a percentile rank, a threshold. Tariff EUR 100.00 per
 * etmaal, ceilings EUR 10,000.00 ({@link Kleinedata}).
 */
class DefinitiesTest extends Kleinedatatest {

    private Overzichten.Budgetregel budgetregel(int jaar, String gemeente) throws Exception {
        return data.monitoring.budgetten(Testomgeving.REGISTER, Testomgeving.REGIO, jaar).gemeenten().stream()
                .filter(r -> r.gemeente().equals(gemeente)).findFirst().orElseThrow();
    }

    /** Toegewezen: the allocation's days in J × the tariff, one rounding half up per allocation and year. */
    @Test
    void toegewezenOfAnAllocationStartingOn31DecemberIsOneDayOfThatYear() throws Exception {
        data.toewijzingen(toewijzing("1896", 42, AGB, REGIONAAL, "2016-12-31", "", 1, "2", "2016-12-01", "huisarts"));
        assertThat(budgetregel(2016, "1896").toegewezenRegionaal()).isEqualTo(1_429); // 1 × 10000 / 7 = 1428.57
        assertThat(budgetregel(2017, "1896").toegewezenRegionaal()).isEqualTo(521_429); // 365 × 10000 / 7 = 521428.57
        assertThat(budgetregel(2015, "1896").toegewezenRegionaal()).isZero();
    }

    /** Gerealiseerd: debit minus credit of lines whose declared period begins in J; saldo = budget − gerealiseerd. */
    @Test
    void gerealiseerdCountsInTheYearTheDeclaredPeriodBeginsAndSaldoIsBudgetMinusIt() throws Exception {
        data.toewijzingen(toewijzing("1896", 41, AGB, LOKAAL, "2016-12-01", "2017-01-31", 1, "1", "2016-11-01", "huisarts"));
        data.declaraties("1896;41;D1;2016-12-31;2017-01-01;10000;D", // spans the turn of the year: 2016, whole
                "1896;41;D2;2017-01-01;2017-01-01;10000;D",
                "1896;41;D3;2016-12-01;2016-12-01;2500;C");
        Overzichten.Budgetregel r2016 = budgetregel(2016, "1896");
        assertThat(r2016.gerealiseerdLokaal()).isEqualTo(7_500);
        assertThat(r2016.gerealiseerdRegionaal()).isZero();
        assertThat(r2016.saldoLokaal()).isEqualTo(BUDGET_LOKAAL - 7_500);
        assertThat(r2016.saldoTotaal()).isEqualTo(BUDGET_REGIONAAL + BUDGET_LOKAAL - 7_500);
        assertThat(r2016.toegewezenLokaal()).isEqualTo(31 * Kleinedata.TARIEF);
        assertThat(budgetregel(2017, "1896").gerealiseerdLokaal()).isEqualTo(10_000);
    }

    /** Clienten: distinct pseudonyms with an allocation valid on a day of J; the region counts one who moved once. */
    @Test
    void aClientWhoMovedCountsOnceForTheRegionAndOnceInEachGemeente() throws Exception {
        data.toewijzingen(toewijzing("0148", 61, AGB, REGIONAAL, "2016-01-01", "2016-06-30", 1, "1", "2016-01-01", "huisarts"),
                toewijzing("0193", 62, AGB, REGIONAAL, "2016-07-01", "2016-12-31", 1, "1", "2016-06-15", "huisarts").replace(client(62), client(61)),
                toewijzing("0193", 63, AGB, REGIONAAL, "2017-01-01", "2017-12-31", 1, "1", "2016-12-15", "huisarts"));
        Overzichten.Budgetoverzicht o = data.monitoring.budgetten(Testomgeving.REGISTER, Testomgeving.REGIO, 2016);
        assertThat(budgetregel(2016, "0148").clienten()).isEqualTo(1);
        assertThat(budgetregel(2016, "0193").clienten()).isEqualTo(1); // 63 starts on 1 January 2017
        assertThat(o.regio().clienten()).isEqualTo(1);
    }

    /** Plafonds: uptake = amount / ceiling with two decimals rounded down; waarschuwing from 90 %, overschreden from 100 %, exactly. */
    @Test
    void ceilingFigureAndStatusNeverContradictAtTheThresholds() throws Exception {
        long[] gedeclareerd = {899_600, 899_990, 900_000, 999_900, 1_000_000};
        List<String> regels = new ArrayList<>();
        List<String> declaraties = new ArrayList<>();
        for (int i = 0; i < gedeclareerd.length; i++) {
            String agb = "1000000" + (i + 2);
            regels.add(toewijzing("0177", 70 + i, agb, REGIONAAL, "2016-01-01", "2016-01-07", 1, "2", "2015-12-01", "huisarts"));
            declaraties.add("0177;" + (70 + i) + ";P" + i + ";2016-01-01;2016-01-07;" + gedeclareerd[i] + ";D");
        }
        data.toewijzingen(regels.toArray(String[]::new));
        data.declaraties(declaraties.toArray(String[]::new));
        Map<String, Overzichten.Plafondregel> perAgb = data.monitoring.plafonds(2016).contracten().stream()
                .collect(Collectors.toMap(Overzichten.Plafondregel::agb, r -> r));
        assertThat(perAgb.get("10000002")).satisfies(r -> stand(r, "89.96", "normaal"));
        assertThat(perAgb.get("10000003")).satisfies(r -> stand(r, "89.99", "normaal")); // 89.999 %
        assertThat(perAgb.get("10000004")).satisfies(r -> stand(r, "90.00", "waarschuwing"));
        assertThat(perAgb.get("10000005")).satisfies(r -> stand(r, "99.99", "waarschuwing"));
        assertThat(perAgb.get("10000006")).satisfies(r -> stand(r, "100.00", "overschreden"));
        // allocated: one etmaal a week for a week is EUR 100.00 of EUR 10,000.00
        assertThat(perAgb.get("10000002").benuttingToegewezen()).isEqualTo("1.00");
        assertThat(perAgb.get("10000002").statusToegewezen()).isEqualTo("normaal");
        assertThat(perAgb.get("10000001").benuttingGerealiseerd()).isEqualTo("0.00");
        Overzichten.Plafondoverzicht o = data.monitoring.plafonds(2016);
        assertThat(o.waarschuwingen()).isEqualTo(2);
        assertThat(o.overschreden()).isEqualTo(1);
    }

    private static void stand(Overzichten.Plafondregel r, String benutting, String status) {
        assertThat(r.benuttingGerealiseerd()).as(r.agb()).isEqualTo(benutting);
        assertThat(r.statusGerealiseerd()).as(r.agb()).isEqualTo(status);
        assertThat(r.status()).as(r.agb()).isEqualTo(status);
    }

    /** Wachttijden: starts of care in J (31 December in, 1 January out), days from aanmelddatum to the start. */
    @Test
    void aStartOfCareOn31DecemberCountsInThatYearAndOn1JanuaryInTheNext() throws Exception {
        data.toewijzingen(toewijzing("0150", 21, AGB, REGIONAAL, "2016-12-01", "2017-01-31", 1, "1", "2016-12-01", "huisarts"),
                toewijzing("0150", 22, AGB, REGIONAAL, "2016-12-01", "2017-01-31", 1, "1", "2016-12-01", "huisarts"),
                toewijzing("0150", 23, AGB, REGIONAAL, "2016-12-01", "2017-01-31", 1, "1", "", ""));
        data.starts("0150;21;2016-12-31", "0150;22;2017-01-01", "0150;23;2016-12-02");
        Overzichten.Wachttijden w2016 = data.monitoring.wachttijden(2016, "0150");
        assertThat(w2016.totaal().aantal()).isEqualTo(1);
        assertThat(w2016.totaal().mediaanDagen()).isEqualTo(30);
        assertThat(w2016.zonderAanmelddatum()).isEqualTo(1); // a start without a referral date is counted apart
        Overzichten.Wachttijden w2017 = data.monitoring.wachttijden(2017, "0150");
        assertThat(w2017.totaal().aantal()).isEqualTo(1);
        assertThat(w2017.totaal().mediaanDagen()).isEqualTo(31);
        assertThat(data.monitoring.wachttijden(2016, "0193").totaal().aantal()).isZero();
    }

    /** Median and 90th percentile by nearest rank: the ⌈p·n⌉-th smallest, so at n = 10 exactly the 5th and the 9th. */
    @Test
    void aPercentileExactlyAtItsRankIsThatWaitingTime() throws Exception {
        List<String> regels = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            regels.add(toewijzing("0193", i, AGB, REGIONAAL, "2016-01-01", "2016-12-31", 1, "1", "2016-01-01", "huisarts"));
            starts.add("0193;" + i + ";2016-01-" + String.format("%02d", 1 + i * 2)); // waits 2, 4, ..., 20 days
        }
        data.toewijzingen(regels.toArray(String[]::new));
        data.starts(starts.toArray(String[]::new));
        Overzichten.Wachttijden w = data.monitoring.wachttijden(2016, null);
        assertThat(w.categorieen()).singleElement().satisfies(c -> {
            assertThat(c.categorie()).isEqualTo("43");
            assertThat(c.aantal()).isEqualTo(10);
            assertThat(c.mediaanDagen()).isEqualTo(10); // rank 5, not the mean of the 5th and 6th (11)
            assertThat(c.p90Dagen()).isEqualTo(18); // rank 9 exactly, not the 10th
        });
    }

    /** Verwijzers: by the year of the aanmelddatum (31 December in, 1 January out); share huisarts over known referrers, one decimal half up. */
    @Test
    void aReferralOn31DecemberCountsThatYearAndTheShareIsRoundedHalfUp() throws Exception {
        List<String> regels = new ArrayList<>();
        regels.add(toewijzing("0166", 1, AGB, REGIONAAL, "2016-12-31", "2017-01-31", 1, "1", "2016-12-31", "huisarts"));
        regels.add(toewijzing("0166", 2, AGB, REGIONAAL, "2017-01-01", "2017-01-31", 1, "1", "2017-01-01", "huisarts"));
        for (int i = 3; i <= 17; i++) { // 15 others in 2016: 1 of 16 is 6.25 %, shown as 6.3
            regels.add(toewijzing("0166", i, AGB, REGIONAAL, "2016-06-01", "2016-06-30", 1, "1", "2016-05-01", "sociaal-wijkteam"));
        }
        data.toewijzingen(regels.toArray(String[]::new));
        Overzichten.Verwijzers v2016 = data.monitoring.verwijzers(Testomgeving.REGISTER, 2016);
        assertThat(v2016.regio().aantallen()).containsEntry("huisarts", 1).containsEntry("sociaal-wijkteam", 15);
        assertThat(v2016.regio().bekend()).isEqualTo(16);
        assertThat(v2016.regio().aandeelHuisarts()).isEqualTo("6.3");
        assertThat(data.monitoring.verwijzers(Testomgeving.REGISTER, 2017).regio().aantallen()).containsEntry("huisarts", 1);
    }

    /**
     * Vereveningsinvoer: B = the regional budget; K = realised regional cost by period start; clienten with a
     * regional allocation in J; gebruik-vorig-jaar = K of J−1, gebruik-drie-jaar = K of J−3..J−1.
     */
    @Test
    void equalizationInputsTakeThePeriodStartAndRegionalProductsOnly() throws Exception {
        data.toewijzingen(toewijzing("0175", 81, AGB, REGIONAAL, "2016-12-01", "2017-01-31", 1, "1", "2016-11-01", "huisarts"),
                toewijzing("0175", 82, AGB, LOKAAL, "2017-01-01", "2017-01-31", 1, "1", "2016-12-01", "huisarts"));
        data.declaraties("0175;81;V1;2016-12-31;2016-12-31;10000;D", "0175;81;V2;2017-01-01;2017-01-01;20000;D",
                "0175;82;V3;2017-01-01;2017-01-01;40000;D");
        Map<String, Vereveningsgegevens> invoer = new JeugdhulpVereveningsbron(data.opslag, Testomgeving.registerService(), Testconfig.standaard(JeugdhulpConfig.class))
                .gegevens(2017).stream().collect(Collectors.toMap(Vereveningsgegevens::gemeente, g -> g));
        Vereveningsgegevens ommen = invoer.get("0175");
        assertThat(ommen.budget().eurocent()).isEqualTo(BUDGET_REGIONAAL);
        assertThat(ommen.kosten().eurocent()).isEqualTo(20_000); // the local product's 40000 is no K
        assertThat(ommen.sleutels()).containsEntry(JeugdhulpVereveningsbron.CLIENTEN, 1L)
                .containsEntry(JeugdhulpVereveningsbron.GEBRUIK_VORIG_JAAR, 10_000L)
                .containsEntry(JeugdhulpVereveningsbron.GEBRUIK_DRIE_JAAR, 10_000L);
        assertThat(invoer.get("0193").kosten().eurocent()).isZero();
    }
}
