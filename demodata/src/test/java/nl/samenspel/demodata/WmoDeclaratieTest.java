package nl.samenspel.demodata;

import static nl.samenspel.demodata.WmoStandaard.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The money side of the default Wmo dataset, recomputed from the records: declarations per
 * calendar month within the allocation, amount = volume x tariff (unless 83), delivered volume
 * within what was allocated, the tariff history with the DIAH cut, the 70 % and 100 %
 * contracts, the taakgericht contract, the use of the general provision and the budgets.
 */
class WmoDeclaratieTest {

    @Test
    void declaratieIsEenKalendermaandBinnenDeToewijzing() {
        for (WmoDeclaratieregel d : DEMO.declaraties()) {
            WmoToewijzing t = WmoStandaard.toewijzing(d.gemeente(), d.toewijzingnummer());
            assertThat(t).as("%s", d).isNotNull();
            assertThat(d.begindatum().getDayOfMonth()).isEqualTo(1);
            assertThat(d.einddatum()).isEqualTo(YearMonth.from(d.begindatum()).atEndOfMonth());
            assertThat(d.einddatum()).as("month overlaps the allocation").isAfterOrEqualTo(t.ingangsdatum());
            if (t.einddatum() != null) {
                assertThat(d.begindatum()).isBeforeOrEqualTo(t.einddatum());
            }
            assertThat(t.startZorg()).as("declared only after care started").isNotNull();
            assertThat(d.einddatum()).isAfterOrEqualTo(t.startZorg());
            if (t.stopZorg() != null) {
                assertThat(d.begindatum()).isBeforeOrEqualTo(t.stopZorg());
            }
            assertThat(d.einddatum()).isBeforeOrEqualTo(WmoStandaard.periodeTot(t.ingangsdatum()));
            assertThat(List.of(d.agb(), d.categorie(), d.productcode()))
                    .containsExactly(t.agb(), t.categorie(), t.productcode());
            assertThat(d.eenheid()).isEqualTo(WmoStandaard.product(t.productcode()).eenheid());
            assertThat(d.declaratienummer()).matches("[a-zA-Z0-9]{1,12}");
        }
    }

    @Test
    void bedragIsVolumeMaalTariefBehalveBijEuros() {
        int euros = 0;
        for (WmoDeclaratieregel d : DEMO.declaraties()) {
            assertThat(d.volume()).isPositive();
            assertThat(d.bedrag()).isPositive();
            assertThat(d.debetCredit()).isIn("D", "C");
            if ("83".equals(d.eenheid())) {
                assertThat(d.tarief()).isNull();
                assertThat(d.bedrag()).isEqualTo(d.volume() * 100);
                euros++;
            } else {
                assertThat(d.tarief()).as("%s", d).isEqualTo(WmoStandaard.tariefOp(d.productcode(), d.begindatum()));
                assertThat(d.bedrag()).isEqualTo(d.volume() * d.tarief());
            }
        }
        assertThat(euros).isPositive();
    }

    @Test
    void creditsCorrigerenEenEerdereDebet() {
        Map<String, WmoDeclaratieregel> debet = new HashMap<>();
        int credits = 0;
        for (WmoDeclaratieregel d : DEMO.declaraties()) {
            String regel = d.gemeente() + "/" + d.toewijzingnummer() + "/" + d.begindatum();
            if ("D".equals(d.debetCredit())) {
                assertThat(debet.put(regel, d)).as("one debit per allocation and month").isNull();
            } else {
                WmoDeclaratieregel origineel = debet.get(regel);
                assertThat(origineel).isNotNull();
                assertThat(d.volume()).isLessThanOrEqualTo(origineel.volume());
                assertThat(Declaratienummering.maandVan(d.declaratienummer()))
                        .isGreaterThan(Declaratienummering.maandVan(origineel.declaratienummer()));
                credits++;
            }
        }
        assertThat((double) credits / debet.size()).isBetween(0.002, 0.03);
    }

    /** Sum of delivered volume (debit minus credit) against the Omvang or budget over the allocation's days in the data. */
    @Test
    void geleverdBinnenDeToewijzing() {
        Map<String, Long> geleverd = new HashMap<>();
        for (WmoDeclaratieregel d : DEMO.declaraties()) {
            WmoToewijzing t = WmoStandaard.toewijzing(d.gemeente(), d.toewijzingnummer());
            long volume = "C".equals(d.debetCredit()) ? -d.volume() : d.volume();
            geleverd.merge(d.gemeente() + "/" + d.toewijzingnummer(), volume, Long::sum);
            if ("D".equals(d.debetCredit()) && "2".equals(t.frequentie())) {
                // per week: at most the weekly volume for every 7 days the allocation runs in the month
                assertThat(d.volume() * 7).as("%s", d).isLessThanOrEqualTo(t.volume() * dagenToegewezen(t, d.begindatum(),
                        d.einddatum()));
            }
            if ("D".equals(d.debetCredit()) && "4".equals(t.frequentie())) {
                assertThat(d.volume()).as("%s", d).isLessThanOrEqualTo(t.volume().longValue());
            }
        }
        for (WmoToewijzing t : DEMO.toewijzingen()) {
            long totaal = geleverd.getOrDefault(t.gemeente() + "/" + t.toewijzingnummer(), 0L);
            assertThat(totaal).isNotNegative();
            LocalDate tot = t.einddatum() != null ? t.einddatum() : WmoStandaard.periodeTot(t.ingangsdatum());
            if (t.budget() != null) {
                assertThat(totaal * 100).as("%s: euros against the budget in cents", t).isLessThanOrEqualTo(t.budget());
            } else {
                switch (t.frequentie()) {
                    case "2" -> assertThat(totaal * 7).as("%s", t)
                            .isLessThanOrEqualTo(t.volume() * dagenToegewezen(t, t.ingangsdatum(), tot));
                    case "4" -> assertThat(totaal).as("%s", t).isLessThanOrEqualTo(
                            (long) t.volume() * (YearMonth.from(tot).getYear() * 12 + YearMonth.from(tot).getMonthValue()
                                    - YearMonth.from(t.ingangsdatum()).getYear() * 12
                                    - YearMonth.from(t.ingangsdatum()).getMonthValue() + 1));
                    case "6" -> assertThat(totaal).as("%s", t).isLessThanOrEqualTo(t.volume().longValue());
                    default -> throw new AssertionError("frequentie " + t.frequentie());
                }
            }
        }
    }

    /** Days of [van, tot] on which the allocation runs, within the data. */
    private static long dagenToegewezen(WmoToewijzing t, LocalDate van, LocalDate tot) {
        LocalDate begin = van.isBefore(t.ingangsdatum()) ? t.ingangsdatum() : van;
        LocalDate einde = t.einddatum() != null && t.einddatum().isBefore(tot) ? t.einddatum() : tot;
        LocalDate dataTot = WmoStandaard.periodeTot(t.ingangsdatum());
        if (einde.isAfter(dataTot)) {
            einde = dataTot;
        }
        return Math.max(0, einde.toEpochDay() - begin.toEpochDay() + 1);
    }

    @Test
    void tariefhistorieZonderGatenMetDiahKortingIn2016() {
        Map<String, List<Tarief>> perProduct = DEMO.tarieven().stream()
                .collect(Collectors.groupingBy(Tarief::code, TreeMap::new, Collectors.toList()));
        for (List<Tarief> regels : perProduct.values()) {
            for (int i = 1; i < regels.size(); i++) {
                assertThat(regels.get(i).ingangsdatum()).isEqualTo(regels.get(i - 1).einddatum().plusDays(1));
            }
            assertThat(regels).allSatisfy(t -> assertThat(t.tarief()).isPositive());
            assertThat(regels.get(0).ingangsdatum()).isEqualTo(WmoStandaard.product(regels.get(0).code()).ingangsdatum());
        }
        List<String> uren = DEMO.producten().stream().filter(p -> "diah".equals(p.kortingsgroep()) && !p.isOutputgericht())
                .map(WmoProduct::code).toList();
        assertThat(uren).hasSize(2);
        LocalDate oud = LocalDate.of(2015, 12, 31);
        LocalDate nieuw = LocalDate.of(2016, 1, 1);
        for (String code : uren) {
            assertThat(perProduct.get(code)).anyMatch(t -> oud.equals(t.einddatum()))
                    .anyMatch(t -> nieuw.equals(t.ingangsdatum()));
            assertThat(WmoStandaard.tariefOp(code, nieuw)).isLessThan(WmoStandaard.tariefOp(code, oud));
            assertThat(DEMO.declaraties()).as("%s declared at the cut tariff in 2016", code)
                    .anyMatch(d -> d.productcode().equals(code) && d.begindatum().getYear() == 2016
                            && d.tarief().equals(WmoStandaard.tariefOp(code, nieuw)));
        }
        assertThat(DEMO.producten().stream().filter(p -> !p.isTaakgericht() && !p.inEuros()))
                .allMatch(p -> perProduct.containsKey(p.code()));
    }

    /** The point of the DIAH change: a month of a trajectory costs less than a month by the hour did in 2015. */
    @Test
    void diahTrajectmaandGoedkoperDanUrenIn2015() {
        for (String categorie : List.of("01", "02")) {
            double uren = gemiddeldeDebet(categorie, "inspanningsgericht", 2015);
            double traject = gemiddeldeDebet(categorie, "outputgericht", 2016);
            assertThat(traject).as("categorie %s: a trajectory month against an hourly month", categorie)
                    .isPositive().isLessThan(uren * 0.95);
        }
    }

    private static double gemiddeldeDebet(String categorie, String variant, int jaar) {
        return DEMO.declaraties().stream().filter(d -> d.categorie().equals(categorie) && "D".equals(d.debetCredit())
                && d.begindatum().getYear() == jaar
                && WmoStandaard.product(d.productcode()).uitvoeringsvariant().equals(variant))
                .mapToLong(WmoDeclaratieregel::bedrag).average().orElse(0);
    }

    @Test
    void eenContractBovenZeventigEnEenBovenHonderdProcent() {
        Map<String, Long> gedeclareerd = new HashMap<>();
        for (WmoDeclaratieregel d : DEMO.declaraties()) {
            long bedrag = "C".equals(d.debetCredit()) ? -d.bedrag() : d.bedrag();
            gedeclareerd.merge(d.agb() + "/" + d.begindatum().getYear(), bedrag, Long::sum);
        }
        Set<String> metRuimte = DEMO.contracten().stream().filter(c -> c.soort().equals("bestedingsruimte"))
                .map(c -> c.agb() + "/" + c.jaar()).collect(Collectors.toSet());
        assertThat(metRuimte).containsAll(gedeclareerd.keySet());
        boolean krap = false;
        boolean overschreden = false;
        for (WmoContract c : DEMO.contracten()) {
            assertThat(c.bedrag()).isPositive();
            if (!c.soort().equals("bestedingsruimte")) {
                continue;
            }
            assertThat(List.of(String.valueOf(c.categorie()), String.valueOf(c.productcode()), String.valueOf(c.gemeente())))
                    .containsOnly("null");
            long gebruikt = gedeclareerd.getOrDefault(c.agb() + "/" + c.jaar(), 0L);
            krap |= gebruikt * 100 >= c.bedrag() * 70 && gebruikt < c.bedrag();
            overschreden |= gebruikt >= c.bedrag();
        }
        assertThat(krap).as("a contract at 70-100 % of its bestedingsruimte").isTrue();
        assertThat(overschreden).as("a contract at or over its bestedingsruimte").isTrue();
    }

    @Test
    void taakgerichtContractZonderToewijzingen() {
        List<WmoContract> taken = DEMO.contracten().stream().filter(c -> c.soort().equals("taakgericht")).toList();
        assertThat(taken).isNotEmpty().allSatisfy(c -> {
            assertThat(c.gemeente()).isNotNull();
            assertThat(WmoStandaard.lidOp(c.gemeente(), LocalDate.of(c.jaar(), 1, 1))).isTrue();
            WmoProduct p = WmoStandaard.product(c.productcode());
            assertThat(p.categorie()).isEqualTo(c.categorie());
            assertThat(p.isTaakgericht()).isTrue();
            assertThat(DEMO.toewijzingen()).noneMatch(t -> t.productcode().equals(p.code()));
            assertThat(DEMO.declaraties()).noneMatch(d -> d.productcode().equals(p.code()));
        });
        assertThat(taken.stream().map(c -> c.agb() + "/" + c.gemeente() + "/" + c.productcode()).distinct()).hasSize(1);
    }

    @Test
    void gebruikAlleenAlgemeenEnGroeiend() {
        Map<Integer, Long> deelnemersPerJaar = new TreeMap<>();
        Set<String> agbs = DEMO.aanbieders().stream().map(Aanbieder::agb).collect(Collectors.toSet());
        for (Gebruik g : DEMO.gebruik()) {
            WmoProduct p = WmoStandaard.product(g.productcode());
            assertThat(p.isAlgemeen()).as("use is reported only for algemene voorzieningen").isTrue();
            assertThat(p.categorie()).isEqualTo(g.categorie());
            assertThat(agbs).contains(g.agb());
            assertThat(WmoStandaard.inPeriode(g.maand())).isTrue();
            assertThat(WmoStandaard.lidOp(g.gemeente(), g.maand().atDay(1))).isTrue();
            assertThat(g.deelnemers()).isNotNegative();
            assertThat(g.bedrag()).isEqualTo(g.deelnemers() * WmoStandaard.tariefOp(g.productcode(), g.maand().atDay(1)));
            deelnemersPerJaar.merge(g.maand().getYear(), (long) g.deelnemers(), Long::sum);
        }
        assertThat(deelnemersPerJaar.keySet()).containsExactly(2016, 2017, 2024, 2025, 2026);
        assertThat(List.copyOf(deelnemersPerJaar.values())).isSorted();
        assertThat(deelnemersPerJaar.get(2026)).isGreaterThan(2 * deelnemersPerJaar.get(2016));
        assertThat(DEMO.toewijzingen()).noneMatch(t -> WmoStandaard.product(t.productcode()).isAlgemeen());
    }

    @Test
    void budgetPerLidPerJaar() {
        assertThat(DEMO.budgetten()).hasSize(9 * 3 + 8 * 3).allSatisfy(b -> {
            assertThat(WmoStandaard.lidOp(b.gemeente(), LocalDate.of(b.jaar(), 1, 1))).isTrue();
            assertThat(WmoStandaard.inPeriode(LocalDate.of(b.jaar(), 1, 1))).isTrue();
            assertThat(b.budget()).isPositive();
        });
        assertThat(DEMO.budgetten().stream().map(b -> b.gemeente() + "/" + b.jaar()).distinct()).hasSize(51);
    }
}
