package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The content rules the jeugdhulp module checks, on the dataset the command line makes by default. */
class StandaardDatasetTest {

    /** Seed 2016 is the command line's default; -Ddemodata.seed=N checks the rules hold for another seed. */
    private static final JeugdhulpDemo DEMO = JeugdhulpDemo.genereer(Long.getLong("demodata.seed", 2016), 2500);
    private static final List<String> IJSSELLAND = List.of("0148", "0150", "0160", "0166", "0175", "0177",
            "0180", "0193", "1708", "1773", "1896");

    @Test
    void omvang() {
        assertThat(DEMO.toewijzingen()).hasSize(2500);
        assertThat(DEMO.aanbieders()).hasSizeBetween(18, 22)
                .allSatisfy(a -> assertThat(a.agb()).matches("[0-9]{8}"));
        assertThat(DEMO.producten()).hasSizeBetween(12, 15).allSatisfy(p -> {
            assertThat(Integer.parseInt(p.categorie())).isBetween(40, 55);
            assertThat(p.code()).matches("[A-Za-z0-9]{1,5}");
            assertThat(p.kortingsgroep()).isIn("provinciaal", "awbz", "ggz");
        });
        assertThat(DEMO.producten().stream().filter(Product::isTaakgericht)).hasSize(1);
    }

    @Test
    void elkeGemeenteInElkJaar() {
        for (String gemeente : IJSSELLAND) {
            for (int jaar = 2015; jaar <= 2017; jaar++) {
                int j = jaar;
                assertThat(DEMO.toewijzingen()).as("%s in %d", gemeente, jaar)
                        .anyMatch(t -> t.gemeente().equals(gemeente) && t.ingangsdatum().getYear() == j);
            }
        }
        assertThat(DEMO.toewijzingen()).allMatch(t -> IJSSELLAND.contains(t.gemeente()));
    }

    @Test
    void regionaalEnLokaalToegewezenTaakgerichtNooit() {
        Set<String> inkoop = new HashSet<>();
        for (Toewijzing t : DEMO.toewijzingen()) {
            Product p = product(t.categorie(), t.productcode());
            assertThat(p.isTaakgericht()).isFalse();
            inkoop.add(p.inkoop());
        }
        assertThat(inkoop).containsExactlyInAnyOrder("regionaal", "lokaal");
    }

    @Test
    void bsnsZijnTestnummersDieDeElfproefHalen() {
        Map<String, Set<String>> gemeentenPerClient = new HashMap<>();
        for (Toewijzing t : DEMO.toewijzingen()) {
            assertThat(t.bsn()).startsWith("999");
            assertThat(JeugdhulpDemo.elfproef(t.bsn())).as(t.bsn()).isTrue();
            gemeentenPerClient.computeIfAbsent(t.bsn(), k -> new HashSet<>()).add(t.gemeente());
        }
        double perClient = 2500.0 / gemeentenPerClient.size();
        assertThat(perClient).isBetween(1.2, 1.4);
        long verhuisd = gemeentenPerClient.values().stream().filter(s -> s.size() == 2).count();
        assertThat((double) verhuisd / gemeentenPerClient.size()).isBetween(0.02, 0.04);
        assertThat(gemeentenPerClient.values()).allMatch(s -> s.size() <= 2);
    }

    @Test
    void toewijzingenVolgenDeRegels() {
        Set<String> nummers = new HashSet<>();
        Set<String> contracten = DEMO.contracten().stream().map(c -> c.agb() + "/" + c.jaar()).collect(Collectors.toSet());
        for (Toewijzing t : DEMO.toewijzingen()) {
            assertThat(nummers.add(t.gemeente() + "/" + t.toewijzingnummer())).isTrue();
            assertThat(t.toewijzingnummer()).isBetween(1L, 999_999_999L);
            assertThat(t.ingangsdatum()).isBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 10, 31));
            assertThat(IntStream.rangeClosed(3, 12).mapToObj(t.ingangsdatum()::plusMonths))
                    .contains(t.einddatum());
            long wacht = ChronoUnit.DAYS.between(t.aanmelddatum(), t.ingangsdatum());
            assertThat(wacht).isBetween(5L, 120L);
            assertThat(t.toewijzingsdatum()).isBetween(t.aanmelddatum(), t.ingangsdatum());
            assertThat(t.verwijzer()).isIn(ToewijzingGenerator.VERWIJZERS);
            assertThat(contracten).contains(t.agb() + "/" + t.ingangsdatum().getYear());
            Product p = product(t.categorie(), t.productcode());
            if (p.isOutputgericht()) {
                assertThat(List.of(t.volume(), t.eenheid(), t.frequentie())).containsExactly(1, "82", "6");
                assertThat(t.budget()).isEqualTo(DEMO.tariefOp(t.categorie(), t.productcode(), t.ingangsdatum()));
            } else {
                assertThat(t.eenheid()).isEqualTo(p.eenheid());
                assertThat(t.budget()).isNull();
                if ("14".equals(p.eenheid())) {
                    assertThat(t.volume()).isEqualTo(1);
                    assertThat(t.frequentie()).isEqualTo("1");
                } else {
                    assertThat(t.volume()).isBetween(1, 6);
                    assertThat(t.frequentie()).isEqualTo("2");
                }
            }
            if (t.startZorg() != null) {
                assertThat(ChronoUnit.DAYS.between(t.ingangsdatum(), t.startZorg())).isBetween(0L, 60L);
                assertThat(t.startZorg()).isBeforeOrEqualTo(t.einddatum());
            }
            if (t.stopZorg() != null) {
                assertThat(t.stopZorg()).isBetween(t.startZorg(), t.einddatum());
                assertThat(t.stopReden()).isIn("31", "32", "33", "34", "35", "36", "37", "38");
            } else {
                assertThat(t.stopReden()).isNull();
            }
        }
        long gestart = DEMO.toewijzingen().stream().filter(t -> t.startZorg() != null).count();
        long gestopt = DEMO.toewijzingen().stream().filter(t -> t.stopZorg() != null).count();
        assertThat(gestart / 2500.0).isBetween(0.87, 0.93);
        assertThat((double) gestopt / gestart).isBetween(0.45, 0.55);
    }

    @Test
    void verwijzersVerschillenPerGemeente() {
        Map<String, Map<String, Long>> mix = new TreeMap<>();
        for (Toewijzing t : DEMO.toewijzingen()) {
            mix.computeIfAbsent(t.gemeente(), k -> new TreeMap<>()).merge(t.verwijzer(), 1L, Long::sum);
        }
        Set<Map<String, Long>> verschillend = new HashSet<>(mix.values());
        assertThat(verschillend).hasSize(11);
        for (Map<String, Long> m : mix.values()) {
            long totaal = m.values().stream().mapToLong(Long::longValue).sum();
            assertThat((double) m.get("huisarts") / totaal).isBetween(0.25, 0.45);
        }
    }

    @Test
    void declaratiesKloppenMetToewijzingen() {
        Map<String, Toewijzing> perNummer = new HashMap<>();
        DEMO.toewijzingen().forEach(t -> perNummer.put(t.gemeente() + "/" + t.toewijzingnummer(), t));
        Map<String, Declaratieregel> debet = new HashMap<>();
        Map<String, String> declaratieSleutel = new HashMap<>();
        long credit = 0;
        for (Declaratieregel d : DEMO.declaraties()) {
            Toewijzing t = perNummer.get(d.gemeente() + "/" + d.toewijzingnummer());
            assertThat(t.startZorg()).isNotNull();
            assertThat(d.agb()).isEqualTo(t.agb());
            assertThat(d.begindatum()).isAfterOrEqualTo(t.startZorg());
            assertThat(d.einddatum()).isBeforeOrEqualTo(LocalDate.of(2017, 12, 31))
                    .isBeforeOrEqualTo(t.stopZorg() != null ? t.stopZorg() : t.einddatum());
            assertThat(d.einddatum().withDayOfMonth(1)).isEqualTo(d.begindatum().withDayOfMonth(1));
            assertThat(d.volume()).isPositive();
            assertThat(d.tarief()).isEqualTo(DEMO.tariefOp(d.categorie(), d.productcode(), d.begindatum()));
            assertThat(d.bedrag()).isEqualTo(d.volume() * d.tarief()).isNotNegative();
            assertThat(d.declaratienummer()).matches("[a-zA-Z0-9]{1,12}");
            String sleutel = d.agb() + "/" + d.gemeente() + "/" + DeclaratieGenerator.maandVan(d.declaratienummer());
            String eerder = declaratieSleutel.putIfAbsent(d.declaratienummer(), sleutel);
            assertThat(eerder == null || eerder.equals(sleutel)).isTrue();
            String regel = d.gemeente() + "/" + d.toewijzingnummer() + "/" + d.begindatum();
            if ("D".equals(d.debetCredit())) {
                assertThat(debet.put(regel, d)).isNull();
            } else {
                assertThat(d.debetCredit()).isEqualTo("C");
                Declaratieregel origineel = debet.get(regel);
                assertThat(origineel).isNotNull();
                assertThat(d.bedrag()).isLessThanOrEqualTo(origineel.bedrag());
                assertThat(d.einddatum()).isEqualTo(origineel.einddatum());
                assertThat(d.declaratienummer()).isNotEqualTo(origineel.declaratienummer());
                assertThat(DeclaratieGenerator.maandVan(d.declaratienummer()))
                        .isGreaterThan(DeclaratieGenerator.maandVan(origineel.declaratienummer()));
                credit++;
            }
        }
        assertThat((double) credit / debet.size()).isBetween(0.01, 0.03);
        // one mapping of declaration key to number both ways
        assertThat(new HashSet<>(declaratieSleutel.values())).hasSameSizeAs(declaratieSleutel.keySet());
    }

    @Test
    void budgettenTellenOp() {
        assertThat(DEMO.budgetten()).hasSize(33).allSatisfy(b -> {
            assertThat(b.totaal()).isEqualTo(b.regionaal() + b.lokaal());
            assertThat(b.regionaal()).isPositive();
            assertThat(b.lokaal()).isPositive();
        });
    }

    @Test
    void contractenMetPlafondsRondDeRealisatie() {
        assertThat(DEMO.contracten()).hasSize(DEMO.aanbieders().size() * 3).allSatisfy(c -> {
            assertThat(c.budgetplafond()).isGreaterThanOrEqualTo(100_000);
            assertThat(c.budgetplafond() % 100).isZero();
        });
        boolean overschreden = false;
        boolean krap = false;
        for (Contract c : DEMO.contracten()) {
            long realisatie = DEMO.declaraties().stream()
                    .filter(d -> d.agb().equals(c.agb()) && d.begindatum().getYear() == c.jaar())
                    .mapToLong(d -> "D".equals(d.debetCredit()) ? d.bedrag() : -d.bedrag()).sum();
            double verhouding = (double) realisatie / c.budgetplafond();
            overschreden |= verhouding >= 1.0;
            krap |= verhouding >= 0.9 && verhouding < 1.0;
        }
        assertThat(overschreden).as("a contract at or over its ceiling").isTrue();
        assertThat(krap).as("a contract at 90-100% of its ceiling").isTrue();
    }

    @Test
    void basistarievenInDeBandbreedte() {
        for (Tarief t : DEMO.basistarieven()) {
            assertThat(t.ingangsdatum()).isEqualTo(LocalDate.of(2014, 1, 1));
            assertThat(t.einddatum()).isNull();
            switch (product(t.categorie(), t.code()).eenheid()) {
                case "04" -> assertThat(t.tarief()).isBetween(8_000L, 12_000L);
                case "14" -> assertThat(t.tarief()).isBetween(15_000L, 30_000L);
                case "16" -> assertThat(t.tarief()).isBetween(5_000L, 8_000L);
                case "82" -> assertThat(t.tarief()).isBetween(150_000L, 600_000L);
                default -> assertThat(t.tarief()).isPositive();
            }
        }
    }

    private static Product product(String categorie, String code) {
        return DEMO.producten().stream().filter(p -> p.categorie().equals(categorie) && p.code().equals(code))
                .findFirst().orElseThrow();
    }
}
