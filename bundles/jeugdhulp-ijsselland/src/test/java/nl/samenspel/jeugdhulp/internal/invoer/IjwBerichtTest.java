package nl.samenspel.jeugdhulp.internal.invoer;

import static nl.samenspel.jeugdhulp.internal.invoer.Monsters.BSN;
import static nl.samenspel.jeugdhulp.internal.invoer.Monsters.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;
import org.junit.jupiter.api.Test;

/** Hostile and broken iJw messages: each refused with its own reason, at the element path, line and column. */
class IjwBerichtTest {

    private static final Invoerlimieten STANDAARD = Invoerlimieten.standaard();

    @Test
    void validSamplesAreAccepted() {
        Gelezen<?> g = Monsters.toewijzingen("m.xml", utf8(Monsters.jw301()), STANDAARD);
        assertThat(g.fouten()).isEmpty();
        assertThat(g.regels()).hasSize(2);
        Gelezen<?> d = Monsters.declaraties("d.xml", utf8(Monsters.jw323()), STANDAARD);
        assertThat(d.fouten()).isEmpty();
        assertThat(d.regels()).hasSize(3);
    }

    /** The classic: ten entities, each ten of the one before; a billion "lol"s once expanded. */
    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE Bericht [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            """;

    @Test
    void billionLaughsIsRefusedAsADtdNotAsAMissingField() {
        String bericht = BILLION_LAUGHS + Monsters.jw301(BSN, List.of(Monsters.product(1001, "2016-03-01").replace(">1001<", ">&lol9;<")), false);
        long start = System.nanoTime();
        Gelezen<?> g = Monsters.toewijzingen("lol.xml", utf8(bericht), STANDAARD);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        assertThat(g.regels()).isEmpty();
        assertThat(g.fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("DTD");
            assertThat(f.melding()).startsWith("een iJw-bericht bevat geen DTD").doesNotContain("ontbreekt");
            assertThat(f.plaats()).startsWith("lol.xml").contains("regel ");
        });
    }

    @Test
    void anExternalEntityIsRefusedAsADtd() {
        String bericht = "<?xml version=\"1.0\"?><!DOCTYPE Bericht [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + Monsters.jw301(BSN, List.of(Monsters.product(1001, "&xxe;")), false);
        assertThat(Monsters.toewijzingen("xxe.xml", utf8(bericht), STANDAARD).fouten()).singleElement()
                .satisfies(f -> assertThat(f.veld()).isEqualTo("DTD"));
    }

    @Test
    void anEntityWithoutADtdIsRefusedAsAnEntity() {
        String bericht = Monsters.jw301(BSN, List.of(Monsters.product(1001, "2016-&maart;-01")), true);
        assertThat(Monsters.toewijzingen("e.xml", utf8(bericht), STANDAARD).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("entiteit");
            assertThat(f.plaats()).startsWith("e.xml, /Bericht/Client/ToegewezenProducten/ToegewezenProduct/Ingangsdatum (regel 2, kolom ");
            assertThat(f.melding()).startsWith("een iJw-bericht bevat geen entiteiten");
        });
        // XML's own five and character references are text
        String gewoon = Monsters.jw301(BSN, List.of(Monsters.product(1001, "2016-03-0&#49;")), true);
        assertThat(Monsters.toewijzingen("e.xml", utf8(gewoon), STANDAARD).fouten()).isEmpty();
    }

    @Test
    void nestingDeeperThanTheBoundIsRefused() {
        String diep = "<x>".repeat(40) + "</x>".repeat(40);
        String bericht = Monsters.jw301().replace("<ijw:Voorletters>", diep + "<ijw:Voorletters>");
        Gelezen<?> g = Monsters.toewijzingen("diep.xml", utf8(bericht), STANDAARD);
        assertThat(g.fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("xmlDiepte");
            assertThat(f.plaats()).startsWith("diep.xml, /Bericht/Client/Naam/x/x/");
            assertThat(f.melding()).isEqualTo("het bericht is dieper genest dan 32 elementen; het is niet verder gelezen"
                    + " (grens nl.samenspel.invoer/xmlDiepte = 32)");
        });
        assertThat(Monsters.toewijzingen("m.xml", utf8(Monsters.jw301()), Monsters.limieten(200_000, 4)).fouten()).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("dieper genest dan 4 elementen"));
    }

    @Test
    void errorsInAOneLineMessageNameTheElementPathLineAndColumn() {
        String bericht = Monsters.jw301(BSN, List.of(Monsters.product(1001, "2016-03-01"), Monsters.product(1002, "2016-04-01"),
                Monsters.product(1003, "2016-13-01")), false);
        Gelezen<?> g = Monsters.toewijzingen("een.xml", utf8(bericht), STANDAARD);
        assertThat(g.fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("ingangsdatum");
            Matcher m = Pattern.compile("een\\.xml, ToegewezenProduct 3, /Bericht/Client/ToegewezenProducten/ToegewezenProduct\\[3\\]"
                    + "/Ingangsdatum \\(regel 1, kolom (\\d+)\\)").matcher(f.plaats());
            assertThat(m.matches()).as(f.plaats()).isTrue();
            // the parser's position is the element's start tag: where it begins (Woodstox) or ends (the JDK's parser)
            int begin = bericht.indexOf("<Ingangsdatum>2016-13-01") + 1;
            assertThat(Integer.parseInt(m.group(1))).isBetween(begin, begin + "<Ingangsdatum>".length());
            assertThat(f.melding()).doesNotContain("2016-13-01");
        });
        // the records' own places differ too, not only their numbers
        assertThat(g.regels()).extracting(Gelezen.Regel::plaats).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(p).contains("(regel 1, kolom "));
    }

    @Test
    void aBrokenMessageIsNamedAtItsPlaceInOurOwnWords() {
        String bericht = Monsters.jw301().replace("<ijw:Voorletters>P</ijw:Voorletters>", "<ijw:Voorletters>P</Voorletters>");
        assertThat(Monsters.toewijzingen("kapot.xml", utf8(bericht), STANDAARD).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEmpty();
            assertThat(f.plaats()).startsWith("kapot.xml, /Bericht/Client/Naam/Voorletters (regel 2, kolom ");
            assertThat(f.melding()).startsWith("geen goed gevormde XML").doesNotContain("Voorletters").doesNotContain("Jansen");
        });
        assertThat(Monsters.toewijzingen("kort.xml", utf8(Monsters.jw301().substring(0, 300)), STANDAARD).fouten())
                .singleElement().satisfies(f -> assertThat(f.melding()).startsWith("geen goed gevormde XML"));
        assertThat(Monsters.toewijzingen("leeg.xml", utf8("<"), STANDAARD).fouten()).singleElement()
                .satisfies(f -> assertThat(f.plaats()).startsWith("leeg.xml"));
    }

    @Test
    void theMessageCodeIsNamedOnlyWhenItIsTheStandardsOwn() {
        String jw305 = Monsters.jw301().replace("<BerichtCode>436<", "<BerichtCode>438<");
        assertThat(Monsters.toewijzingen("m.xml", utf8(jw305), STANDAARD).fouten()).anySatisfy(f -> {
            assertThat(f.veld()).isEqualTo("Header/BerichtCode");
            assertThat(f.melding()).isEqualTo("een JW305-bericht (BerichtCode 438), verwacht 436 (JW301)");
            assertThat(f.plaats()).startsWith("m.xml, /Bericht/Header/BerichtCode (regel 2, kolom ");
        });
        String vreemd = Monsters.jw301().replace("<BerichtCode>436<", "<BerichtCode>" + BSN + "<");
        assertThat(Monsters.toewijzingen("m.xml", utf8(vreemd), STANDAARD).fouten()).anySatisfy(f ->
                assertThat(f.melding()).isEqualTo("geen BerichtCode 436, verwacht 436 (JW301)"));
    }

    @Test
    void fieldErrorsNameTheirElementAndNoValue() {
        String bericht = Monsters.jw301(BSN, List.of(Monsters.product(1001, "2016-03-01").replace("<ijw:Eenheid>04<", "<ijw:Eenheid>"
                + Monsters.BSN2 + "<")), true).replace("<Afzender>0193<", "<Afzender>Jansen<");
        Gelezen<?> g = Monsters.toewijzingen("m.xml", utf8(bericht), STANDAARD);
        assertThat(g.fouten()).extracting(Regelfout::toString).allSatisfy(t -> assertThat(t).doesNotContain(Monsters.BSN2)
                .doesNotContain("Jansen"));
        assertThat(g.fouten()).anySatisfy(f -> {
            assertThat(f.veld()).isEqualTo("eenheid");
            assertThat(f.plaats()).contains("/ToegewezenProduct/Omvang/Eenheid (regel 2, kolom ");
            assertThat(f.melding()).startsWith("geen iJw-eenheid (gevonden: 9 cijfers)");
        });
        assertThat(g.fouten()).anySatisfy(f -> {
            assertThat(f.veld()).isEqualTo("gemeente");
            assertThat(f.plaats()).contains("ToegewezenProduct 1, /Bericht/Header/Afzender (regel 2, kolom ");
        });
    }

    @Test
    void aDeclarationWithAWrongTotalIsNamedWithoutAmounts() {
        String bericht = Monsters.jw323().replace("<ijw:TotaalBedrag>250<", "<ijw:TotaalBedrag>" + BSN + "<");
        assertThat(Monsters.declaraties("d.xml", utf8(bericht), STANDAARD).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("Declaratie/TotaalIngediendBedrag");
            assertThat(f.plaats()).startsWith("d.xml, /Bericht/Declaratie/TotaalIngediendBedrag/TotaalBedrag (regel 4, kolom ");
            assertThat(f.toString()).doesNotContain(BSN);
        });
        // the second client's line is named by its own path
        String slecht = Monsters.jw323().replace("<ijw:Bedrag>50<", "<ijw:Bedrag>vijftig<");
        assertThat(Monsters.declaraties("d.xml", utf8(slecht), STANDAARD).fouten()).anySatisfy(f -> assertThat(f.plaats())
                .contains("Prestatie 3, /Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie/IngediendBedrag/Bedrag (regel 7, kolom "));
    }
}
