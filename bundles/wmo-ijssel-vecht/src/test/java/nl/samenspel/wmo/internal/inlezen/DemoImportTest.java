package nl.samenspel.wmo.internal.inlezen;

import static nl.samenspel.wmo.internal.Testomgeving.aanvaard;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.samenspel.demodata.WmoContract;
import nl.samenspel.demodata.WmoDeclaratieregel;
import nl.samenspel.demodata.WmoDemo;
import nl.samenspel.demodata.WmoToewijzing;
import nl.samenspel.testsupport.Testregister;
import nl.samenspel.wmo.internal.Testomgeving;
import nl.samenspel.wmo.internal.monitoring.Halfjaar;
import nl.samenspel.wmo.internal.monitoring.Monitoring;
import nl.samenspel.wmo.internal.monitoring.Overzichten;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's dataset (demodata, 2015-2017 and 2024-2026) read as a node reads it, once as CSV
 * and once as iWmo 3.2 messages: every file is accepted, both forms store the same, and every
 * monitoring figure equals what is recomputed here from the generator's own records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoImportTest {

    private static final List<String> STAMGEGEVENS = List.of("aanbieders", "producten", "tarieven", "contracten", "budgetten");
    private static final List<String> ZORG = List.of("toewijzingen", "start-zorg", "stop-zorg", "declaraties", "gebruik", "deelnemers");

    @TempDir
    static Path map;

    private WmoDemo demo;
    private WmoOpslag csv;
    private WmoOpslag xml;
    private Monitoring monitoring;

    @BeforeAll
    void laad() throws Exception {
        demo = WmoDemo.genereer(2016, 400);
        demo.schrijfCsv(map.resolve("csv"), null);
        demo.schrijfXml(map.resolve("xml"));
        csv = Testomgeving.opslag();
        Importdienst viaCsv = Testomgeving.dienst(csv, map.resolve("afgewezen-csv"));
        for (String soort : Stream.concat(STAMGEGEVENS.stream(), ZORG.stream()).toList()) {
            aanvaard(viaCsv, soort, map.resolve("csv").resolve(soort + ".csv"));
        }
        xml = Testomgeving.opslag();
        Importdienst viaXml = Testomgeving.dienst(xml, map.resolve("afgewezen-xml"));
        for (String soort : STAMGEGEVENS) {
            aanvaard(viaXml, soort, map.resolve("csv").resolve(soort + ".csv"));
        }
        for (String[] bericht : new String[][] {{"wmo301", "toewijzingen"}, {"wmo305", "start-zorg"}, {"wmo307", "stop-zorg"},
            {"wmo323", "declaraties"}}) {
            try (Stream<Path> zips = Files.list(map.resolve("xml"))) {
                for (Path zip : zips.filter(p -> p.getFileName().toString().startsWith(bericht[0] + "-")).sorted().toList()) {
                    aanvaard(viaXml, bericht[1], zip);
                }
            }
        }
        aanvaard(viaXml, "gebruik", map.resolve("csv").resolve("gebruik.csv"));
        aanvaard(viaXml, "deelnemers", map.resolve("csv").resolve("deelnemers.csv"));
        monitoring = new Monitoring(csv);
    }

    @Test
    void messagesAndCsvStoreTheSame() throws Exception {
        LocalDate van = LocalDate.of(2015, 1, 1);
        LocalDate tot = LocalDate.of(2026, 12, 31);
        // a WMO301 has no application date (that is the WMO315's): the rest is the same
        assertThat(xml.cijfers().lopend(van, tot)).extracting(DemoImportTest::zonderAanvraag)
                .containsExactlyElementsOf(csv.cijfers().lopend(van, tot).stream().map(DemoImportTest::zonderAanvraag).toList());
        assertThat(xml.cijfers().gedeclareerd(YearMonth.of(2015, 1), YearMonth.of(2026, 12)))
                .containsExactlyInAnyOrderElementsOf(csv.cijfers().gedeclareerd(YearMonth.of(2015, 1), YearMonth.of(2026, 12)));
        assertThat(csv.cijfers().lopend(van, tot)).hasSize(demo.toewijzingen().size());
    }

    private static Object zonderAanvraag(nl.samenspel.module.toewijzing.Opgeslagen<nl.samenspel.wmo.internal.domein.Ondersteuning.Toewijzing> o) {
        var t = o.toewijzing();
        return List.of(new nl.samenspel.wmo.internal.domein.Ondersteuning.Toewijzing(t.gegevens(), null, t.minderjarig()),
                String.valueOf(o.startZorg()), String.valueOf(o.stopZorg()), String.valueOf(o.stopReden()));
    }

    @Test
    void ceilingUptakeIsTheDeclaredAmountsPerProviderAndYear() throws Exception {
        for (int jaar : List.of(2016, 2025)) {
            Map<String, Long> gedeclareerd = new HashMap<>();
            for (WmoDeclaratieregel d : demo.declaraties()) {
                if (d.begindatum().getYear() == jaar) {
                    gedeclareerd.merge(d.agb(), "C".equals(d.debetCredit()) ? -d.bedrag() : d.bedrag(), Long::sum);
                }
            }
            List<Overzichten.Plafondregel> regels = monitoring.plafonds(jaar).contracten();
            List<WmoContract> contracten = demo.contracten().stream().filter(k -> k.jaar() == jaar && k.soort().equals(WmoContract.BESTEDINGSRUIMTE))
                    .toList();
            assertThat(regels).hasSize(contracten.size());
            for (Overzichten.Plafondregel r : regels) {
                assertThat(r.besteed()).as(r.agb() + " " + jaar).isEqualTo(gedeclareerd.getOrDefault(r.agb(), 0L));
            }
        }
        // the generator sets one contract past 70 % in 2016 and one past 100 % in 2025
        assertThat(monitoring.plafonds(2016).contracten()).extracting(Overzichten.Plafondregel::signaal).contains(Monitoring.OVERLEG);
        assertThat(monitoring.plafonds(2025).contracten()).extracting(Overzichten.Plafondregel::signaal).contains(Monitoring.STOP);
    }

    @Test
    void realisedCostPerGemeenteIsDeclaredPlusUsePlusTaskSums() throws Exception {
        for (int jaar : List.of(2016, 2025)) {
            Map<String, Long> verwacht = new HashMap<>();
            demo.declaraties().stream().filter(d -> d.begindatum().getYear() == jaar)
                    .forEach(d -> verwacht.merge(d.gemeente(), "C".equals(d.debetCredit()) ? -d.bedrag() : d.bedrag(), Long::sum));
            demo.gebruik().stream().filter(g -> g.maand().getYear() == jaar).forEach(g -> verwacht.merge(g.gemeente(), g.bedrag(), Long::sum));
            demo.contracten().stream().filter(k -> k.jaar() == jaar && k.soort().equals(WmoContract.TAAKGERICHT))
                    .forEach(k -> verwacht.merge(k.gemeente(), k.bedrag(), Long::sum));
            for (Overzichten.Budgetregel r : monitoring.budgetten(Testregister.REGISTER, Testomgeving.REGIO, jaar).gemeenten()) {
                assertThat(r.gerealiseerd()).as(r.gemeente() + " " + jaar).isEqualTo(verwacht.getOrDefault(r.gemeente(), 0L));
                assertThat(r.budget()).as("every member has a generated budget").isNotNull();
            }
        }
        // Hattem is listed while a member, not after
        assertThat(monitoring.budgetten(Testregister.REGISTER, Testomgeving.REGIO, 2016).gemeenten()).extracting(Overzichten.Budgetregel::gemeente)
                .contains("0244");
        assertThat(monitoring.budgetten(Testregister.REGISTER, Testomgeving.REGIO, 2025).gemeenten()).extracting(Overzichten.Budgetregel::gemeente)
                .doesNotContain("0244");
    }

    @Test
    void clientsPerHalfYearAreTheDistinctClientsWithARunningAllocation() throws Exception {
        for (Halfjaar h : List.of(new Halfjaar(2016, 1), new Halfjaar(2025, 2))) {
            Map<String, Set<String>> verwacht = new HashMap<>();
            for (WmoToewijzing t : demo.toewijzingen()) {
                boolean loopt = !t.ingangsdatum().isAfter(h.tot()) && (t.einddatum() == null || !t.einddatum().isBefore(h.van()))
                        && (t.stopZorg() == null || !t.stopZorg().isBefore(h.van()));
                if (loopt) {
                    verwacht.computeIfAbsent(t.gemeente(), g -> new HashSet<>()).add(t.bsn());
                }
            }
            for (Overzichten.Clientenregel r : monitoring.clienten(Testregister.REGISTER, Testomgeving.REGIO, h).regels()) {
                if (r.categorie() == null) {
                    assertThat(r.clienten()).as(r.gemeente() + " " + h).isEqualTo(verwacht.getOrDefault(r.gemeente(), Set.of()).size());
                }
            }
        }
    }

    @Test
    void theBewegingCountsUseAndItsCostPerHalfYear() throws Exception {
        Halfjaar h = new Halfjaar(2025, 1);
        long deelnemers = demo.gebruik().stream().filter(g -> g.gemeente().equals("0193") && !YearMonth.from(g.maand()).isBefore(h.eersteMaand())
                && !g.maand().isAfter(h.laatsteMaand())).mapToLong(g -> g.deelnemers()).sum();
        long kosten = demo.gebruik().stream().filter(g -> g.gemeente().equals("0193") && !g.maand().isBefore(h.eersteMaand())
                && !g.maand().isAfter(h.laatsteMaand())).mapToLong(g -> g.bedrag()).sum();
        Overzichten.Bewegingregel zwolle = monitoring.beweging(Testregister.REGISTER, Testomgeving.REGIO, h).gemeenten().stream()
                .filter(r -> r.gemeente().equals("0193")).findFirst().orElseThrow();
        assertThat(zwolle.deelnemersAlgemeen()).isEqualTo((2 * deelnemers + 6) / 12);
        assertThat(zwolle.kostenAlgemeen()).isEqualTo(kosten);
        assertThat(zwolle.aandeelAlgemeenClienten()).isNotNull();
        assertThat(zwolle.trendClienten()).as("2024-H1 has data too").isNotNull();
        long bekend = demo.deelnemers().stream().filter(d -> d.gemeente().equals("0193") && !d.maand().isBefore(h.eersteMaand())
                && !d.maand().isAfter(h.laatsteMaand())).map(d -> d.bsn()).distinct().count();
        assertThat(bekend).isPositive();
        assertThat(zwolle.bekendeDeelnemers()).isEqualTo(bekend);
    }

    @Test
    void theSeriesIsTheRegionsRowOfEveryHalfYearInTurn() throws Exception {
        Overzichten.Bewegingreeks reeks = monitoring.bewegingreeks(Testregister.REGISTER, Testomgeving.REGIO, new Halfjaar(2024, 2),
                new Halfjaar(2026, 1));
        assertThat(reeks.perioden()).extracting(Overzichten.Bewegingregel::periode).containsExactly("2024-H2", "2025-H1", "2025-H2", "2026-H1");
        assertThat(reeks.perioden().get(1)).isEqualTo(monitoring.beweging(Testregister.REGISTER, Testomgeving.REGIO, new Halfjaar(2025, 1)).regio());
        assertThat(monitoring.bewegingreeks(Testregister.REGISTER, Testomgeving.REGIO, new Halfjaar(2025, 2), new Halfjaar(2025, 1)).perioden())
                .as("tot before van").isEmpty();
        assertThat(new Halfjaar(2016, 1).aantalTot(new Halfjaar(2025, 2))).isEqualTo(20);
    }

    @Test
    void everyAllocationAfterMoreThanEightWeeksIsSignalled() throws Exception {
        for (int jaar : List.of(2016, 2025)) {
            long verwacht = demo.toewijzingen().stream().filter(t -> t.aanvraagdatum() != null && t.aanvraagdatum().getYear() == jaar)
                    .filter(t -> java.time.temporal.ChronoUnit.DAYS.between(t.aanvraagdatum(),
                            t.toewijzingsdatum() != null ? t.toewijzingsdatum() : t.ingangsdatum()) > Monitoring.WETTELIJKE_DAGEN).count();
            assertThat(monitoring.doorlooptijden(Testregister.REGISTER, Testomgeving.REGIO, jaar).signaleringen()).hasSize((int) verwacht);
        }
    }
}
