package nl.samenspel.wmo.internal.eigenbijdrage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TariefbestandTest {

    static final Path GELEVERD = Path.of("../../regional-config").resolve(Tarieven.PAD);
    private static final String KOP = "van,tot,bedrag,per\n";

    @Test
    void hetGeleverdeBestandGeeftDeTarievenVanFactsMd() {
        Tarieven tarieven = Tarieven.lees(GELEVERD);

        assertThat(tarieven.lijst()).containsExactly(
                new Tarief(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), 1750, Tariefeenheid.VIER_WEKEN),
                new Tarief(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31), 1900, Tariefeenheid.MAAND),
                new Tarief(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 2060, Tariefeenheid.MAAND),
                new Tarief(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 2100, Tariefeenheid.MAAND),
                new Tarief(LocalDate.of(2026, 1, 1), null, 2180, Tariefeenheid.MAAND));
        assertThat(tarieven.in(YearMonth.of(2019, 6))).map(Tarief::bedrag).contains(1750L);
        assertThat(tarieven.in(YearMonth.of(2023, 12))).map(Tarief::bedrag).contains(1900L);
        assertThat(tarieven.in(YearMonth.of(2040, 1))).map(Tarief::bedrag).contains(2180L);
    }

    @Test
    void voor2019IsErGeenTariefEnGeenNul() {
        Tarieven tarieven = Tarieven.lees(GELEVERD);

        for (int jaar = 2015; jaar <= 2018; jaar++) {
            for (int maand = 1; maand <= 12; maand++) {
                assertThat(tarieven.in(YearMonth.of(jaar, maand))).as("%d-%02d", jaar, maand).isEmpty();
            }
        }
    }

    @Test
    void kolommenInAndereVolgordeCommentaarLegeRegelsBomEnCrlfMogen() {
        String tekst = "\uFEFF# tarieven\r\nper,bedrag,tot,van\r\n\r\n# 2025\r\nmaand,2100,2025-12-31,2025-01-01\r\n  maand , 2180 ,, 2026-01-01 \r\n";

        Tarieven tarieven = lees(tekst);

        assertThat(tarieven.lijst()).extracting(Tarief::bedrag).containsExactly(2100L, 2180L);
        assertThat(tarieven.lijst().get(1).tot()).isNull();
    }

    @Test
    void eenGatTussenPeriodenMagEnHeeftGeenTarief() {
        Tarieven tarieven = lees(KOP + "2019-01-01,2019-06-30,1750,4-weken\n2020-01-01,,1900,maand\n");

        assertThat(tarieven.in(YearMonth.of(2019, 6))).isPresent();
        assertThat(tarieven.in(YearMonth.of(2019, 7))).isEmpty();
        assertThat(tarieven.in(YearMonth.of(2020, 1))).isPresent();
    }

    @Test
    void eenFouteDatumNoemtRegelEnKolom() {
        assertFouten(KOP + "2019-13-01,2019-12-31,1750,4-weken\n2020-01-01,2020-02-30,1900,maand\n",
                new Tarieffout("t.csv", 2, "van", "'2019-13-01' is geen datum JJJJ-MM-DD"),
                new Tarieffout("t.csv", 3, "tot", "'2020-02-30' is geen datum JJJJ-MM-DD"));
    }

    @Test
    void eenLegeVanIsFoutEenLegeTotIsOpen() {
        assertFouten(KOP + ",2019-12-31,1750,4-weken\n", new Tarieffout("t.csv", 2, "van", "leeg; verwacht een datum JJJJ-MM-DD"));
    }

    @Test
    void eenTariefGeldtVoorHeleMaanden() {
        assertFouten(KOP + "2019-01-02,2019-12-30,1750,4-weken\n2020-01-01,2019-12-31,1900,maand\n",
                new Tarieffout("t.csv", 2, "van", "2019-01-02 is niet de eerste dag van een maand; een tarief geldt voor hele maanden"),
                new Tarieffout("t.csv", 2, "tot", "2019-12-30 is niet de laatste dag van een maand; een tarief geldt voor hele maanden"),
                new Tarieffout("t.csv", 3, "tot", "2019-12-31 ligt voor van 2020-01-01"));
    }

    @Test
    void eenFoutBedragNoemtRegelEnKolom() {
        assertThat(fouten(KOP + "2020-01-01,2020-12-31,\"21,00\",maand\n2021-01-01,2021-12-31,21.00,maand\n"
                        + "2022-01-01,2022-12-31,-1900,maand\n2023-01-01,2023-12-31,0,maand\n2024-01-01,2024-12-31,2000000,maand\n"
                        + "2025-01-01,2025-12-31,,maand\n"))
                .extracting(Tarieffout::regel, Tarieffout::veld, Tarieffout::reden)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "bedrag", "'21,00' is geen geheel aantal eurocenten; schrijf 2100 voor € 21,00"),
                        org.assertj.core.groups.Tuple.tuple(3, "bedrag", "'21.00' is geen geheel aantal eurocenten; schrijf 2100 voor € 21,00"),
                        org.assertj.core.groups.Tuple.tuple(4, "bedrag", "'-1900' is geen geheel aantal eurocenten; schrijf 2100 voor € 21,00"),
                        org.assertj.core.groups.Tuple.tuple(5, "bedrag", "0 ligt niet tussen 1 en 100000 eurocent"),
                        org.assertj.core.groups.Tuple.tuple(6, "bedrag", "2000000 ligt niet tussen 1 en 100000 eurocent"),
                        org.assertj.core.groups.Tuple.tuple(7, "bedrag", "leeg; schrijf 2100 voor € 21,00"));
    }

    @Test
    void eenOnbekendePerNoemtRegelEnKolom() {
        assertFouten(KOP + "2019-01-01,2019-12-31,1750,4 weken\n2020-01-01,,1900,\n",
                new Tarieffout("t.csv", 2, "per", "onbekend: '4 weken'; verwacht maand of 4-weken"),
                new Tarieffout("t.csv", 3, "per", "leeg; verwacht maand of 4-weken"));
    }

    @Test
    void overlappendePeriodenWordenGeweigerd() {
        assertFouten(KOP + "2019-01-01,2019-12-31,1750,4-weken\n2019-12-01,2020-12-31,1900,maand\n",
                new Tarieffout("t.csv", 3, "van", "2019-12-01 overlapt met regel 2 (tot 2019-12-31)"));
    }

    @Test
    void alleenDeLaatstePeriodeMagOpenZijn() {
        assertFouten(KOP + "2019-01-01,,1750,4-weken\n# later\n2020-01-01,,1900,maand\n",
                new Tarieffout("t.csv", 4, "van", "overlapt met regel 2, die geen tot heeft (open); alleen de laatste periode mag open zijn"));
    }

    @Test
    void periodenMoetenOpVolgordeStaan() {
        assertFouten(KOP + "2020-01-01,2020-12-31,1900,maand\n2019-01-01,2019-12-31,1750,4-weken\n",
                new Tarieffout("t.csv", 3, "van", "2019-01-01 ligt voor van 2020-01-01 van regel 2; zet de perioden op volgorde van van"));
    }

    @Test
    void elkeFoutVanElkeRegelWordtGenoemdInEenKeer() {
        List<Tarieffout> fouten = fouten(KOP + "2019-01-01,2019-12-31,veel,week\nx,,1900,maand\n2024-01-01,2024-12-31,2060,maand\n");

        assertThat(fouten).extracting(Tarieffout::regel, Tarieffout::veld).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "bedrag"), org.assertj.core.groups.Tuple.tuple(2, "per"),
                org.assertj.core.groups.Tuple.tuple(3, "van"));
        assertThat(fouten).allSatisfy(f -> assertThat(f.bestand()).isEqualTo("t.csv"));
    }

    @Test
    void eenRegelMetTeVeelOfTeWeinigVeldenWordtGenoemd() {
        assertFouten(KOP + "2019-01-01,2019-12-31,1750\n2020-01-01,,1900,maand,extra\n",
                new Tarieffout("t.csv", 2, "", "3 velden, de kopregel heeft er 4"),
                new Tarieffout("t.csv", 3, "", "5 velden, de kopregel heeft er 4"));
    }

    @Test
    void eenNietGeslotenAanhalingstekenNoemtDeRegel() {
        assertFouten(KOP + "2019-01-01,2019-12-31,\"1750,4-weken\n2020-01-01,,1900,maand\n",
                new Tarieffout("t.csv", 2, "", "geen leesbare CSV-regel: een aanhalingsteken (\") wordt niet gesloten"));
    }

    @Test
    void deKopregelMoetDeVierKolommenHebben() {
        assertFouten("# kop\nvan,tot,bedrag,prijs,van\n2019-01-01,2019-12-31,1750,4-weken\n",
                new Tarieffout("t.csv", 2, "kolom 4", "onbekende kolom 'prijs'; verwacht: van,tot,bedrag,per"),
                new Tarieffout("t.csv", 2, "van", "de kolom staat er twee keer in"),
                new Tarieffout("t.csv", 2, "per", "kolom ontbreekt in de kopregel; verwacht: van,tot,bedrag,per"));
    }

    @Test
    void eenLeegBestandOfEenZonderTarievenWordtGeweigerd() {
        assertFouten("# alleen commentaar\n\n", new Tarieffout("t.csv", 0, "", "geen kopregel; verwacht: van,tot,bedrag,per"));
        assertFouten(KOP, new Tarieffout("t.csv", 0, "", "geen enkel tarief; een regel per periode: van,tot,bedrag,per"));
    }

    @Test
    void meerDan200RegelsWordtNietGelezen() {
        String tekst = KOP + "# x\n".repeat(199) + "2019-01-01,,1750,4-weken\n";

        assertFouten(tekst, new Tarieffout("t.csv", 201, "", "het bestand heeft meer dan 200 regels"));
    }

    @Test
    void meerDan64KilobyteWordtNietGelezen(@TempDir Path map) throws Exception {
        byte[] groot = (KOP + "#".repeat(Tariefbestand.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
        Path bestand = Files.write(map.resolve("eigen-bijdrage.csv"), groot);

        assertThat(weigering(() -> Tarieven.lees(bestand))).containsExactly(
                new Tarieffout("eigen-bijdrage.csv", 0, "", "het bestand is " + groot.length + " bytes, meer dan de grens van 65536"));
        assertThat(weigering(() -> Tariefbestand.lees("t.csv", groot))).extracting(Tarieffout::reden)
                .containsExactly("het bestand is " + groot.length + " bytes, meer dan de grens van 65536");
    }

    @Test
    void geenUtf8WordtGeweigerd() {
        byte[] latin1 = (KOP + "# één\n2019-01-01,,1750,4-weken\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(weigering(() -> Tariefbestand.lees("t.csv", latin1))).containsExactly(
                new Tarieffout("t.csv", 0, "", "geen geldige UTF-8 tekst; sla het bestand op als UTF-8"));
    }

    @Test
    void eenOntbrekendBestandWordtGenoemd(@TempDir Path map) {
        assertThat(weigering(() -> Tarieven.lees(map.resolve("eigen-bijdrage.csv"))))
                .containsExactly(new Tarieffout("eigen-bijdrage.csv", 0, "", "bestand ontbreekt"));
    }

    @Test
    void deFoutLeestAlsDieVanHetRegister() {
        Tarieffout fout = new Tarieffout("wmo/eigen-bijdrage.csv", 3, "bedrag", "leeg");

        assertThat(fout.alsConfigFout().onderdeel()).isEqualTo("regel 3, kolom bedrag");
        assertThat(fout).hasToString("wmo/eigen-bijdrage.csv [regel 3, kolom bedrag]: leeg");
        assertThat(new Tarieffout("x.csv", 0, "", "bestand ontbreekt")).hasToString("x.csv: bestand ontbreekt");
    }

    @Test
    void deMeldingVanDeWeigeringNoemtElkeFout() {
        assertThatThrownBy(() -> lees(KOP + "2019-01-01,2019-12-31,1750,week\n2020-01-01,,0,maand\n"))
                .isInstanceOf(OngeldigeTarieven.class)
                .hasMessageContaining("2 fout(en)").hasMessageContaining("[regel 2, kolom per]").hasMessageContaining("[regel 3, kolom bedrag]");
    }

    private static Tarieven lees(String tekst) {
        return Tariefbestand.lees("t.csv", tekst.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Tarieffout> fouten(String tekst) {
        return weigering(() -> lees(tekst));
    }

    private static void assertFouten(String tekst, Tarieffout... verwacht) {
        assertThat(fouten(tekst)).containsExactly(verwacht);
    }

    private static List<Tarieffout> weigering(ThrowingCallable lezen) {
        try {
            lezen.call();
        } catch (OngeldigeTarieven e) {
            return e.fouten();
        } catch (Throwable e) {
            throw new AssertionError("verwacht OngeldigeTarieven, kreeg " + e, e);
        }
        throw new AssertionError("het bestand werd niet geweigerd");
    }
}
