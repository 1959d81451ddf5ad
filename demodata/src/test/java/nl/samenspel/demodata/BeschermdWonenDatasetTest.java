package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/**
 * The content rules the beschermd-wonen module checks, and the shape of the real region, on
 * the dataset the command line makes by default. Counts are redone here from the records,
 * not through the generator's own helpers.
 */
class BeschermdWonenDatasetTest {

    /** Seed 2016 is the command line's default; -Ddemodata.seed=N checks the rules hold for another seed. */
    static final BeschermdWonenDemo DEMO = BeschermdWonenDemo.genereer(Long.getLong("demodata.seed", 2016),
            BeschermdWonenDemo.Periode.JAREN_2015_2017, 1500, 40);
    static final LocalDate VAN = LocalDate.of(2015, 1, 1);
    static final LocalDate TOT = LocalDate.of(2017, 12, 31);
    static final List<String> LEDEN = List.of("0148", "0160", "0244", "0166", "0175", "0180", "1708", "1896", "0193",
            "0230", "0233", "0243", "0302", "0269", "0273");

    @Test
    void omvang() {
        assertThat(DEMO.plaatsingen()).hasSize(1500);
        Set<String> codes = DEMO.voorzieningen().stream().map(Voorziening::code).collect(Collectors.toSet());
        assertThat(codes).hasSize(40).allSatisfy(c -> assertThat(c).matches("[A-Za-z0-9-]{1,20}"));
        assertThat(DEMO.voorzieningen()).allSatisfy(v -> {
            assertThat(v.agb()).matches("[0-9]{8}");
            assertThat(v.soort()).isIn("intramuraal-bw", "beschermd-thuis", "maatschappelijke-opvang", "vrouwenopvang");
            assertThat(v.capaciteit()).isNotNegative();
            assertThat(LEDEN).contains(v.vestigingsgemeente());
        });
        assertThat(DEMO.voorzieningen().stream().map(Voorziening::agb).distinct().count()).isBetween(6L, 12L);
        assertThat(DEMO.voorzieningen().stream().map(Voorziening::soort).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("intramuraal-bw", "beschermd-thuis", "maatschappelijke-opvang", "vrouwenopvang");
    }

    @Test
    void elkLidHeeftPlaatsingenIn2016() {
        assertThat(DEMO.plaatsingen()).allSatisfy(p -> assertThat(LEDEN).contains(p.herkomstgemeente()));
        assertThat(DEMO.aanmeldingen()).allSatisfy(a -> assertThat(LEDEN).contains(a.herkomstgemeente()));
        for (String lid : LEDEN) {
            assertThat(DEMO.plaatsingen()).as(lid)
                    .anyMatch(p -> p.herkomstgemeente().equals(lid) && dagenIn2016(p) > 0);
        }
    }

    @Test
    void geenDeventer() {
        assertThat(DEMO.plaatsingen()).noneMatch(p -> p.herkomstgemeente().equals("0150")
                || p.vestigingsgemeente().equals("0150"));
        assertThat(DEMO.voorzieningen()).noneMatch(v -> v.vestigingsgemeente().equals("0150"));
        assertThat(DEMO.aanmeldingen()).noneMatch(a -> a.herkomstgemeente().equals("0150"));
    }

    @Test
    void deMeestePlaatsenZijnInZwolle() {
        List<Plaatsing> plaatsingen = DEMO.plaatsingen();
        long inZwolle = plaatsingen.stream().filter(p -> p.vestigingsgemeente().equals("0193")).count();
        assertThat(inZwolle).isGreaterThanOrEqualTo(Math.round(plaatsingen.size() * 0.70));
        List<Plaatsing> vanElders = plaatsingen.stream().filter(p -> !p.herkomstgemeente().equals("0193")).toList();
        long eldersInZwolle = vanElders.stream().filter(p -> p.vestigingsgemeente().equals("0193")).count();
        assertThat(eldersInZwolle * 2).isGreaterThanOrEqualTo(vanElders.size());
        Map<String, Voorziening> perCode = laatstePeriode();
        long capaciteit = perCode.values().stream().mapToLong(Voorziening::capaciteit).sum();
        long capaciteitZwolle = perCode.values().stream().filter(v -> v.vestigingsgemeente().equals("0193"))
                .mapToLong(Voorziening::capaciteit).sum();
        assertThat(capaciteitZwolle * 100.0 / capaciteit).isBetween(70.0, 85.0);
    }

    @Test
    void plaatsingPastBijVoorziening() {
        Map<String, Voorziening> perCode = laatstePeriode();
        for (Plaatsing p : DEMO.plaatsingen()) {
            Voorziening v = perCode.get(p.voorziening());
            assertThat(v).as(p.voorziening()).isNotNull();
            assertThat(p.vestigingsgemeente()).isEqualTo(v.vestigingsgemeente());
            switch (v.soort()) {
                case "intramuraal-bw" -> assertThat(p.vorm()).isEqualTo("intramuraal");
                case "beschermd-thuis" -> assertThat(p.vorm()).isIn("beschermd-thuis", "volledig-pakket-thuis");
                default -> assertThat(p.vorm()).isEqualTo("opvang");
            }
            switch (p.vorm()) {
                case "intramuraal" -> assertThat(p.tarief()).isBetween(12_000L, 25_000L);
                case "opvang" -> assertThat(p.tarief()).isBetween(6_000L, 12_000L);
                default -> assertThat(p.tarief()).isBetween(150_000L, 400_000L);
            }
            assertThat(p.tariefeenheid()).isEqualTo(p.vorm().endsWith("thuis") ? "maand" : "dag");
        }
    }

    @Test
    void datumsBinnenDePeriodeEnEindredenBijEinde() {
        assertThat(DEMO.plaatsingen()).allSatisfy(p -> {
            assertThat(p.ingangsdatum()).isBetween(VAN, TOT);
            if (p.einddatum() == null) {
                assertThat(p.eindreden()).isNull();
            } else {
                assertThat(p.einddatum()).isBetween(p.ingangsdatum(), TOT);
                assertThat(p.eindreden()).isIn("uitstroom-zelfstandig", "andere-zorg", "overleden", "anders");
            }
        });
        long beeindigd = DEMO.plaatsingen().stream().filter(p -> p.einddatum() != null).count();
        assertThat(beeindigd / 1500.0).isBetween(0.5, 0.7);
    }

    @Test
    void volledigPakketThuisHoogstensZesMaanden() {
        List<Plaatsing> vpt = DEMO.plaatsingen().stream().filter(p -> p.vorm().equals("volledig-pakket-thuis")).toList();
        assertThat(vpt).isNotEmpty().allSatisfy(p -> {
            if (p.einddatum() != null) {
                assertThat(p.einddatum()).isBeforeOrEqualTo(p.ingangsdatum().plusMonths(6).minusDays(1));
            } else {
                assertThat(p.ingangsdatum().plusMonths(6)).isAfter(TOT);
            }
        });
        long thuis = DEMO.plaatsingen().stream().filter(p -> p.vorm().endsWith("thuis")).count();
        assertThat((double) vpt.size() / thuis).isBetween(0.05, 0.30);
    }

    /** Day by day: the placements in a facility against the capacity period covering that day. */
    @Test
    void capaciteitAlleenOverschredenDoorDeTweeOverboekingen() {
        List<Plaatsing> overboekt = DEMO.plaatsingen().stream().filter(Plaatsing::overboeking).toList();
        assertThat(overboekt).hasSize(2);
        Map<String, List<Plaatsing>> perVoorziening = DEMO.plaatsingen().stream()
                .collect(Collectors.groupingBy(Plaatsing::voorziening));
        for (LocalDate dag = VAN; !dag.isAfter(TOT); dag = dag.plusDays(1)) {
            for (Voorziening v : DEMO.voorzieningen()) {
                if (dag.isBefore(v.ingangsdatum()) || (v.einddatum() != null && dag.isAfter(v.einddatum()))) {
                    continue;
                }
                LocalDate d = dag;
                List<Plaatsing> aanwezig = perVoorziening.getOrDefault(v.code(), List.of()).stream()
                        .filter(p -> !d.isBefore(p.ingangsdatum()) && !d.isAfter(eind(p))).toList();
                long gewoon = aanwezig.stream().filter(p -> !p.overboeking()).count();
                assertThat(gewoon).as("%s on %s", v.code(), dag).isLessThanOrEqualTo(v.capaciteit());
            }
        }
        for (Plaatsing o : overboekt) {
            Voorziening v = periodeOp(o.voorziening(), o.ingangsdatum());
            long aanwezig = perVoorziening.get(o.voorziening()).stream()
                    .filter(p -> !o.ingangsdatum().isBefore(p.ingangsdatum()) && !o.ingangsdatum().isAfter(eind(p)))
                    .count();
            assertThat(aanwezig).as(o.voorziening()).isGreaterThan(v.capaciteit());
        }
        assertThat(overboekt.get(0).voorziening()).isNotEqualTo(overboekt.get(1).voorziening());
    }

    @Test
    void capaciteitsperiodenSluitenAanEnDekkenDePeriode() {
        Map<String, List<Voorziening>> perCode = DEMO.voorzieningen().stream()
                .collect(Collectors.groupingBy(Voorziening::code, TreeMap::new, Collectors.toList()));
        assertThat(perCode.values().stream().filter(l -> l.size() == 2)).isNotEmpty();
        for (List<Voorziening> perioden : perCode.values()) {
            assertThat(perioden).hasSizeBetween(1, 2);
            assertThat(perioden.get(0).ingangsdatum()).isEqualTo(VAN);
            assertThat(perioden.get(perioden.size() - 1).einddatum()).isNull();
            if (perioden.size() == 2) {
                assertThat(perioden.get(0).einddatum().plusDays(1)).isEqualTo(perioden.get(1).ingangsdatum());
                assertThat(perioden.get(1).ingangsdatum()).isAfter(VAN).isBeforeOrEqualTo(TOT);
                assertThat(perioden.get(1)).usingRecursiveComparison()
                        .comparingOnlyFields("naam", "agb", "vestigingsgemeente", "soort").isEqualTo(perioden.get(0));
            }
        }
    }

    @Test
    void testBsnsDieDeElfproefHalen() {
        List<String> bsns = new ArrayList<>();
        DEMO.plaatsingen().forEach(p -> bsns.add(p.bsn()));
        DEMO.aanmeldingen().forEach(a -> bsns.add(a.bsn()));
        assertThat(bsns).allSatisfy(b -> {
            assertThat(b).matches("999[0-9]{6}");
            assertThat(elfproef(b)).as(b).isTrue();
        });
    }

    @Test
    void plaatsingenVanEenClientOverlappenNiet() {
        Map<String, List<Plaatsing>> perClient = DEMO.plaatsingen().stream().collect(Collectors.groupingBy(Plaatsing::bsn));
        assertThat(1500.0 / perClient.size()).isBetween(1.05, 1.2);
        for (List<Plaatsing> lijst : perClient.values()) {
            assertThat(lijst.stream().map(Plaatsing::herkomstgemeente).distinct()).hasSize(1);
            List<Plaatsing> opVolgorde = lijst.stream().sorted((a, b) -> a.ingangsdatum().compareTo(b.ingangsdatum())).toList();
            for (int i = 1; i < opVolgorde.size(); i++) {
                assertThat(opVolgorde.get(i - 1).einddatum()).isNotNull().isBefore(opVolgorde.get(i).ingangsdatum());
                assertThat(opVolgorde.get(i - 1).eindreden()).isNotEqualTo("overleden");
            }
        }
    }

    @Test
    void nummersUniekPerGemeente() {
        Map<String, List<Long>> plaatsingen = DEMO.plaatsingen().stream().collect(Collectors.groupingBy(
                Plaatsing::herkomstgemeente, Collectors.mapping(Plaatsing::plaatsingnummer, Collectors.toList())));
        plaatsingen.forEach((g, nummers) -> assertThat(new HashSet<>(nummers)).as(g).hasSize(nummers.size())
                .allSatisfy(n -> assertThat(n).isBetween(1L, (long) nummers.size())));
        Map<String, List<Long>> aanmeldingen = DEMO.aanmeldingen().stream().collect(Collectors.groupingBy(
                Aanmelding::herkomstgemeente, Collectors.mapping(Aanmelding::aanmeldingnummer, Collectors.toList())));
        aanmeldingen.forEach((g, nummers) -> assertThat(new HashSet<>(nummers)).as(g).hasSize(nummers.size())
                .allSatisfy(n -> assertThat(n).isBetween(1L, (long) nummers.size())));
    }

    @Test
    void aanmeldingenVoorafgaandAanDePlaatsing() {
        Map<String, Aanmelding> perSleutel = new HashMap<>();
        DEMO.aanmeldingen().forEach(a -> perSleutel.put(a.herkomstgemeente() + "/" + a.aanmeldingnummer(), a));
        Set<String> gesloten = new HashSet<>();
        long nieuw = 0;
        for (Plaatsing p : DEMO.plaatsingen()) {
            if (p.ingangsdatum().isAfter(VAN)) {
                nieuw++;
            }
            if (p.aanmelding() == null) {
                continue;
            }
            String sleutel = p.herkomstgemeente() + "/" + p.aanmelding();
            Aanmelding a = perSleutel.get(sleutel);
            assertThat(a).as(sleutel).isNotNull();
            assertThat(gesloten.add(sleutel)).as("closed twice: " + sleutel).isTrue();
            assertThat(a.bsn()).isEqualTo(p.bsn());
            assertThat(a.vorm()).isEqualTo(p.vorm());
            assertThat(ChronoUnit.DAYS.between(a.datum(), p.ingangsdatum())).isBetween(5L, 150L);
            assertThat(a.datum()).isAfterOrEqualTo(VAN);
        }
        // clients already placed when the data start have no aanmelding inside it
        assertThat((double) gesloten.size() / nieuw).isBetween(0.55, 0.8);
        long open = DEMO.aanmeldingen().size() - gesloten.size();
        assertThat(open / 1500.0).isBetween(0.08, 0.12);
        assertThat(DEMO.aanmeldingen()).allSatisfy(a -> assertThat(a.datum()).isBetween(VAN, TOT));
    }

    @Test
    void overgangsrechtVoorBestaandeIntramuraleClienten() {
        List<Plaatsing> bestaand = DEMO.plaatsingen().stream()
                .filter(p -> p.vorm().equals("intramuraal") && p.ingangsdatum().equals(VAN)).toList();
        List<Plaatsing> metOvergangsrecht = DEMO.plaatsingen().stream().filter(Plaatsing::overgangsrecht).toList();
        assertThat(bestaand).containsAll(metOvergangsrecht);
        assertThat((double) metOvergangsrecht.size() / bestaand.size()).isBetween(0.05, 0.15);
    }

    /** 2016 is the year of the policy note: the region spends a little more than the national EUR 58 million. */
    @Test
    void kostenVan2016RondZestigMiljoen() {
        long totaal = DEMO.plaatsingen().stream().mapToLong(BeschermdWonenDatasetTest::kosten2016).sum();
        assertThat(totaal).isBetween(5_100_000_000L, 6_900_000_000L);
    }

    static long kosten2016(Plaatsing p) {
        long dagen = dagenIn2016(p);
        if (p.tariefeenheid().equals("dag")) {
            return p.tarief() * dagen;
        }
        long teller = p.tarief() * dagen * 12;
        return (2 * teller + 365) / (2 * 365); // half up
    }

    static long dagenIn2016(Plaatsing p) {
        LocalDate begin = max(p.ingangsdatum(), LocalDate.of(2016, 1, 1));
        LocalDate einde = min(eind(p), LocalDate.of(2016, 12, 31));
        return einde.isBefore(begin) ? 0 : ChronoUnit.DAYS.between(begin, einde) + 1;
    }

    private static LocalDate eind(Plaatsing p) {
        return p.einddatum() == null ? TOT : p.einddatum();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Map<String, Voorziening> laatstePeriode() {
        Map<String, Voorziening> perCode = new HashMap<>();
        DEMO.voorzieningen().stream().filter(v -> v.einddatum() == null).forEach(v -> perCode.put(v.code(), v));
        return perCode;
    }

    private static Voorziening periodeOp(String code, LocalDate dag) {
        return DEMO.voorzieningen().stream().filter(v -> v.code().equals(code))
                .filter(v -> !dag.isBefore(v.ingangsdatum()) && (v.einddatum() == null || !dag.isAfter(v.einddatum())))
                .findFirst().orElseThrow();
    }

    /** The elfproef written out again, so the test does not trust the generator's own check. */
    private static boolean elfproef(String bsn) {
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0;
    }
}
