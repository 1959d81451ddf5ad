package nl.samenspel.jeugdhulp.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.demodata.Contract;
import nl.samenspel.demodata.Declaratieregel;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.demodata.Product;
import nl.samenspel.demodata.Toewijzing;
import nl.samenspel.jeugdhulp.internal.JeugdhulpConfig;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.monitoring.Monitoring;
import nl.samenspel.jeugdhulp.internal.monitoring.Overzichten;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import nl.samenspel.jeugdhulp.internal.verevening.JeugdhulpVereveningsbron;
import nl.samenspel.testsupport.Testconfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated IJsselland dataset (2,500 allocations, 2015-2017) loads through the import,
 * and every monitoring figure for 2016 equals a recomputation written here from the
 * generator's own records, without the module's code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoImportTest {

    private static final int JAAR = 2016;

    @TempDir
    static Path map;

    private JeugdhulpDemo demo;
    private JeugdhulpOpslag opslag;
    private Monitoring monitoring;
    private Map<String, Product> producten;

    @BeforeAll
    void laad() throws Exception {
        demo = JeugdhulpDemo.genereer(2016, 2_500);
        opslag = Testomgeving.opslag();
        Importdienst dienst = Demolader.knooppunt(demo, opslag, map);
        Demolader.laadZorgCsv(dienst, map.resolve("csv"));
        monitoring = new Monitoring(opslag);
        producten = demo.producten().stream().collect(Collectors.toMap(p -> p.categorie() + "/" + p.code(), p -> p));
    }

    private boolean regionaal(String categorie, String code) {
        return producten.get(categorie + "/" + code).isRegionaal();
    }

    private List<Toewijzing> inJaar() {
        LocalDate begin = LocalDate.of(JAAR, 1, 1);
        LocalDate einde = LocalDate.of(JAAR, 12, 31);
        return demo.toewijzingen().stream().filter(t -> !t.ingangsdatum().isAfter(einde)
                && (t.einddatum() == null || !t.einddatum().isBefore(begin))).toList();
    }

    /** The documented rule, written again: units in the year × the tariff on the allocation's first day in the year. */
    private long toegewezen(Toewijzing t) {
        LocalDate van = t.ingangsdatum().getYear() < JAAR ? LocalDate.of(JAAR, 1, 1) : t.ingangsdatum();
        LocalDate tot = t.einddatum().getYear() > JAAR ? LocalDate.of(JAAR, 12, 31) : t.einddatum();
        BigDecimal d = BigDecimal.valueOf(ChronoUnit.DAYS.between(van, tot) + 1);
        BigDecimal totaal = BigDecimal.valueOf(ChronoUnit.DAYS.between(t.ingangsdatum(), t.einddatum()) + 1);
        if (t.budget() != null) {
            return BigDecimal.valueOf(t.budget()).multiply(d).divide(totaal, 0, RoundingMode.HALF_UP).longValueExact();
        }
        BigDecimal eenheden = BigDecimal.valueOf(t.volume()).multiply(BigDecimal.valueOf(demo.tariefOp(t.categorie(), t.productcode(), van)));
        BigDecimal bedrag = switch (t.frequentie()) {
            case "1" -> eenheden.multiply(d);
            case "2" -> eenheden.multiply(d).divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_UP);
            case "4" -> eenheden.multiply(d).multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(365), 10, RoundingMode.HALF_UP);
            case "6" -> eenheden.multiply(d).divide(totaal, 10, RoundingMode.HALF_UP);
            default -> throw new IllegalStateException(t.frequentie());
        };
        return bedrag.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private List<Declaratieregel> declaratiesInJaar() {
        return demo.declaraties().stream().filter(d -> d.begindatum().getYear() == JAAR).toList();
    }

    private Map<String, String> agbVan() {
        return demo.toewijzingen().stream().collect(Collectors.toMap(t -> t.gemeente() + "/" + t.toewijzingnummer(), Toewijzing::agb));
    }

    @Test
    void everythingWasStoredAndNoBsnWas() throws Exception {
        assertThat(opslag.toewijzingenInJaar(2015).size() + opslag.toewijzingenInJaar(2016).size()).isPositive();
        Set<String> bsns = demo.toewijzingen().stream().map(Toewijzing::bsn).collect(Collectors.toSet());
        Set<String> clienten = new HashSet<>();
        for (int jaar = 2015; jaar <= 2018; jaar++) {
            opslag.toewijzingenInJaar(jaar).forEach(o -> clienten.add(o.toewijzing().client()));
        }
        assertThat(clienten).hasSize(bsns.size()).allMatch(Pseudoniemdienst::isPseudoniem).doesNotContainAnyElementsOf(bsns);
    }

    @Test
    void budgetsAgainstAllocatedAndRealisedPerGemeente() throws Exception {
        Overzichten.Budgetoverzicht o = monitoring.budgetten(Testomgeving.REGISTER, Testomgeving.REGIO, JAAR);
        assertThat(o.gemeenten()).hasSize(11);
        assertThat(o.zonderTarief()).isZero();
        Map<String, long[]> toe = new HashMap<>();
        Map<String, Set<String>> clienten = new HashMap<>();
        for (Toewijzing t : inJaar()) {
            toe.computeIfAbsent(t.gemeente(), g -> new long[2])[regionaal(t.categorie(), t.productcode()) ? 0 : 1] += toegewezen(t);
            clienten.computeIfAbsent(t.gemeente(), g -> new HashSet<>()).add(t.bsn());
        }
        Map<String, long[]> ger = new HashMap<>();
        declaratiesInJaar().forEach(d -> ger.computeIfAbsent(d.gemeente(), g -> new long[2])[regionaal(d.categorie(), d.productcode()) ? 0 : 1] += d.saldo());
        Map<String, nl.samenspel.demodata.Budget> budget = demo.budgetten().stream().filter(b -> b.jaar() == JAAR)
                .collect(Collectors.toMap(nl.samenspel.demodata.Budget::gemeente, b -> b));
        for (Overzichten.Budgetregel r : o.gemeenten()) {
            String g = r.gemeente();
            assertThat(r.toegewezenRegionaal()).as(g).isEqualTo(toe.get(g)[0]);
            assertThat(r.toegewezenLokaal()).as(g).isEqualTo(toe.get(g)[1]);
            assertThat(r.gerealiseerdRegionaal()).as(g).isEqualTo(ger.get(g)[0]);
            assertThat(r.gerealiseerdLokaal()).as(g).isEqualTo(ger.get(g)[1]);
            assertThat(r.budgetRegionaal()).as(g).isEqualTo(budget.get(g).regionaal());
            assertThat(r.saldoTotaal()).as(g).isEqualTo(budget.get(g).totaal() - ger.get(g)[0] - ger.get(g)[1]);
            assertThat(r.clienten()).as(g).isEqualTo(clienten.get(g).size());
        }
        long regioGerealiseerd = declaratiesInJaar().stream().mapToLong(Declaratieregel::saldo).sum();
        assertThat(o.regio().gerealiseerdTotaal()).isEqualTo(regioGerealiseerd);
        // a client who moved counts once for the region, once in each gemeente
        long distinct = inJaar().stream().map(Toewijzing::bsn).distinct().count();
        assertThat(o.regio().clienten()).isEqualTo(distinct);
        assertThat(o.gemeenten().stream().mapToInt(Overzichten.Budgetregel::clienten).sum()).isGreaterThanOrEqualTo((int) distinct);
    }

    @Test
    void ceilingUptakePerContract() throws Exception {
        Map<String, String> agb = agbVan();
        Map<String, Long> toe = new HashMap<>();
        inJaar().forEach(t -> toe.merge(t.agb(), toegewezen(t), Long::sum));
        Map<String, Long> ger = new HashMap<>();
        declaratiesInJaar().forEach(d -> ger.merge(agb.get(d.gemeente() + "/" + d.toewijzingnummer()), d.saldo(), Long::sum));
        Overzichten.Plafondoverzicht o = monitoring.plafonds(JAAR);
        List<Contract> contracten = demo.contracten().stream().filter(k -> k.jaar() == JAAR).toList();
        assertThat(o.contracten()).hasSize(contracten.size());
        int waarschuwingen = 0;
        int overschreden = 0;
        for (Contract k : contracten) {
            Overzichten.Plafondregel r = o.contracten().stream().filter(x -> x.agb().equals(k.agb())).findFirst().orElseThrow();
            long t = toe.getOrDefault(k.agb(), 0L);
            long g = ger.getOrDefault(k.agb(), 0L);
            assertThat(r.toegewezen()).as(k.agb()).isEqualTo(t);
            assertThat(r.gerealiseerd()).as(k.agb()).isEqualTo(g);
            BigDecimal benutting = BigDecimal.valueOf(Math.max(t, g)).divide(BigDecimal.valueOf(k.budgetplafond()), 6, RoundingMode.DOWN);
            String status = benutting.compareTo(BigDecimal.ONE) >= 0 ? "overschreden" : benutting.compareTo(new BigDecimal("0.9")) >= 0 ? "waarschuwing" : "normaal";
            assertThat(r.status()).as(k.agb()).isEqualTo(status);
            BigDecimal realisatie = BigDecimal.valueOf(g).divide(BigDecimal.valueOf(k.budgetplafond()), 6, RoundingMode.DOWN);
            assertThat(r.statusGerealiseerd()).as(k.agb()).isEqualTo(realisatie.compareTo(BigDecimal.ONE) >= 0 ? "overschreden"
                    : realisatie.compareTo(new BigDecimal("0.9")) >= 0 ? "waarschuwing" : "normaal");
            // beside a threshold: two decimals, rounded down (docs/jeugdhulp.md, "plafonds")
            assertThat(r.benuttingGerealiseerd()).isEqualTo(BigDecimal.valueOf(g * 100).divide(BigDecimal.valueOf(k.budgetplafond()), 2, RoundingMode.FLOOR).toPlainString());
            waarschuwingen += status.equals("waarschuwing") ? 1 : 0;
            overschreden += status.equals("overschreden") ? 1 : 0;
        }
        assertThat(o.waarschuwingen()).isEqualTo(waarschuwingen);
        assertThat(o.overschreden()).isEqualTo(overschreden).isPositive();
    }

    @Test
    void waitingTimesPerCategory() throws Exception {
        Map<String, List<Integer>> perCategorie = new TreeMap<>();
        demo.toewijzingen().stream().filter(t -> t.startZorg() != null && t.startZorg().getYear() == JAAR && t.gemeente().equals("0150"))
                .forEach(t -> perCategorie.computeIfAbsent(t.categorie(), c -> new ArrayList<>())
                        .add((int) ChronoUnit.DAYS.between(t.aanmelddatum(), t.startZorg())));
        Overzichten.Wachttijden w = monitoring.wachttijden(JAAR, "0150");
        assertThat(w.categorieen()).extracting(Overzichten.Wachttijdregel::categorie).containsExactlyElementsOf(perCategorie.keySet());
        for (Overzichten.Wachttijdregel r : w.categorieen()) {
            List<Integer> dagen = perCategorie.get(r.categorie()).stream().sorted().toList();
            assertThat(r.aantal()).isEqualTo(dagen.size());
            // nearest rank: the ceil(p·n)-th smallest
            assertThat(r.mediaanDagen()).isEqualTo(dagen.get((int) Math.ceil(0.5 * dagen.size()) - 1));
            assertThat(r.p90Dagen()).isEqualTo(dagen.get((int) Math.ceil(0.9 * dagen.size()) - 1));
        }
        assertThat(w.zonderAanmelddatum()).isZero();
    }

    @Test
    void referrerMixPerGemeente() throws Exception {
        Overzichten.Verwijzers v = monitoring.verwijzers(Testomgeving.REGISTER, JAAR);
        Map<String, Map<String, Long>> verwacht = demo.toewijzingen().stream().filter(t -> t.aanmelddatum().getYear() == JAAR)
                .collect(Collectors.groupingBy(Toewijzing::gemeente, Collectors.groupingBy(Toewijzing::verwijzer, Collectors.counting())));
        assertThat(v.gemeenten()).hasSize(verwacht.size());
        for (Overzichten.Verwijzerregel r : v.gemeenten()) {
            Map<String, Long> w = verwacht.get(r.gemeente());
            w.forEach((verwijzer, n) -> assertThat(r.aantallen().get(verwijzer)).as(r.gemeente() + " " + verwijzer).isEqualTo(n.intValue()));
            long bekend = w.values().stream().mapToLong(Long::longValue).sum();
            assertThat(r.bekend()).isEqualTo(bekend);
            assertThat(r.aandeelHuisarts()).isEqualTo(BigDecimal.valueOf(w.getOrDefault("huisarts", 0L) * 100)
                    .divide(BigDecimal.valueOf(bekend), 1, RoundingMode.HALF_UP).toPlainString());
        }
    }

    @Test
    void equalizationInputsArePooledCostAndRegionalBudget() {
        List<Vereveningsgegevens> gegevens = new JeugdhulpVereveningsbron(opslag, Testomgeving.registerService(), Testconfig.standaard(JeugdhulpConfig.class)).gegevens(JAAR);
        assertThat(gegevens).hasSize(11);
        Map<String, Long> k = new HashMap<>();
        Map<String, Long> vorig = new HashMap<>();
        demo.declaraties().stream().filter(d -> regionaal(d.categorie(), d.productcode())).forEach(d -> {
            if (d.begindatum().getYear() == JAAR) {
                k.merge(d.gemeente(), d.saldo(), Long::sum);
            } else if (d.begindatum().getYear() == JAAR - 1) {
                vorig.merge(d.gemeente(), d.saldo(), Long::sum);
            }
        });
        Map<String, Set<String>> clienten = new HashMap<>();
        inJaar().stream().filter(t -> regionaal(t.categorie(), t.productcode()))
                .forEach(t -> clienten.computeIfAbsent(t.gemeente(), g -> new HashSet<>()).add(t.bsn()));
        for (Vereveningsgegevens g : gegevens) {
            assertThat(g.kosten().eurocent()).as(g.gemeente()).isEqualTo(k.get(g.gemeente()));
            assertThat(g.budget().eurocent()).isEqualTo(demo.budgetten().stream()
                    .filter(b -> b.jaar() == JAAR && b.gemeente().equals(g.gemeente())).findFirst().orElseThrow().regionaal());
            assertThat(g.sleutels()).containsEntry("gebruik-vorig-jaar", vorig.get(g.gemeente()))
                    .containsEntry("gebruik-drie-jaar", vorig.get(g.gemeente())) // no data before 2015
                    .containsEntry("clienten", (long) clienten.get(g.gemeente()).size());
        }
    }
}
