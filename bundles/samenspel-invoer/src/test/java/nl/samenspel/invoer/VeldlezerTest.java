package nl.samenspel.invoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A bad field is named with what was expected, never with its value: a BSN or a name in the wrong column must not reach a report. */
class VeldlezerTest {

    private static final String BSN = "123456782";

    @Test
    void noMessageRepeatsTheValue() {
        List<Regelfout> fouten = new ArrayList<>();
        Veldlezer v = new Veldlezer("regel 2", k -> BSN, fouten);
        v.gemeente("gemeente");
        v.agb("agb");
        v.uitLijst("eenheid", true, Map.of("01", "minuut", "04", "uur"), "iJw-eenheid");
        v.keuze("verwijzer", true, c -> Optional.empty(), List.of("huisarts", "jeugdarts"));
        v.datum("datum", true);
        v.geheel("jaar", true, 1900, 2100);
        v.tekst("naam", true, 5);
        v.client("bsn", b -> "pseudoniem");
        v.client("client", b -> "pseudoniem");
        assertThat(fouten).hasSize(8).extracting(Regelfout::toString).allSatisfy(t -> assertThat(t).doesNotContain(BSN));
        assertThat(fouten).extracting(Regelfout::toString).containsExactly(
                "regel 2, gemeente: geen CBS-gemeentecode van 4 cijfers (gevonden: 9 cijfers)",
                "regel 2, agb: geen AGB-code van 8 cijfers (gevonden: 9 cijfers)",
                "regel 2, eenheid: geen iJw-eenheid (gevonden: 9 cijfers); bekend: 01, 04",
                "regel 2, verwijzer: onbekende waarde (gevonden: 9 cijfers); kies uit huisarts, jeugdarts",
                "regel 2, datum: geen datum (JJJJ-MM-DD) (gevonden: 9 cijfers)",
                "regel 2, jaar: buiten het bereik 1900 tot en met 2100",
                "regel 2, naam: langer dan 5 tekens",
                "regel 2, client: geen clientpseudoniem (64 hexadecimale tekens, kleine letters)");
    }

    @Test
    void theShapeOfABadValueHelpsWithoutShowingIt() {
        List<Regelfout> fouten = new ArrayList<>();
        Map<String, String> velden = Map.of("datum", "31-12-2016", "dag", "2016-02-30", "bedrag", "12,50", "getal", "twaalf");
        Veldlezer v = new Veldlezer("regel 3", velden::get, fouten);
        v.datum("datum", true);
        v.datum("dag", true);
        v.bedrag("bedrag", true);
        v.geheel("getal", true, 0, 9);
        assertThat(fouten).extracting(Regelfout::melding).containsExactly(
                "geen datum (JJJJ-MM-DD) (gevonden: 10 tekens; dag-maand-jaar? schrijf jaar-maand-dag)",
                "geen datum (JJJJ-MM-DD) (gevonden: 10 tekens; die dag bestaat niet)",
                "geen geheel getal van 0 tot en met 99999999999 (gevonden: 5 tekens) (bedragen in hele eurocenten)",
                "geen geheel getal van 0 tot en met 9 (gevonden: 6 tekens)");
    }

    @Test
    void aFieldWithItsOwnPlaceIsNamedThere() {
        List<Regelfout> fouten = new ArrayList<>();
        Veldlezer v = new Veldlezer("m.xml, ToegewezenProduct 1", k -> "x", fouten, k -> k.equals("datum") ? "m.xml, /Bericht/Datum (regel 1, kolom 9)" : null);
        v.datum("datum", true);
        v.geheel("getal", true, 0, 9);
        assertThat(fouten).extracting(Regelfout::plaats).containsExactly("m.xml, /Bericht/Datum (regel 1, kolom 9)", "m.xml, ToegewezenProduct 1");
        assertThat(v.plaats()).isEqualTo("m.xml, ToegewezenProduct 1");
    }
}
