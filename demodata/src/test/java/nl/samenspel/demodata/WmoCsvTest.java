package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Wmo CSV files follow docs/wmo.md: comma separated, the kinds and columns of its table, nothing else. */
class WmoCsvTest {

    private static final byte[] SLEUTEL = "een demo-sleutel van tweeendertig bytes!".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern CODE = Pattern.compile("`([a-z-]+)`");

    @TempDir
    static Path map;
    private static WmoDemo demo;

    @BeforeAll
    static void schrijf() throws Exception {
        demo = WmoDemo.genereer(3, 200);
        demo.schrijfCsv(map.resolve("bsn"), null);
        demo.schrijfCsv(map.resolve("pseudo"), SLEUTEL);
    }

    @Test
    void kopregels() throws Exception {
        assertThat(kop("aanbieders.csv")).isEqualTo("agb;naam");
        assertThat(kop("producten.csv"))
                .isEqualTo("categorie;code;omschrijving;eenheid;uitvoeringsvariant;voorziening;kortingsgroep;ingangsdatum");
        assertThat(kop("tarieven.csv")).isEqualTo("categorie;code;ingangsdatum;einddatum;tarief");
        assertThat(kop("contracten.csv")).isEqualTo("agb;jaar;soort;bedrag;categorie;productcode;gemeente");
        assertThat(kop("budgetten.csv")).isEqualTo("gemeente;jaar;budget");
        assertThat(kop("toewijzingen.csv")).isEqualTo("gemeente;toewijzingnummer;bsn;agb;categorie;productcode;"
                + "toewijzingsdatum;ingangsdatum;einddatum;volume;eenheid;frequentie;budget;aanvraagdatum;geboortedatum");
        assertThat(kop("start-zorg.csv")).isEqualTo("gemeente;toewijzingnummer;begindatum");
        assertThat(kop("stop-zorg.csv")).isEqualTo("gemeente;toewijzingnummer;einddatum;reden");
        assertThat(kop("declaraties.csv")).isEqualTo("gemeente;toewijzingnummer;declaratienummer;begindatum;einddatum;"
                + "volume;eenheid;tarief;bedrag;debetcredit;categorie;productcode");
        assertThat(kop("gebruik.csv")).isEqualTo("gemeente;agb;categorie;productcode;maand;deelnemers;bedrag");
    }

    /** Every file against the table of docs/wmo.md: all required columns, exactly one of bsn and client, nothing unknown. */
    @Test
    void kolommenVolgensDocsWmo() throws Exception {
        Path doc = Projectbestand.vind("docs/wmo.md").orElse(null);
        Assumptions.assumeTrue(doc != null, "docs/wmo.md not found from " + Path.of("").toAbsolutePath());
        Map<String, List<List<String>>> soorten = soorten(Files.readAllLines(doc));
        assertThat(soorten.keySet()).containsExactlyInAnyOrderElementsOf(
                WmoCsv.BESTANDEN.stream().map(b -> b.replace(".csv", "")).toList());
        for (String variant : List.of("bsn", "pseudo")) {
            for (Map.Entry<String, List<List<String>>> soort : soorten.entrySet()) {
                List<String> kop = Arrays.asList(regels(variant, soort.getKey() + ".csv").get(0).split(";", -1));
                List<String> verplicht = soort.getValue().get(0);
                List<String> optioneel = soort.getValue().get(1);
                List<String> eenVan = soort.getValue().get(2);
                assertThat(kop).as(soort.getKey()).doesNotHaveDuplicates().containsAll(verplicht);
                Set<String> bekend = new HashSet<>(verplicht);
                bekend.addAll(optioneel);
                bekend.addAll(eenVan);
                assertThat(bekend).as(soort.getKey()).containsAll(kop);
                assertThat(kop.stream().filter(eenVan::contains)).as(soort.getKey()).hasSize(eenVan.isEmpty() ? 0 : 1);
            }
        }
    }

    /** Per kind of the table of files: required columns, optional columns and the pair of which exactly one is required. */
    private static Map<String, List<List<String>>> soorten(List<String> doc) {
        Map<String, List<List<String>>> soorten = new LinkedHashMap<>();
        int begin = doc.indexOf(doc.stream().filter(r -> r.startsWith("| kind (`soort`)")).findFirst().orElseThrow());
        for (String regel : doc.subList(begin, doc.size())) {
            if (!regel.startsWith("|")) {
                break;
            }
            if (!regel.startsWith("| `")) {
                continue;
            }
            String[] cellen = regel.split("\\|");
            List<String> verplicht = codes(cellen[2]);
            List<String> eenVan = new ArrayList<>();
            Matcher of = Pattern.compile("`([a-z]+)` or `([a-z]+)`").matcher(cellen[2]);
            if (of.find()) {
                eenVan = List.of(of.group(1), of.group(2));
                verplicht.removeAll(eenVan);
            }
            soorten.put(codes(cellen[1]).get(0), List.of(verplicht, codes(cellen[3]), eenVan));
        }
        return soorten;
    }

    private static List<String> codes(String cel) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(cel);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    @Test
    void puntkommaGescheidenZonderAanhalingstekensEnZonderCommentaar() throws Exception {
        for (String bestand : WmoCsv.BESTANDEN) {
            List<String> rijen = regels("bsn", bestand);
            int kolommen = rijen.get(0).split(";", -1).length;
            assertThat(rijen).as(bestand).allSatisfy(r -> {
                assertThat(r).doesNotContain("\"", ",").doesNotStartWith("#");
                assertThat(r.split(";", -1)).hasSize(kolommen);
            });
        }
    }

    @Test
    void aantallenRijenEnLegeCellen() throws Exception {
        assertThat(regels("bsn", "toewijzingen.csv")).hasSize(1 + demo.toewijzingen().size());
        assertThat(regels("bsn", "start-zorg.csv"))
                .hasSize(1 + (int) demo.toewijzingen().stream().filter(t -> t.startZorg() != null).count());
        assertThat(regels("bsn", "stop-zorg.csv"))
                .hasSize(1 + (int) demo.toewijzingen().stream().filter(t -> t.stopZorg() != null).count());
        assertThat(regels("bsn", "declaraties.csv")).hasSize(1 + demo.declaraties().size());
        assertThat(regels("bsn", "gebruik.csv")).hasSize(1 + demo.gebruik().size());
        assertThat(regels("bsn", "tarieven.csv")).hasSize(1 + demo.tarieven().size());
        List<String> rijen = regels("bsn", "toewijzingen.csv");
        for (int i = 1; i < rijen.size(); i++) {
            WmoToewijzing t = demo.toewijzingen().get(i - 1);
            String[] cellen = rijen.get(i).split(";", -1);
            assertThat(cellen[2]).isEqualTo(t.bsn());
            assertThat(cellen[8]).isEqualTo(t.einddatum() == null ? "" : t.einddatum().toString());
            assertThat(cellen[12]).isEqualTo(t.budget() == null ? "" : t.budget().toString());
            assertThat(cellen[14]).isEqualTo(t.geboortedatum().toString());
        }
    }

    @Test
    void pseudoniemenEnMinderjarigInPlaatsVanBsnEnGeboortedatum() throws Exception {
        List<String> rijen = regels("pseudo", "toewijzingen.csv");
        assertThat(rijen.get(0)).startsWith("gemeente;toewijzingnummer;client;agb;").endsWith(";minderjarig")
                .doesNotContain("bsn").doesNotContain("geboortedatum");
        for (int i = 1; i < rijen.size(); i++) {
            WmoToewijzing t = demo.toewijzingen().get(i - 1);
            String[] cellen = rijen.get(i).split(";", -1);
            assertThat(cellen).hasSize(15);
            assertThat(cellen[2]).matches("[0-9a-f]{64}").isEqualTo(Pseudoniem.van(SLEUTEL, t.bsn()));
            assertThat(cellen[14]).isEqualTo(t.minderjarig() ? "ja" : "nee");
        }
        assertThat(rijen.stream().skip(1).map(r -> r.substring(r.lastIndexOf(';') + 1))).contains("ja", "nee");
        assertThat(Files.readString(map.resolve("pseudo").resolve("toewijzingen.csv"))).doesNotContain(";999");
    }

    private static String kop(String bestand) throws Exception {
        return regels("bsn", bestand).get(0);
    }

    private static List<String> regels(String variant, String bestand) throws Exception {
        return Files.readAllLines(map.resolve(variant).resolve(bestand), StandardCharsets.UTF_8);
    }
}
