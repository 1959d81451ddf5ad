package nl.samenspel.beschermdwonen.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.beschermdwonen.internal.Testomgeving;
import nl.samenspel.beschermdwonen.internal.budget.Budgetbestanden;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.beschermdwonen.internal.monitoring.Monitoring;
import nl.samenspel.beschermdwonen.internal.monitoring.Overzichten;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.beschermdwonen.internal.verevening.BwVereveningsbron;
import nl.samenspel.demodata.BeschermdWonenDemo;
import nl.samenspel.demodata.Plaatsing;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Regelfout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import nl.samenspel.testsupport.Testsleutel;

/**
 * The generated 2015-2017 dataset (15 members) loads through the import; spreading, cost and
 * outflow equal a recomputation from the generator's records; the equalization inputs are the
 * local budgets and the cost per herkomstgemeente; a 7-month full package at home is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BwDemoImportTest {


    @TempDir
    static Path map;

    private BeschermdWonenDemo demo;
    private BwOpslag opslag;
    private Importdienst dienst;
    private Monitoring monitoring;

    @BeforeAll
    void laad() throws Exception {
        demo = BeschermdWonenDemo.genereer(2016, BeschermdWonenDemo.Periode.JAREN_2015_2017, 1_500, 40);
        demo.schrijfCsv(map.resolve("csv"), null);
        opslag = Testomgeving.opslag();
        dienst = geladen(opslag);
        monitoring = new Monitoring(opslag);
    }

    /** The dataset loaded into a store; tests that add to it get their own, so the figures of the others stay the generator's. */
    private static Importdienst geladen(BwOpslag opslag) throws Exception {
        Pseudoniemdienst sleutel = Testsleutel.DIENST;
        Importdienst dienst = new Importdienst(opslag, Testomgeving.registerService(), Testomgeving.REGIO, map.resolve("afgewezen"), sleutel);
        for (Bwsoort soort : List.of(Bwsoort.VOORZIENINGEN, Bwsoort.AANMELDINGEN, Bwsoort.PLAATSINGEN)) {
            Importresultaat r = dienst.importeer(soort, soort.code() + ".csv", Files.readAllBytes(map.resolve("csv").resolve(soort.code() + ".csv")));
            assertThat(r.fouten()).as(soort.code()).isEmpty();
        }
        return dienst;
    }

    private List<Plaatsing> inJaar(int jaar) {
        return demo.plaatsingen().stream().filter(p -> p.ingangsdatum().getYear() <= jaar
                && (p.einddatum() == null || p.einddatum().getYear() >= jaar)).toList();
    }

    @Test
    void spreadingShowsWhoFromWhereIsPlacedWhere() throws Exception {
        Overzichten.Spreiding s = monitoring.spreiding(Testomgeving.REGISTER, 2016);
        Map<String, Map<String, Integer>> verwacht = new TreeMap<>();
        inJaar(2016).forEach(p -> verwacht.computeIfAbsent(p.herkomstgemeente(), g -> new TreeMap<>()).merge(p.vestigingsgemeente(), 1, Integer::sum));
        assertThat(s.herkomst()).hasSize(15);
        for (Overzichten.Herkomstregel r : s.herkomst()) {
            assertThat(r.perVestigingsgemeente()).as(r.gemeente()).isEqualTo(verwacht.get(r.gemeente()));
            assertThat(r.inEigenGemeente()).isEqualTo(verwacht.get(r.gemeente()).getOrDefault(r.gemeente(), 0));
        }
        // the real pattern: most places are in Zwolle, and residents of other members are placed there
        Overzichten.Vestigingregel zwolle = s.vestiging().stream().filter(v -> v.gemeente().equals("0193")).findFirst().orElseThrow();
        int totaal = s.vestiging().stream().mapToInt(Overzichten.Vestigingregel::plaatsingen).sum();
        assertThat(zwolle.plaatsingen() * 100).isGreaterThan(totaal * 70);
        assertThat(zwolle.vanElders()).isPositive();
        Overzichten.Herkomstregel harderwijk = s.herkomst().stream().filter(h -> h.gemeente().equals("0243")).findFirst().orElseThrow();
        assertThat(harderwijk.perVestigingsgemeente().getOrDefault("0193", 0)).isPositive();
    }

    @Test
    void costPerHerkomstgemeenteAndTheRegionalResult() throws Exception {
        Map<String, Long> verwacht = new HashMap<>();
        for (Plaatsing p : inJaar(2016)) {
            LocalDate van = p.ingangsdatum().getYear() < 2016 ? LocalDate.of(2016, 1, 1) : p.ingangsdatum();
            LocalDate tot = p.einddatum() == null || p.einddatum().getYear() > 2016 ? LocalDate.of(2016, 12, 31) : p.einddatum();
            long d = ChronoUnit.DAYS.between(van, tot) + 1;
            long k = p.tariefeenheid().equals("dag") ? p.tarief() * d
                    : new java.math.BigDecimal(BigInteger.valueOf(p.tarief() * d * 12)).divide(java.math.BigDecimal.valueOf(365), 0,
                    java.math.RoundingMode.HALF_UP).longValueExact();
            verwacht.merge(p.herkomstgemeente(), k, Long::sum);
        }
        Budgetbestanden.Gelezen budget = Budgetbestanden.lees(Path.of("../../regional-config"), Testomgeving.REGIO, 2016);
        Overzichten.Kosten kosten = monitoring.kosten(Testomgeving.REGISTER, Testomgeving.REGIO, 2016, budget.budget(), budget.fouten());
        assertThat(kosten.budgetFouten()).isEmpty();
        kosten.gemeenten().forEach(r -> assertThat(r.kosten()).as(r.gemeente()).isEqualTo(verwacht.getOrDefault(r.gemeente(), 0L)));
        long totaal = verwacht.values().stream().mapToLong(Long::longValue).sum();
        assertThat(kosten.totaleKosten()).isEqualTo(totaal);
        assertThat(kosten.verdeeld()).isEqualTo(5_800_000_000L - 232_458_200L - 433_488_200L);
        assertThat(kosten.regionaalResultaat()).isEqualTo(kosten.verdeeld() - totaal).isNegative();
        assertThat(kosten.gemeenten().stream().mapToLong(r -> r.lokaalBudget()).sum()).isEqualTo(kosten.verdeeld());

        List<Vereveningsgegevens> invoer = new BwVereveningsbron(monitoring, Testomgeving.registerService(), Testomgeving.REGIO).gegevens(2016);
        assertThat(invoer).hasSize(15);
        invoer.forEach(g -> {
            assertThat(g.kosten().eurocent()).isEqualTo(verwacht.getOrDefault(g.gemeente(), 0L));
            assertThat(g.budget().eurocent()).isEqualTo(kosten.gemeenten().stream().filter(r -> r.gemeente().equals(g.gemeente()))
                    .findFirst().orElseThrow().lokaalBudget());
        });
    }

    @Test
    void outflowAndWaitingList() throws Exception {
        Overzichten.Uitstroom u = monitoring.uitstroom(2016);
        long beeindigd = demo.plaatsingen().stream().filter(p -> p.einddatum() != null && p.einddatum().getYear() == 2016).count();
        long zelfstandig = demo.plaatsingen().stream().filter(p -> p.einddatum() != null && p.einddatum().getYear() == 2016
                && "uitstroom-zelfstandig".equals(p.eindreden())).count();
        assertThat(u.beeindigd()).isEqualTo(beeindigd);
        assertThat(u.perReden().get("uitstroom-zelfstandig")).isEqualTo((int) zelfstandig);
        Overzichten.Wachtlijst w = monitoring.wachtlijst(2016);
        long aanmeldingen = demo.aanmeldingen().stream().filter(a -> a.datum().getYear() == 2016).count();
        assertThat(w.aanmeldingen()).isEqualTo(aanmeldingen);
        assertThat(w.geplaatst() + w.open()).isEqualTo(w.aanmeldingen());
    }

    @Test
    void occupancyCountsTheOverbookingsApart() throws Exception {
        Plaatsing overboekt = demo.plaatsingen().stream().filter(Plaatsing::overboeking).findFirst().orElseThrow();
        Overzichten.Bezetting b = monitoring.bezetting(Testomgeving.REGISTER, overboekt.ingangsdatum());
        Overzichten.Bezettingregel r = b.voorzieningen().stream().filter(v -> v.voorziening().equals(overboekt.voorziening())).findFirst().orElseThrow();
        assertThat(r.overboekt()).isPositive();
        assertThat(r.bezet()).isLessThanOrEqualTo(r.capaciteit());
        assertThat(monitoring.signaleringen(Testomgeving.REGISTER, Testomgeving.REGIO, overboekt.ingangsdatum())).anySatisfy(s -> assertThat(s.soort()).isEqualTo("overboeking"));
    }

    @Test
    void aSevenMonthFullPackageAtHomeIsRefusedWithTheReasonAndNothingIsStored() throws Exception {
        BwOpslag opslag = Testomgeving.opslag();
        Importdienst dienst = geladen(opslag);
        Plaatsing vpt = demo.plaatsingen().stream().filter(p -> p.vorm().equals("volledig-pakket-thuis")).findFirst().orElseThrow();
        String csv = "herkomstgemeente;plaatsingnummer;bsn;voorziening;vorm;ingangsdatum;einddatum;tarief;tariefeenheid;eindreden\n"
                + vpt.herkomstgemeente() + ";900001;111222333;" + vpt.voorziening() + ";volledig-pakket-thuis;2016-02-01;2016-08-31;250000;maand;uitstroom-zelfstandig\n";
        int voor = opslag.plaatsingen().size();
        Importresultaat r = dienst.importeer(Bwsoort.PLAATSINGEN, "vpt.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.fouten()).singleElement().satisfies(f -> {
            assertThat(f).extracting(Regelfout::plaats, Regelfout::veld).containsExactly("regel 2", "einddatum");
            // no dates repeated: a date in the wrong column could be a birth date
            assertThat(f.melding()).contains("volledig pakket thuis duurt hooguit 6 maanden").contains("later dan 6 maanden na de ingangsdatum")
                    .doesNotContain("2016-");
        });
        assertThat(opslag.plaatsingen()).hasSize(voor);
        assertThat(Files.readString(Path.of(r.bewaardAls()))).isEqualTo(csv);
        // six months exactly is allowed
        String zes = csv.replace("2016-08-31", "2016-07-31");
        assertThat(dienst.importeer(Bwsoort.PLAATSINGEN, "vpt.csv", zes.getBytes(StandardCharsets.UTF_8)).fouten()).isEmpty();
    }

    @Test
    void aPlacementOverCapacityIsRefusedUnlessMarkedAsOverbooking() throws Exception {
        BwOpslag opslag = Testomgeving.opslag();
        Importdienst dienst = geladen(opslag);
        Monitoring monitoring = new Monitoring(opslag);
        // a full facility on a day: capacity equals the counted placements
        Overzichten.Bezettingregel vol = null;
        LocalDate dag = LocalDate.of(2016, 1, 1);
        for (; vol == null && dag.getYear() == 2016; dag = dag.plusDays(7)) {
            vol = monitoring.bezetting(Testomgeving.REGISTER, dag).voorzieningen().stream()
                    .filter(v -> v.bezet() == v.capaciteit() && v.soort().equals("intramuraal-bw")).findFirst().orElse(null);
        }
        assertThat(vol).as("een volle voorziening in 2016").isNotNull();
        Overzichten.Bezettingregel volle = vol;
        LocalDate op = dag.minusDays(7);
        String kop = "herkomstgemeente;plaatsingnummer;bsn;voorziening;vorm;ingangsdatum;einddatum;tarief;tariefeenheid;eindreden;overboeking\n";
        String regel = "0193;900100;111222333;" + volle.voorziening() + ";intramuraal;" + op + ";" + op + ";20000;dag;anders;";
        Importresultaat geweigerd = dienst.importeer(Bwsoort.PLAATSINGEN, "vol.csv", (kop + regel + "nee\n").getBytes(StandardCharsets.UTF_8));
        assertThat(geweigerd.fouten()).singleElement().satisfies(f -> assertThat(f.melding())
                .contains("voorziening " + volle.voorziening() + " heeft op " + op).contains("overboeking op ja"));
        assertThat(dienst.importeer(Bwsoort.PLAATSINGEN, "vol.csv", (kop + regel + "ja\n").getBytes(StandardCharsets.UTF_8)).geaccepteerd()).isTrue();
    }

    @Test
    void aFacilityFileCannotLowerCapacityBelowTheStoredPlacementsAndAnApplicationIsClosedOnce() throws Exception {
        BwOpslag opslag = Testomgeving.opslag();
        Importdienst dienst = geladen(opslag);
        // the facility with the most placements on a day, its capacity set to zero from then on
        Overzichten.Bezettingregel vol = new Monitoring(opslag).bezetting(Testomgeving.REGISTER, LocalDate.of(2016, 6, 1)).voorzieningen().stream()
                .max(java.util.Comparator.comparingInt(Overzichten.Bezettingregel::bezet)).orElseThrow();
        nl.samenspel.demodata.Voorziening v = demo.voorzieningen().stream().filter(x -> x.code().equals(vol.voorziening())).findFirst().orElseThrow();
        // a correction, knowingly: without it the change of the past is refused before the placements are counted
        String csv = "code;naam;agb;vestigingsgemeente;soort;capaciteit;ingangsdatum;einddatum;wijziging\n"
                + v.code() + ";" + v.naam() + ";" + v.agb() + ";" + v.vestigingsgemeente() + ";" + v.soort() + ";0;2015-01-01;;correctie\n";
        Importresultaat r = dienst.importeer(Bwsoort.VOORZIENINGEN, "v.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("capaciteit");
            assertThat(f.melding()).contains("opgeslagen plaatsingen bij de nieuwe capaciteit van 0");
        });

        Plaatsing metAanmelding = demo.plaatsingen().stream().filter(p -> p.aanmelding() != null).findFirst().orElseThrow();
        String tweede = "herkomstgemeente;plaatsingnummer;client;voorziening;vorm;ingangsdatum;tarief;tariefeenheid;aanmelding;overboeking\n"
                + metAanmelding.herkomstgemeente() + ";900200;" + "ef".repeat(32) + ";" + metAanmelding.voorziening() + ";"
                + metAanmelding.vorm() + ";2017-12-01;20000;dag;" + metAanmelding.aanmelding() + ";ja\n";
        assertThat(dienst.importeer(Bwsoort.PLAATSINGEN, "p.csv", tweede.getBytes(StandardCharsets.UTF_8)).fouten())
                .singleElement().satisfies(f -> assertThat(f.melding()).contains("is al gesloten door een opgeslagen plaatsing"));
    }

    @Test
    void the2025DatasetWithTheEightMembersLoadsAndItsEqualizationInputsBalance() throws Exception {
        BeschermdWonenDemo demo2025 = BeschermdWonenDemo.genereer(2025, BeschermdWonenDemo.Periode.JAAR_2025, 1_500, 40);
        Path csv = map.resolve("csv-2025");
        demo2025.schrijfCsv(csv, null);
        BwOpslag opslag = Testomgeving.opslag();
        Pseudoniemdienst sleutel = Testsleutel.DIENST;
        Importdienst dienst = new Importdienst(opslag, Testomgeving.registerService(), Testomgeving.REGIO, map.resolve("afgewezen"), sleutel);
        for (Bwsoort soort : List.of(Bwsoort.VOORZIENINGEN, Bwsoort.AANMELDINGEN, Bwsoort.PLAATSINGEN)) {
            assertThat(dienst.importeer(soort, soort.code() + ".csv", Files.readAllBytes(csv.resolve(soort.code() + ".csv"))).fouten())
                    .as(soort.code()).isEmpty();
        }
        Monitoring monitoring = new Monitoring(opslag);
        Overzichten.Spreiding s = monitoring.spreiding(Testomgeving.REGISTER, 2025);
        assertThat(s.herkomst()).extracting(Overzichten.Herkomstregel::gemeente)
                .containsExactly("0148", "0160", "0166", "0175", "0180", "0193", "1708", "1896");
        assertThat(s.herkomst().stream().mapToInt(Overzichten.Herkomstregel::plaatsingen).sum()).isEqualTo(demo2025.plaatsingen().size());

        List<Vereveningsgegevens> invoer = new BwVereveningsbron(monitoring, Testomgeving.registerService(), Testomgeving.REGIO).gegevens(2025);
        assertThat(invoer).hasSize(8);
        long verdeeld = Budgetbestanden.lees(Path.of("../../regional-config"), Testomgeving.REGIO, 2025).budget().orElseThrow().verdeelbaar();
        assertThat(invoer.stream().mapToLong(g -> g.budget().eurocent()).sum()).isEqualTo(verdeeld);
        assertThat(invoer.stream().mapToLong(g -> g.kosten().eurocent()).sum()).isEqualTo(monitoring.kostenPerHerkomst(Testomgeving.REGISTER, Testomgeving.REGIO, 2025)
                .totaalLeden()).isPositive();
        // a member that left after 2023 is refused as herkomstgemeente in 2025
        String harderwijk = "herkomstgemeente;plaatsingnummer;client;voorziening;vorm;ingangsdatum;tarief;tariefeenheid\n0243;1;" + "ab".repeat(32)
                + ";" + demo2025.voorzieningen().get(0).code() + ";intramuraal;2025-03-01;20000;dag\n";
        assertThat(dienst.importeer(Bwsoort.PLAATSINGEN, "hw.csv", harderwijk.getBytes(StandardCharsets.UTF_8)).fouten())
                .anySatisfy(f -> assertThat(f.melding()).contains("0243 is op 2025-03-01 geen lid van beschermd-wonen-zwolle"));
    }
}
