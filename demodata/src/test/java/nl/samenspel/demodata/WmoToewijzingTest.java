package nl.samenspel.demodata;

import static nl.samenspel.demodata.WmoStandaard.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The allocation side of the default Wmo dataset against the rules of docs/wmo.md and the
 * iWmo: catalogue, periods and membership (Hattem), Omvang and budget, dates, start and stop.
 * Everything is recomputed here from the records.
 */
class WmoToewijzingTest {

    @Test
    void omvang() {
        assertThat(DEMO.aanbieders()).hasSizeBetween(8, 12).allSatisfy(a -> assertThat(a.agb()).matches("[0-9]{8}"));
        assertThat(DEMO.aanbieders().stream().map(Aanbieder::agb).distinct()).hasSameSizeAs(DEMO.aanbieders());
        assertThat(DEMO.producten()).allSatisfy(p -> {
            assertThat(Integer.parseInt(p.categorie())).isBetween(1, 18);
            assertThat(p.categorie()).hasSize(2);
            assertThat(p.code()).matches("[0-9A-Z]{1,5}");
            assertThat(p.eenheid()).isIn("01", "04", "14", "16", "82", "83", "84");
            assertThat(p.uitvoeringsvariant()).isIn("inspanningsgericht", "outputgericht", "taakgericht");
            assertThat(p.voorziening()).isIn("maatwerk", "algemeen");
        });
        assertThat(DEMO.producten().stream().map(WmoProduct::categorie).collect(Collectors.toSet()))
                .containsAll(WmoStandaard.CATEGORIEEN);
        assertThat(DEMO.producten().stream().filter(WmoProduct::isTaakgericht)).hasSize(1);
        assertThat(DEMO.producten().stream().filter(WmoProduct::isAlgemeen)).isNotEmpty();
        long clienten = DEMO.toewijzingen().stream().map(WmoToewijzing::bsn).distinct().count();
        assertThat(clienten).isEqualTo(1500);
        assertThat((double) DEMO.toewijzingen().size() / clienten).isBetween(1.3, 1.9);
    }

    @Test
    void beidePeriodenElkLidEnHattemAlleenAlsLid() {
        for (WmoToewijzing t : DEMO.toewijzingen()) {
            assertThat(WmoStandaard.inPeriode(t.ingangsdatum())).as("%s", t).isTrue();
            assertThat(WmoStandaard.lidOp(t.gemeente(), t.ingangsdatum())).as("%s", t).isTrue();
        }
        for (String lid : WmoStandaard.LEDEN) {
            assertThat(DEMO.toewijzingen()).as(lid).anyMatch(t -> t.gemeente().equals(lid)
                    && t.ingangsdatum().isBefore(WmoStandaard.TOT_1.plusDays(1)));
            boolean hattem = lid.equals(WmoStandaard.HATTEM);
            assertThat(DEMO.toewijzingen().stream().anyMatch(t -> t.gemeente().equals(lid)
                    && !t.ingangsdatum().isBefore(WmoStandaard.VAN_2))).as(lid).isEqualTo(!hattem);
        }
    }

    @Test
    void geenHattemNa2023() {
        LocalDate tot = WmoStandaard.HATTEM_TOT;
        List<WmoToewijzing> hattem = DEMO.toewijzingen().stream().filter(t -> t.gemeente().equals(WmoStandaard.HATTEM)).toList();
        assertThat(hattem).isNotEmpty().allSatisfy(t -> {
            assertThat(t.einddatum()).as("an open-ended allocation ends when Hattem leaves").isNotNull()
                    .isBeforeOrEqualTo(tot);
            assertThat(List.of(t.toewijzingsdatum(), t.ingangsdatum())).allMatch(d -> !d.isAfter(tot));
            assertThat(t.stopZorg() == null || !t.stopZorg().isAfter(tot)).isTrue();
        });
        assertThat(DEMO.declaraties()).filteredOn(d -> d.gemeente().equals(WmoStandaard.HATTEM)).isNotEmpty()
                .allMatch(d -> !d.einddatum().isAfter(tot));
        assertThat(DEMO.gebruik()).filteredOn(g -> g.gemeente().equals(WmoStandaard.HATTEM)).isNotEmpty()
                .allMatch(g -> !g.maand().atEndOfMonth().isAfter(tot));
        assertThat(DEMO.budgetten()).filteredOn(b -> b.gemeente().equals(WmoStandaard.HATTEM)).extracting(WmoBudget::jaar)
                .containsExactly(2015, 2016, 2017);
        assertThat(DEMO.contracten()).noneMatch(c -> WmoStandaard.HATTEM.equals(c.gemeente()) && c.jaar() > 2023);
    }

    @Test
    void toewijzingenVolgenDeRegels() {
        Set<String> nummers = new HashSet<>();
        for (WmoToewijzing t : DEMO.toewijzingen()) {
            assertThat(nummers.add(t.gemeente() + "/" + t.toewijzingnummer())).as("unique per gemeente").isTrue();
            assertThat(t.toewijzingnummer()).isBetween(1L, 999_999_999L);
            assertThat(t.bsn()).startsWith("999");
            assertThat(Bsn.elfproef(t.bsn())).as(t.bsn()).isTrue();
            WmoProduct p = WmoStandaard.product(t.productcode());
            assertThat(p.categorie()).isEqualTo(t.categorie());
            assertThat(p.voorziening()).as("allocations only for maatwerk").isEqualTo("maatwerk");
            assertThat(p.isTaakgericht()).as("no allocation under taakgericht").isFalse();
            assertThat(p.ingangsdatum()).isBeforeOrEqualTo(t.ingangsdatum());
            assertThat(t.toewijzingsdatum()).isBeforeOrEqualTo(t.ingangsdatum());
            assertThat(t.einddatum() == null || !t.einddatum().isBefore(t.ingangsdatum())).isTrue();
            assertThat(t.volume() == null).as("Omvang and Budget exclude each other: %s", t).isEqualTo(t.budget() != null);
            if (t.budget() != null) {
                assertThat(t.einddatum()).as("a budget needs an einddatum").isNotNull();
                assertThat(t.budget()).isPositive();
                assertThat(List.of(p.uitvoeringsvariant(), p.eenheid())).containsExactly("outputgericht", "83");
                assertThat(t.eenheid()).isNull();
                assertThat(t.frequentie()).isNull();
            } else {
                assertThat(t.volume()).isPositive();
                assertThat(t.eenheid()).isEqualTo(p.eenheid());
                if (p.isOutputgericht()) {
                    assertThat(List.of(t.eenheid(), t.frequentie())).containsExactly("82", "6");
                    assertThat(t.einddatum()).as("a total within the validity needs an einddatum: %s", t).isNotNull();
                } else {
                    assertThat(t.frequentie()).isIn("2", "4");
                    if (!"2".equals(t.frequentie())) {
                        assertThat(t.einddatum()).isNotNull();
                    }
                }
            }
            if (t.aanvraagdatum() != null) {
                assertThat(t.aanvraagdatum()).isBefore(t.toewijzingsdatum());
            }
        }
    }

    @Test
    void aanvraagdatumMeestalEnEnkeleNaAchtWeken() {
        List<WmoToewijzing> metAanvraag = DEMO.toewijzingen().stream().filter(t -> t.aanvraagdatum() != null).toList();
        assertThat((double) metAanvraag.size() / DEMO.toewijzingen().size()).isGreaterThan(0.85).isLessThan(1.0);
        long laat = metAanvraag.stream()
                .filter(t -> ChronoUnit.DAYS.between(t.aanvraagdatum(), t.toewijzingsdatum()) > 56).count();
        assertThat(laat).isPositive();
        assertThat((double) laat / metAanvraag.size()).isLessThan(0.05);
    }

    @Test
    void minderjarigenMetWoonvoorzieningEnRolstoelen() {
        List<WmoToewijzing> kinderen = DEMO.toewijzingen().stream()
                .filter(t -> t.geboortedatum().plusYears(18).isAfter(t.ingangsdatum())).toList();
        assertThat(kinderen).allMatch(WmoToewijzing::minderjarig);
        long clienten = DEMO.toewijzingen().stream().map(WmoToewijzing::bsn).distinct().count();
        long kindClienten = kinderen.stream().map(WmoToewijzing::bsn).distinct().count();
        assertThat((double) kindClienten / clienten).isBetween(0.01, 0.10);
        assertThat(kinderen).anyMatch(t -> t.categorie().equals("13"));
        assertThat(DEMO.toewijzingen().stream().filter(t -> t.categorie().equals("11")).count()).isBetween(3L, 300L);
        assertThat(DEMO.toewijzingen()).allSatisfy(t -> assertThat(t.geboortedatum()).isBefore(t.ingangsdatum())
                .isAfter(t.ingangsdatum().minusYears(105)));
    }

    @Test
    void diahPerUurIn2015AlsTrajectDaarna() {
        LocalDate trajecten = LocalDate.of(2016, 1, 1);
        Set<String> diah = DEMO.producten().stream().filter(p -> "diah".equals(p.kortingsgroep()))
                .map(WmoProduct::code).collect(Collectors.toSet());
        assertThat(diah).hasSize(4);
        for (WmoToewijzing t : DEMO.toewijzingen()) {
            if (!diah.contains(t.productcode())) {
                continue;
            }
            WmoProduct p = WmoStandaard.product(t.productcode());
            if (p.isOutputgericht()) {
                assertThat(t.ingangsdatum()).isAfterOrEqualTo(trajecten);
                assertThat(t.eenheid() == null ? "83" : t.eenheid() + "/" + t.frequentie()).isIn("82/6", "83");
            } else {
                assertThat(t.ingangsdatum()).isBefore(trajecten);
                assertThat(List.of(t.eenheid(), t.frequentie())).containsExactly("04", "2");
            }
        }
        assertThat(DEMO.toewijzingen()).anyMatch(t -> diah.contains(t.productcode()) && t.budget() != null)
                .anyMatch(t -> diah.contains(t.productcode()) && "82".equals(t.eenheid()))
                .anyMatch(t -> diah.contains(t.productcode()) && "04".equals(t.eenheid()));
    }

    @Test
    void maatwerkDagbestedingNeemtAf() {
        double aandeel2015 = aandeelDagbesteding(WmoStandaard.VAN_1, WmoStandaard.TOT_1);
        double aandeel2024 = aandeelDagbesteding(WmoStandaard.VAN_2, WmoStandaard.TOT_2);
        assertThat(aandeel2024).isLessThan(aandeel2015);
    }

    private static double aandeelDagbesteding(LocalDate van, LocalDate tot) {
        List<WmoToewijzing> inPeriode = DEMO.toewijzingen().stream()
                .filter(t -> !t.ingangsdatum().isBefore(van) && !t.ingangsdatum().isAfter(tot)).toList();
        return (double) inPeriode.stream().filter(t -> t.categorie().equals("07")).count() / inPeriode.size();
    }

    @Test
    void startEnStopZorg() {
        long gestart = 0;
        Set<String> redenen = new HashSet<>();
        for (WmoToewijzing t : DEMO.toewijzingen()) {
            if (t.startZorg() == null) {
                assertThat(t.stopZorg()).isNull();
                continue;
            }
            gestart++;
            assertThat(t.startZorg()).isAfterOrEqualTo(t.ingangsdatum())
                    .isBeforeOrEqualTo(WmoStandaard.periodeTot(t.ingangsdatum()));
            if (t.einddatum() != null) {
                assertThat(t.startZorg()).isBeforeOrEqualTo(t.einddatum());
            }
            if (t.stopZorg() != null) {
                assertThat(t.stopZorg()).isAfterOrEqualTo(t.startZorg())
                        .isBeforeOrEqualTo(WmoStandaard.periodeTot(t.ingangsdatum()));
                if (t.einddatum() != null) {
                    assertThat(t.stopZorg()).isBeforeOrEqualTo(t.einddatum());
                }
                assertThat(t.stopReden()).isIn(WmoStandaard.REDENEN);
                redenen.add(t.stopReden());
            } else {
                assertThat(t.stopReden()).isNull();
            }
        }
        assertThat((double) gestart / DEMO.toewijzingen().size()).isBetween(0.85, 0.98);
        assertThat(redenen).contains("19", "02").hasSizeGreaterThanOrEqualTo(8);
    }
}
