package nl.samenspel.wmo.internal.eigenbijdrage;

import static nl.samenspel.wmo.internal.eigenbijdrage.Voorzieningen.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/wmo.md, "Eigen bijdrage": five clients of Zwolle (0193) at the rates of
 * regional-config/wmo/eigen-bijdrage.csv. Input and expected output are written as the docs show them.
 */
class WerkvoorbeeldTest {

    /** client, voorziening, categorie, maatwerk, minderjarig, ingang, einde (null: open). */
    static final List<Voorzieningsperiode> INVOER = List.of(
            maatwerk("A", BEGELEIDING, "2025-03-10", "2025-08-31"),
            maatwerk("A", HUISHOUDEN, "2025-06-01", null),
            algemeen("A", DAGBESTEDING, "2025-01-06", null),          // algemene voorziening: no bijdrage
            minderjarig("B", WOONVOORZIENINGEN, "2025-05-20", "2025-11-15"), // minor, but a woonvoorziening: liable
            minderjarig("B", BEGELEIDING, "2025-02-01", null),        // minor: no bijdrage
            maatwerk("C", ROLSTOELEN, "2025-01-15", null),            // rolstoel: no bijdrage
            maatwerk("D", HUISHOUDEN, "2019-02-12", "2019-10-31"),    // 2019: 4-weekly rate
            maatwerk("E", BEGELEIDING, "2018-06-01", "2019-01-31"));  // starts before any rate

    private final Bijdrageperioden perioden = Bijdrageperioden.van(INVOER);
    private final Tarieven tarieven = Tarieven.lees(TariefbestandTest.GELEVERD);

    @Test
    void bijdrageperioden() {
        assertThat(perioden.lijst()).containsExactly(
                BijdrageperiodenTest.periode("A", "2025-03-10", null),
                BijdrageperiodenTest.periode("B", "2025-05-20", "2025-11-15"),
                BijdrageperiodenTest.periode("D", "2019-02-12", "2019-10-31"),
                BijdrageperiodenTest.periode("E", "2018-06-01", "2019-01-31"));
    }

    @Test
    void startStopLijstVoorHetCak() throws Exception {
        String uit = CsvTest.tekst(CakLijstCsv.alsBestand(CakLijst.van(perioden).regels()));

        assertThat(uit.replace("\r\n", "\n")).isEqualTo("""
                gemeente;maand;client;soort;datum;inningsmaand
                0193;2018-06;E;start;2018-06-01;2018-07
                0193;2019-01;E;stop;2019-01-31;2019-01
                0193;2019-02;D;start;2019-02-12;2019-03
                0193;2019-10;D;stop;2019-10-31;2019-10
                0193;2025-03;A;start;2025-03-10;2025-04
                0193;2025-05;B;start;2025-05-20;2025-06
                0193;2025-11;B;stop;2025-11-15;2025-11
                """);
    }

    @Test
    void plichtigPerClientEnMaand() {
        Map<String, List<String>> verwacht = new TreeMap<>(Map.of(
                "A", maanden("2025-04", "2026-12"),
                "B", maanden("2025-06", "2025-11"),
                "C", List.of(),
                "D", maanden("2019-03", "2019-10"),
                "E", maanden("2018-07", "2019-01")));

        Map<String, List<String>> plichtig = new TreeMap<>();
        for (String client : verwacht.keySet()) {
            plichtig.put(client, BijdrageperiodenTest.plichtigeMaanden(perioden, client, "2015-01", "2026-12"));
        }

        assertThat(plichtig).isEqualTo(verwacht);
    }

    @Test
    void opbrengstTegenHetTarief() throws Exception {
        Opbrengsten opbrengsten = new Opbrengsten(perioden, tarieven);
        String uit = CsvTest.tekst(OpbrengstCsv.alsBestand(List.of(opbrengsten.jaar(ZWOLLE, 2018), opbrengsten.jaar(ZWOLLE, 2019),
                opbrengsten.jaar(ZWOLLE, 2025))));

        assertThat(uit.replace("\r\n", "\n")).isEqualTo("""
                gemeente;periode;clienten;clientmaanden;tarief;per;bedrag;status
                0193;2018-01;0;0;;;;geen-tarief
                0193;2018-02;0;0;;;;geen-tarief
                0193;2018-03;0;0;;;;geen-tarief
                0193;2018-04;0;0;;;;geen-tarief
                0193;2018-05;0;0;;;;geen-tarief
                0193;2018-06;0;0;;;;geen-tarief
                0193;2018-07;1;1;;;;geen-tarief
                0193;2018-08;1;1;;;;geen-tarief
                0193;2018-09;1;1;;;;geen-tarief
                0193;2018-10;1;1;;;;geen-tarief
                0193;2018-11;1;1;;;;geen-tarief
                0193;2018-12;1;1;;;;geen-tarief
                0193;2018;1;6;;;;geen-tarief
                0193;2019-01;1;1;1750;4-weken;1896;bovengrens
                0193;2019-02;0;0;1750;4-weken;0;bovengrens
                0193;2019-03;1;1;1750;4-weken;1896;bovengrens
                0193;2019-04;1;1;1750;4-weken;1896;bovengrens
                0193;2019-05;1;1;1750;4-weken;1895;bovengrens
                0193;2019-06;1;1;1750;4-weken;1896;bovengrens
                0193;2019-07;1;1;1750;4-weken;1896;bovengrens
                0193;2019-08;1;1;1750;4-weken;1896;bovengrens
                0193;2019-09;1;1;1750;4-weken;1896;bovengrens
                0193;2019-10;1;1;1750;4-weken;1896;bovengrens
                0193;2019-11;0;0;1750;4-weken;0;bovengrens
                0193;2019-12;0;0;1750;4-weken;0;bovengrens
                0193;2019;2;9;1750;4-weken;17063;bovengrens
                0193;2025-01;0;0;2100;maand;0;bovengrens
                0193;2025-02;0;0;2100;maand;0;bovengrens
                0193;2025-03;0;0;2100;maand;0;bovengrens
                0193;2025-04;1;1;2100;maand;2100;bovengrens
                0193;2025-05;1;1;2100;maand;2100;bovengrens
                0193;2025-06;2;2;2100;maand;4200;bovengrens
                0193;2025-07;2;2;2100;maand;4200;bovengrens
                0193;2025-08;2;2;2100;maand;4200;bovengrens
                0193;2025-09;2;2;2100;maand;4200;bovengrens
                0193;2025-10;2;2;2100;maand;4200;bovengrens
                0193;2025-11;2;2;2100;maand;4200;bovengrens
                0193;2025-12;1;1;2100;maand;2100;bovengrens
                0193;2025;2;15;2100;maand;31500;bovengrens
                """);
    }

    @Test
    void hetJaar2019IsNegenClientmaandenKeerDertienTwaalfdeVanHetTariefEenKeerAfgerond() {
        Jaaropbrengst jaar = new Opbrengsten(perioden, tarieven).jaar(ZWOLLE, 2019);

        // 9 × 1750 × 13 / 12 = 17062.5 cent, half up: 17063
        assertThat(jaar.bedrag()).hasValue(LopendeAfronding.halfOmhoog(9L * 1750 * 13));
        assertThat(jaar.bedrag()).hasValue(17_063);
    }

    private static List<String> maanden(String van, String tot) {
        List<String> uit = new ArrayList<>();
        for (YearMonth m = YearMonth.parse(van); !m.isAfter(YearMonth.parse(tot)); m = m.plusMonths(1)) {
            uit.add(m.toString());
        }
        return uit;
    }
}
