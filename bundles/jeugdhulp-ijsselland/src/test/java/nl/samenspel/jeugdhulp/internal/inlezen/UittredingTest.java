package nl.samenspel.jeugdhulp.internal.inlezen;

import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.AGB;
import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.LOKAAL;
import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.REGIONAAL;
import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.jeugdhulp.internal.JeugdhulpConfig;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.monitoring.Overzichten;
import nl.samenspel.jeugdhulp.internal.verevening.JeugdhulpVereveningsbron;
import nl.samenspel.testsupport.Testconfig;
import nl.samenspel.testsupport.Testregister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Olst-Wijhe (1773) leaves the region after 30 June 2016, after its allocations were accepted:
 * the region counts its care only on member days, and shows the rest apart as {@code naUittreding}.
 */
class UittredingTest extends Kleinedatatest {

    private static final String OLST_WIJHE = "1773";
    private static final String ZWOLLE = "0193";
    /** 2016 is a leap year: 1 January to 30 June is 182 days, 1 July to 31 December 184. */
    private static final Register NA_UITTREDING = Testregister.metUittreding(Testomgeving.REGISTER, Testomgeving.REGIO, OLST_WIJHE,
            LocalDate.of(2016, 6, 30));

    @BeforeEach
    void laad() throws Exception {
        data.toewijzingen(
                // open-ended, one etmaal a week: 366 × 10000 / 7 = 522857.14 in 2016, of which 182 member days 260000 exactly
                toewijzing(OLST_WIJHE, 51, AGB, REGIONAAL, "2016-01-01", "", 1, "2", "2016-01-01", "huisarts"),
                toewijzing(OLST_WIJHE, 52, AGB, LOKAAL, "2016-01-01", "2016-06-30", 1, "1", "2016-01-01", "huisarts"),
                toewijzing(ZWOLLE, 53, AGB, REGIONAAL, "2016-01-01", "2016-12-31", 1, "1", "2016-01-01", "huisarts"));
        data.declaraties(
                OLST_WIJHE + ";51;D1;2016-06-01;2016-06-30;300000;D",
                OLST_WIJHE + ";51;D2;2016-07-01;2016-07-31;310000;D", // begins after leaving: not the region's
                OLST_WIJHE + ";51;D3;2016-06-15;2016-07-15;100000;D", // begins on a member day: the region's, whole
                OLST_WIJHE + ";52;D4;2016-06-30;2016-06-30;5000;D",
                ZWOLLE + ";53;D5;2016-03-01;2016-03-31;200000;D");
    }

    @Test
    void anAllocationCountsForTheRegionOnMemberDaysOnlyAndTheRestIsShownApart() throws Exception {
        Overzichten.Budgetoverzicht o = data.monitoring.budgetten(NA_UITTREDING, Testomgeving.REGIO, 2016);
        Overzichten.Budgetregel olst = regel(o, OLST_WIJHE);
        // the gemeente's own row shows everything stored of it
        assertThat(olst.toegewezenRegionaal()).isEqualTo(522_857);
        assertThat(olst.toegewezenLokaal()).isEqualTo(182 * 10_000);
        assertThat(olst.gerealiseerdRegionaal()).isEqualTo(710_000);
        assertThat(olst.gerealiseerdLokaal()).isEqualTo(5_000);
        // what the region does not count: the days after 30 June, and the declaration that begins after it
        assertThat(o.naUittreding()).singleElement().satisfies(n -> {
            assertThat(n.gemeente()).isEqualTo(OLST_WIJHE);
            assertThat(n.toegewezenRegionaal()).isEqualTo(522_857 - 260_000); // the year's amount minus the member days' amount
            assertThat(n.toegewezenLokaal()).isZero(); // ends on the last member day
            assertThat(n.gerealiseerdRegionaal()).isEqualTo(310_000);
            assertThat(n.gerealiseerdLokaal()).isZero();
        });
        assertThat(o.regio().toegewezenRegionaal()).isEqualTo(260_000 + 366 * 10_000);
        assertThat(o.regio().gerealiseerdRegionaal()).isEqualTo(300_000 + 100_000 + 200_000);
        assertThat(o.regio().gerealiseerdLokaal()).isEqualTo(5_000);
        // Olst-Wijhe was a member in 2016, so the region's budget is all eleven
        assertThat(o.regio().budgetTotaal()).isEqualTo(11 * (Kleinedata.BUDGET_REGIONAAL + Kleinedata.BUDGET_LOKAAL));
        assertThat(o.regio().saldoRegionaal()).isEqualTo(11 * Kleinedata.BUDGET_REGIONAAL - 600_000);
        verzoend(o);
    }

    @Test
    void theYearAfterLeavingNothingOfTheOpenAllocationCountsForTheRegion() throws Exception {
        Overzichten.Budgetoverzicht o = data.monitoring.budgetten(NA_UITTREDING, Testomgeving.REGIO, 2017);
        assertThat(regel(o, OLST_WIJHE).toegewezenRegionaal()).isEqualTo(521_429); // 365 × 10000 / 7, shown, not hidden
        assertThat(o.naUittreding()).singleElement().satisfies(n -> assertThat(n.toegewezenRegionaal()).isEqualTo(521_429));
        assertThat(o.regio().toegewezenRegionaal()).isZero();
        assertThat(o.regio().clienten()).isZero();
        // ten members in 2017: the region's budget is theirs, not null for want of the one that left
        assertThat(o.regio().budgetTotaal()).isEqualTo(10 * (Kleinedata.BUDGET_REGIONAAL + Kleinedata.BUDGET_LOKAAL));
        verzoend(o);
    }

    /** The open allocation outlives Olst-Wijhe's membership: signalled from the first day it is no member; the one that ended is not. */
    @Test
    void anAllocationThatOutlivesItsGemeentesMembershipIsSignalled() throws Exception {
        assertThat(data.monitoring.signaleringen(NA_UITTREDING, Testomgeving.REGIO, LocalDate.of(2016, 6, 30))).isEmpty();
        for (LocalDate dag : List.of(LocalDate.of(2016, 7, 1), LocalDate.of(2017, 3, 1))) {
            assertThat(data.monitoring.signaleringen(NA_UITTREDING, Testomgeving.REGIO, dag)).singleElement().satisfies(s -> {
                assertThat(s.soort()).isEqualTo("na-uittreding");
                assertThat(s.toewijzing()).isEqualTo(OLST_WIJHE + "/51");
                assertThat(s.product()).isEqualTo("43/43A01");
                assertThat(s.datum()).isEqualTo(LocalDate.of(2016, 7, 1));
                assertThat(s.melding()).contains("sinds 2016-07-01 geen lid").doesNotContain(Kleinedata.client(51));
            });
        }
        // a stop of care ends the signal: it no longer runs
        data.lees(nl.samenspel.jeugdhulp.internal.invoer.Importsoort.STOP_ZORG,
                "gemeente;toewijzingnummer;einddatum;reden\n" + OLST_WIJHE + ";51;2016-07-15;02\n");
        assertThat(data.monitoring.signaleringen(NA_UITTREDING, Testomgeving.REGIO, LocalDate.of(2016, 7, 15))).hasSize(1);
        assertThat(data.monitoring.signaleringen(NA_UITTREDING, Testomgeving.REGIO, LocalDate.of(2016, 7, 16))).isEmpty();
        assertThat(data.monitoring.signaleringen(Testomgeving.REGISTER, Testomgeving.REGIO, LocalDate.of(2016, 7, 1))).isEmpty();
    }

    @Test
    void withoutLeavingNothingIsApart() throws Exception {
        Overzichten.Budgetoverzicht o = data.monitoring.budgetten(Testomgeving.REGISTER, Testomgeving.REGIO, 2016);
        assertThat(o.naUittreding()).isEmpty();
        assertThat(o.regio().toegewezenRegionaal()).isEqualTo(522_857 + 366 * 10_000);
        verzoend(o);
    }

    @Test
    void equalizationInputsCountMemberDaysAndReconcileWithTheBudgetOverviewToTheCent() throws Exception {
        List<Vereveningsgegevens> invoer = new JeugdhulpVereveningsbron(data.opslag, Testomgeving.registerService(NA_UITTREDING),
                Testconfig.standaard(JeugdhulpConfig.class)).gegevens(2016);
        Map<String, Vereveningsgegevens> perLid = invoer.stream().collect(Collectors.toMap(Vereveningsgegevens::gemeente, g -> g));
        assertThat(perLid).hasSize(11);
        assertThat(perLid.get(OLST_WIJHE).kosten().eurocent()).isEqualTo(400_000);
        assertThat(perLid.get(OLST_WIJHE).sleutels()).containsEntry(JeugdhulpVereveningsbron.CLIENTEN, 1L);
        assertThat(perLid.get(ZWOLLE).kosten().eurocent()).isEqualTo(200_000);
        // K summed over the members is the region's realised regional cost; per gemeente, its row minus naUittreding
        Overzichten.Budgetoverzicht o = data.monitoring.budgetten(NA_UITTREDING, Testomgeving.REGIO, 2016);
        assertThat(invoer.stream().mapToLong(g -> g.kosten().eurocent()).sum()).isEqualTo(o.regio().gerealiseerdRegionaal());
        for (Overzichten.Budgetregel r : o.gemeenten()) {
            long apart = o.naUittreding().stream().filter(n -> n.gemeente().equals(r.gemeente()))
                    .mapToLong(Overzichten.Uittredingsregel::gerealiseerdRegionaal).sum();
            assertThat(perLid.get(r.gemeente()).kosten().eurocent()).as(r.gemeente()).isEqualTo(r.gerealiseerdRegionaal() - apart);
        }
        // the year after, a gemeente that left is no input at all, and no allocation of it is a client of the region
        List<Vereveningsgegevens> volgend = new JeugdhulpVereveningsbron(data.opslag, Testomgeving.registerService(NA_UITTREDING),
                Testconfig.standaard(JeugdhulpConfig.class)).gegevens(2017);
        assertThat(volgend).extracting(Vereveningsgegevens::gemeente).hasSize(10).doesNotContain(OLST_WIJHE);
    }

    private static Overzichten.Budgetregel regel(Overzichten.Budgetoverzicht o, String gemeente) {
        return o.gemeenten().stream().filter(r -> r.gemeente().equals(gemeente)).findFirst().orElseThrow();
    }

    /** The gemeenten's rows summed are the region's row plus naUittreding, field by field, to the cent. */
    private static void verzoend(Overzichten.Budgetoverzicht o) {
        som(o, Overzichten.Budgetregel::toegewezenRegionaal, Overzichten.Uittredingsregel::toegewezenRegionaal);
        som(o, Overzichten.Budgetregel::toegewezenLokaal, Overzichten.Uittredingsregel::toegewezenLokaal);
        som(o, Overzichten.Budgetregel::gerealiseerdRegionaal, Overzichten.Uittredingsregel::gerealiseerdRegionaal);
        som(o, Overzichten.Budgetregel::gerealiseerdLokaal, Overzichten.Uittredingsregel::gerealiseerdLokaal);
    }

    private static void som(Overzichten.Budgetoverzicht o, ToLongFunction<Overzichten.Budgetregel> veld,
                            ToLongFunction<Overzichten.Uittredingsregel> apart) {
        long gemeenten = o.gemeenten().stream().mapToLong(veld).sum();
        assertThat(gemeenten).isEqualTo(veld.applyAsLong(o.regio()) + apart.applyAsLong(o.naUittredingTotaal()));
        assertThat(apart.applyAsLong(o.naUittredingTotaal())).isEqualTo(o.naUittreding().stream().mapToLong(apart).sum());
    }
}
