package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV files follow docs/jeugdhulp.md column for column. */
class CsvTest {

    private static final byte[] SLEUTEL = "een demo-sleutel van tweeendertig bytes!".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path map;
    private static JeugdhulpDemo demo;

    @BeforeAll
    static void schrijf() throws Exception {
        demo = JeugdhulpDemo.genereer(3, 200);
        demo.schrijfCsv(map.resolve("bsn"), null);
        demo.schrijfCsv(map.resolve("pseudo"), SLEUTEL);
    }

    @Test
    void kopregels() throws Exception {
        assertThat(kop("aanbieders.csv")).isEqualTo("agb;naam");
        assertThat(kop("producten.csv")).isEqualTo("categorie;code;omschrijving;eenheid;uitvoeringsvariant;inkoop;kortingsgroep");
        assertThat(kop("tarieven.csv")).isEqualTo("categorie;code;ingangsdatum;einddatum;tarief");
        assertThat(kop("tariefkortingen.csv")).isEqualTo("jaar;groep;percentage");
        assertThat(kop("contracten.csv")).isEqualTo("agb;jaar;budgetplafond");
        assertThat(kop("budgetten.csv")).isEqualTo("gemeente;jaar;totaal;regionaal;lokaal");
        assertThat(kop("toewijzingen.csv")).isEqualTo("gemeente;toewijzingnummer;bsn;agb;categorie;productcode;"
                + "ingangsdatum;einddatum;volume;eenheid;frequentie;budget;aanmelddatum;verwijzer");
        assertThat(kop("start-zorg.csv")).isEqualTo("gemeente;toewijzingnummer;begindatum");
        assertThat(kop("stop-zorg.csv")).isEqualTo("gemeente;toewijzingnummer;einddatum;reden");
        assertThat(kop("declaraties.csv"))
                .isEqualTo("gemeente;toewijzingnummer;declaratienummer;begindatum;einddatum;bedrag;debetcredit");
    }

    @Test
    void aantallenRijen() throws Exception {
        assertThat(regels("bsn", "toewijzingen.csv")).hasSize(201);
        assertThat(regels("bsn", "start-zorg.csv"))
                .hasSize(1 + (int) demo.toewijzingen().stream().filter(t -> t.startZorg() != null).count());
        assertThat(regels("bsn", "stop-zorg.csv"))
                .hasSize(1 + (int) demo.toewijzingen().stream().filter(t -> t.stopZorg() != null).count());
        assertThat(regels("bsn", "declaraties.csv")).hasSize(1 + demo.declaraties().size());
        assertThat(regels("bsn", "tarieven.csv")).hasSize(1 + demo.producten().size());
    }

    @Test
    void legeCelVoorOntbrekendeWaarde() throws Exception {
        String rij = regels("bsn", "tarieven.csv").get(1);
        assertThat(rij).matches("[0-9]{2};[A-Z0-9]+;2014-01-01;;[0-9]+");
        Toewijzing zonderBudget = demo.toewijzingen().get(0).budget() == null ? demo.toewijzingen().get(0) : null;
        if (zonderBudget != null) {
            assertThat(regels("bsn", "toewijzingen.csv").get(1).split(";", -1)[11]).isEmpty();
        }
    }

    @Test
    void pseudoniemenInPlaatsVanBsn() throws Exception {
        List<String> rijen = regels("pseudo", "toewijzingen.csv");
        assertThat(rijen.get(0)).startsWith("gemeente;toewijzingnummer;client;agb;").doesNotContain("bsn");
        for (int i = 1; i < rijen.size(); i++) {
            String[] cellen = rijen.get(i).split(";", -1);
            assertThat(cellen).hasSize(14);
            assertThat(cellen[2]).matches("[0-9a-f]{64}")
                    .isEqualTo(JeugdhulpDemo.pseudoniem(SLEUTEL, demo.toewijzingen().get(i - 1).bsn()));
        }
        assertThat(Files.readString(map.resolve("pseudo").resolve("toewijzingen.csv"))).doesNotContain(";999");
    }

    private static String kop(String bestand) throws Exception {
        return regels("bsn", bestand).get(0);
    }

    private static List<String> regels(String variant, String bestand) throws Exception {
        return Files.readAllLines(map.resolve(variant).resolve(bestand), StandardCharsets.UTF_8);
    }
}
