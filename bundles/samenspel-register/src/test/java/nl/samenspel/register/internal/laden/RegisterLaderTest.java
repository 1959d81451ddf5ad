package nl.samenspel.register.internal.laden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.samenspel.api.register.ConfigFout;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Regio;
import nl.samenspel.api.register.Register;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loads the shipped regional-config/ and broken copies of it. */
class RegisterLaderTest {

    /** The configuration the product ships with, at the top of the repository. */
    static final Path GELEVERD = Path.of("../../regional-config").toAbsolutePath().normalize();

    @TempDir
    Path kopie;

    @BeforeEach
    void kopieer() throws IOException {
        try (Stream<Path> paden = Files.walk(GELEVERD)) {
            for (Path bron : paden.filter(p -> !p.startsWith(GELEVERD.resolve("nodes"))).toList()) {
                Path doel = kopie.resolve(GELEVERD.relativize(bron).toString());
                if (Files.isDirectory(bron)) {
                    Files.createDirectories(doel);
                } else {
                    Files.copy(bron, doel, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static Register geladen(Path map) {
        Laadresultaat resultaat = RegisterLader.laad(map);
        assertThat(resultaat).as("%s", resultaat).isInstanceOf(Laadresultaat.Geladen.class);
        return ((Laadresultaat.Geladen) resultaat).register();
    }

    private static List<ConfigFout> geweigerd(Path map) {
        Laadresultaat resultaat = RegisterLader.laad(map);
        assertThat(resultaat).isInstanceOf(Laadresultaat.Geweigerd.class);
        return ((Laadresultaat.Geweigerd) resultaat).fouten();
    }

    /** The copy is refused with one error: in {@code bestand}, at {@code onderdeel}, for a reason that says {@code reden}. */
    private void geweigerdMetEen(String bestand, String onderdeel, String reden) {
        assertThat(geweigerd(kopie)).singleElement().satisfies(f -> {
            assertThat(f.bestand()).isEqualTo(bestand);
            assertThat(f.onderdeel()).isEqualTo(onderdeel);
            assertThat(f.reden()).contains(reden);
        });
    }

    private static List<String> codes(List<Gemeente> gemeenten) {
        return gemeenten.stream().map(Gemeente::code).toList();
    }

    @Test
    void shippedConfigHasTheThreeRegionsOfTheFacts() {
        Register r = geladen(GELEVERD);
        assertThat(r.gemeenten()).hasSize(18);
        assertThat(r.regios()).extracting(Regio::id)
                .containsExactly("beschermd-wonen-zwolle", "jeugdhulp-ijsselland", "wmo-ijssel-vecht");
        assertThat(r.regios()).allSatisfy(regio -> assertThat(regio.penvoerder()).isEqualTo("0193"));

        assertThat(codes(r.leden("jeugdhulp-ijsselland", LocalDate.parse("2016-06-01"))))
                .containsExactly("0148", "0150", "0160", "0166", "0175", "0177", "0180", "0193", "1708", "1773", "1896");
        // 2016: IJssel-Vecht (9, Hattem included) plus Noord-Veluwe (6)
        assertThat(codes(r.leden("beschermd-wonen-zwolle", LocalDate.parse("2016-06-01"))))
                .hasSize(15).contains("0244", "0243", "0230", "0233", "0269", "0273", "0302");
        // 2025: the Centrumregeling's 8
        assertThat(codes(r.leden("beschermd-wonen-zwolle", LocalDate.parse("2025-06-01"))))
                .containsExactly("0148", "0160", "0166", "0175", "0180", "0193", "1708", "1896");
        assertThat(codes(r.leden("wmo-ijssel-vecht", LocalDate.parse("2023-12-31")))).hasSize(9).contains("0244");
        assertThat(codes(r.leden("wmo-ijssel-vecht", LocalDate.parse("2024-01-01")))).hasSize(8).doesNotContain("0244");
    }

    @Test
    void regionsOfAGemeenteFollowTheLappendeken() {
        Register r = geladen(GELEVERD);
        LocalDate peil = LocalDate.parse("2016-06-01");
        assertThat(r.regiosVan("0150", peil)).extracting(Regio::id).containsExactly("jeugdhulp-ijsselland");
        assertThat(r.regiosVan("0243", peil)).extracting(Regio::id).containsExactly("beschermd-wonen-zwolle");
        assertThat(r.regiosVan("0166", peil)).extracting(Regio::id)
                .containsExactly("beschermd-wonen-zwolle", "jeugdhulp-ijsselland", "wmo-ijssel-vecht");
        assertThat(r.regiosVan("0243", LocalDate.parse("2025-06-01"))).isEmpty();
    }

    @Test
    void keyFiguresPerYear() {
        Register r = geladen(GELEVERD);
        assertThat(r.kerncijfer("0193", 2016, "inwoners")).isPresent();
        assertThat(r.kerncijfer("0193", 2016, "jeugdigen").getAsLong())
                .isLessThan(r.kerncijfer("0193", 2016, "inwoners").getAsLong());
        assertThat(r.kerncijfer("0193", 1990, "inwoners")).isEmpty();
        assertThat(r.kerncijferNamen()).containsExactlyInAnyOrder("inwoners", "jeugdigen");
        assertThat(r.kerncijferJaren("0150")).contains(2015, 2026);
    }

    @Test
    void extraKeyFigureColumnIsAKeyFigure() throws IOException {
        Path kc = kopie.resolve("kerncijfers.csv");
        List<String> regels = Files.readAllLines(kc);
        List<String> nieuw = regels.stream()
                .map(l -> l.startsWith("#") ? l : l.startsWith("gemeente") ? l + ",bijstandsontvangers" : l + ",100")
                .toList();
        Files.write(kc, nieuw);
        assertThat(geladen(kopie).kerncijfer("0166", 2020, "bijstandsontvangers")).hasValue(100);
    }

    /** One change to one region's file: a bad member or a missing lead. */
    record Regiofout(String geval, String bestand, String oud, String nieuw, String onderdeel, String reden) {
        @Override
        public String toString() {
            return geval;
        }
    }

    static Stream<Regiofout> regiofouten() {
        return Stream.of(
                new Regiofout("unknown code", "regios/jeugdhulp-ijsselland.json", "\"gemeente\": \"0150\"", "\"gemeente\": \"9999\"",
                        "leden[1] (gemeente 9999).gemeente", "onbekende gemeente '9999'"),
                new Regiofout("overlapping periods of one member", "regios/wmo-ijssel-vecht.json",
                        "{ \"gemeente\": \"1896\", \"van\": \"2015-01-01\" }",
                        "{ \"gemeente\": \"1896\", \"van\": \"2015-01-01\" }, { \"gemeente\": \"0244\", \"van\": \"2023-06-01\" }",
                        "leden[9] (gemeente 0244)", "overlapt met leden[6] 2015-01-01 t/m 2023-12-31"),
                new Regiofout("region without lead", "regios/jeugdhulp-ijsselland.json", "\"penvoerder\": \"0193\",", "",
                        "penvoerder", "regio zonder penvoerder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regiofouten")
    void aRegionFileErrorIsRefusedNamingFileEntryAndReason(Regiofout fout) throws IOException {
        vervang(fout.bestand(), fout.oud(), fout.nieuw());
        geweigerdMetEen(fout.bestand(), fout.onderdeel(), fout.reden());
    }

    @Test
    void duplicateCodeIsRefusedWithBothLines() throws IOException {
        Files.writeString(kopie.resolve("gemeenten.csv"), "0999,Dubbeldam,00000099000009990000\n0999,Nogmaals,00000099000009991000\n",
                java.nio.file.StandardOpenOption.APPEND);
        geweigerdMetEen("gemeenten.csv", "regel 23, kolom code", "dubbele code 0999 (ook op regel 22)");
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() throws IOException {
        vervang("regios/beschermd-wonen-zwolle.json", "\"domein\": \"beschermd-wonen\",", "\"domein\": \"beschermd-wonen\"");
        assertThat(geweigerd(kopie)).singleElement().satisfies(f -> {
            assertThat(f.bestand()).isEqualTo("regios/beschermd-wonen-zwolle.json");
            assertThat(f.onderdeel()).startsWith("regel 5, kolom");
            assertThat(f.reden()).startsWith("geen geldige JSON");
        });
    }

    @Test
    void malformedCsvLineIsRefused() throws IOException {
        Files.writeString(kopie.resolve("kerncijfers.csv"), "0193,2027,abc,12,13\n", java.nio.file.StandardOpenOption.APPEND);
        List<ConfigFout> fouten = geweigerd(kopie);
        assertThat(fouten).extracting(ConfigFout::toString).containsExactly(
                "kerncijfers.csv [regel 220]: 5 velden, de kopregel heeft er 4",
                "kerncijfers.csv [regel 220, kolom inwoners]: 'abc' is geen geheel getal >= 0");
    }

    @Test
    void everyErrorOfEveryFileIsReportedAtOnce() throws IOException {
        vervang("regios/jeugdhulp-ijsselland.json", "\"domein\": \"jeugdhulp\"", "\"domein\": \"jeugd\"");
        vervang("regios/wmo-ijssel-vecht.json", "\"tot\": \"2023-12-31\"", "\"tot\": \"2014-12-31\"");
        vervang("gemeenten.csv", "0150,Deventer", "150,Deventer");
        List<ConfigFout> fouten = geweigerd(kopie);
        assertThat(fouten).extracting(ConfigFout::bestand)
                .contains("gemeenten.csv", "regios/jeugdhulp-ijsselland.json", "regios/wmo-ijssel-vecht.json");
        assertThat(fouten).extracting(ConfigFout::reden)
                .anyMatch(r -> r.contains("'150' is geen CBS-gemeentecode"))
                .anyMatch(r -> r.contains("domein 'jeugd' onbekend"))
                .anyMatch(r -> r.contains("tot 2014-12-31 ligt voor van 2015-01-01"));
    }

    @Test
    void reservedKeyFigureNameIsRefused() throws IOException {
        vervang("kerncijfers.csv", "gemeente,jaar,inwoners,jeugdigen", "gemeente,jaar,inwoners,budget");
        assertThat(geweigerd(kopie)).singleElement().satisfies(f -> assertThat(f.reden()).contains("gereserveerd"));
    }

    @Test
    void fingerprintFollowsContent() throws IOException {
        String voor = geladen(kopie).versie();
        assertThat(geladen(kopie).versie()).isEqualTo(voor);
        vervang("regios/jeugdhulp-ijsselland.json", "Jeugdhulp regio IJsselland", "Jeugdhulp IJsselland");
        assertThat(geladen(kopie).versie()).isNotEqualTo(voor).hasSize(64);
    }

    private void vervang(String bestand, String oud, String nieuw) throws IOException {
        Path pad = kopie.resolve(bestand);
        String inhoud = Files.readString(pad);
        assertThat(inhoud).as("testopzet: %s bevat %s", bestand, oud).contains(oud);
        Files.writeString(pad, inhoud.replace(oud, nieuw));
    }
}
