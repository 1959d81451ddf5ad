package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV files follow docs/beschermd-wonen.md column for column, and a seed fixes their bytes. */
class BeschermdWonenCsvTest {

    private static final byte[] SLEUTEL = "een demo-sleutel van tweeendertig bytes!".getBytes(StandardCharsets.US_ASCII);
    private static final BeschermdWonenDemo.Periode PERIODE = BeschermdWonenDemo.Periode.JAREN_2015_2017;

    @TempDir
    static Path map;
    private static BeschermdWonenDemo demo;

    @BeforeAll
    static void schrijf() throws Exception {
        demo = BeschermdWonenDemo.genereer(11, PERIODE, 300, 20);
        demo.schrijfCsv(map.resolve("bsn"), null);
        demo.schrijfCsv(map.resolve("pseudo"), SLEUTEL);
        BeschermdWonenDemo.genereer(11, PERIODE, 300, 20).schrijfCsv(map.resolve("nogmaals"), null);
        BeschermdWonenDemo.genereer(12, PERIODE, 300, 20).schrijfCsv(map.resolve("ander"), null);
    }

    @Test
    void zelfdeSeedGeeftZelfdeBytes() throws Exception {
        for (String bestand : BeschermdWonenCsv.BESTANDEN) {
            assertThat(Files.readAllBytes(map.resolve("nogmaals").resolve(bestand))).as(bestand)
                    .isEqualTo(Files.readAllBytes(map.resolve("bsn").resolve(bestand)));
        }
        assertThat(Files.readAllBytes(map.resolve("ander").resolve("plaatsingen.csv")))
                .isNotEqualTo(Files.readAllBytes(map.resolve("bsn").resolve("plaatsingen.csv")));
    }

    @Test
    void kopregels() throws Exception {
        assertThat(regels("bsn", "voorzieningen.csv").get(0))
                .isEqualTo("code;naam;agb;vestigingsgemeente;soort;capaciteit;ingangsdatum;einddatum");
        assertThat(regels("bsn", "aanmeldingen.csv").get(0)).isEqualTo("herkomstgemeente;aanmeldingnummer;bsn;datum;vorm");
        assertThat(regels("bsn", "plaatsingen.csv").get(0)).isEqualTo("herkomstgemeente;plaatsingnummer;bsn;voorziening;"
                + "vorm;ingangsdatum;einddatum;tarief;tariefeenheid;eindreden;overgangsrecht;overboeking;aanmelding");
        assertThat(regels("pseudo", "aanmeldingen.csv").get(0))
                .isEqualTo("herkomstgemeente;aanmeldingnummer;client;datum;vorm");
        assertThat(regels("pseudo", "plaatsingen.csv").get(0)).isEqualTo("herkomstgemeente;plaatsingnummer;client;"
                + "voorziening;vorm;ingangsdatum;einddatum;tarief;tariefeenheid;eindreden;overgangsrecht;overboeking;aanmelding");
    }

    @Test
    void rijenEnCellen() throws Exception {
        List<String> plaatsingen = regels("bsn", "plaatsingen.csv");
        assertThat(plaatsingen).hasSize(1 + demo.plaatsingen().size());
        assertThat(regels("bsn", "aanmeldingen.csv")).hasSize(1 + demo.aanmeldingen().size());
        assertThat(regels("bsn", "voorzieningen.csv")).hasSize(1 + demo.voorzieningen().size());
        for (int i = 1; i < plaatsingen.size(); i++) {
            Plaatsing p = demo.plaatsingen().get(i - 1);
            String[] cellen = plaatsingen.get(i).split(";", -1);
            assertThat(cellen).hasSize(13);
            assertThat(cellen[6]).isEqualTo(p.einddatum() == null ? "" : p.einddatum().toString());
            assertThat(cellen[9]).isEqualTo(p.eindreden() == null ? "" : p.eindreden());
            assertThat(cellen[10]).isEqualTo(p.overgangsrecht() ? "ja" : "nee");
            assertThat(cellen[11]).isEqualTo(p.overboeking() ? "ja" : "nee");
            assertThat(cellen[12]).isEqualTo(p.aanmelding() == null ? "" : p.aanmelding().toString());
        }
        assertThat(regels("bsn", "voorzieningen.csv").subList(1, demo.voorzieningen().size() + 1))
                .allMatch(r -> r.matches("[A-Z]{2}-[A-Z]{3}-[0-9]{3};[^;]+;[0-9]{8};[0-9]{4};[a-z-]+;[0-9]+;"
                        + "[0-9]{4}-[0-9]{2}-[0-9]{2};([0-9]{4}-[0-9]{2}-[0-9]{2})?"));
    }

    @Test
    void pseudoniemenInPlaatsVanBsn() throws Exception {
        List<String> rijen = regels("pseudo", "plaatsingen.csv");
        for (int i = 1; i < rijen.size(); i++) {
            assertThat(rijen.get(i).split(";", -1)[2]).matches("[0-9a-f]{64}")
                    .isEqualTo(JeugdhulpDemo.pseudoniem(SLEUTEL, demo.plaatsingen().get(i - 1).bsn()));
        }
        List<String> aanmeldingen = regels("pseudo", "aanmeldingen.csv");
        for (int i = 1; i < aanmeldingen.size(); i++) {
            assertThat(aanmeldingen.get(i).split(";", -1)[2])
                    .isEqualTo(JeugdhulpDemo.pseudoniem(SLEUTEL, demo.aanmeldingen().get(i - 1).bsn()));
        }
        assertThat(Files.readString(map.resolve("pseudo").resolve("plaatsingen.csv"))).doesNotContain(";999");
        assertThat(Files.readString(map.resolve("pseudo").resolve("aanmeldingen.csv"))).doesNotContain(";999");
    }

    private static List<String> regels(String variant, String bestand) throws Exception {
        return Files.readAllLines(map.resolve(variant).resolve(bestand), StandardCharsets.UTF_8);
    }
}
