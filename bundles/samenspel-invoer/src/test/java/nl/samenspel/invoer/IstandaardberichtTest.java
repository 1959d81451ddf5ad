package nl.samenspel.invoer;

import static nl.samenspel.invoer.Berichtmonsters.BSN;
import static nl.samenspel.invoer.Berichtmonsters.BSN2;
import static nl.samenspel.invoer.Berichtmonsters.JW301;
import static nl.samenspel.invoer.Berichtmonsters.JW305;
import static nl.samenspel.invoer.Berichtmonsters.JW323;
import static nl.samenspel.invoer.Berichtmonsters.WMO301;
import static nl.samenspel.invoer.Berichtmonsters.WMO305;
import static nl.samenspel.invoer.Berichtmonsters.lees;
import static nl.samenspel.invoer.Berichtmonsters.product;
import static nl.samenspel.invoer.Berichtmonsters.toewijzing;
import static nl.samenspel.invoer.Berichtmonsters.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Istandaardbericht.Afzender;
import nl.samenspel.invoer.Istandaardbericht.Type;
import nl.samenspel.invoer.Istandaardbericht.Veld;
import org.junit.jupiter.api.Test;

/**
 * Messages of both standards through the reader: each read with the fields its type lists and
 * nothing more, hostile and broken ones refused with their own reason, at the element path,
 * line and column, and no report repeating a value of the input.
 */
class IstandaardberichtTest {

    private static final Invoerlimieten STANDAARD = Invoerlimieten.standaard();

    @Test
    void aMessageIsReadWithTheFieldsOfItsTypeAndNothingMore() {
        Gelezen<Map<String, Object>> g = lees(JW301, "m.xml", toewijzing(JW301));
        assertThat(g.fouten()).isEmpty();
        // the gemeente sends an allocation; no birth date: the type does not list it
        assertThat(g.regels()).extracting(Gelezen.Regel::waarde).containsExactly(
                Map.of("gemeente", "0193", "agb", "12345678", "toewijzingnummer", 1001L, "bsn", BSN, "ingangsdatum",
                        LocalDate.of(2016, 3, 1), "eenheid", "04"),
                Map.of("gemeente", "0193", "agb", "12345678", "toewijzingnummer", 1002L, "bsn", BSN, "ingangsdatum",
                        LocalDate.of(2016, 4, 1), "eenheid", "04"));
        assertThat(g.regels().get(0).plaats()).startsWith("m.xml, ToegewezenProduct 1, /Bericht/Client/ToegewezenProducten/ToegewezenProduct (regel 2, kolom ");
        // a provider sends a declaration; each line gets its own client's BSN and the declaration's number
        Gelezen<Map<String, Object>> d = lees(JW323, "d.xml", Berichtmonsters.jw323());
        assertThat(d.fouten()).isEmpty();
        assertThat(d.regels()).extracting(r -> r.waarde().get("bsn")).containsExactly(BSN, BSN, BSN2);
        assertThat(d.regels()).allSatisfy(r -> assertThat(r.waarde()).containsEntry("gemeente", "0193").containsEntry("agb", "12345678")
                .containsEntry("declaratienummer", "DN1"));
    }

    @Test
    void anIwmoMessageIsReadInItsOwnNamespaceWithItsOwnCode() {
        Gelezen<Map<String, Object>> g = lees(WMO301, "w.xml", toewijzing(WMO301));
        assertThat(WMO301.namespace()).isEqualTo("http://www.istandaarden.nl/iwmo/3_2/wmo301/schema");
        assertThat(g.fouten()).isEmpty();
        // the birth date is read because this type lists it in kop, and handed over with every record
        assertThat(g.regels()).hasSize(2).allSatisfy(r -> assertThat(r.waarde()).containsEntry("geboortedatum", LocalDate.of(2008, 5, 4))
                .containsEntry("gemeente", "0193").containsEntry("agb", "12345678"));
        assertThat(lees(WMO301, "w.xml", toewijzing(WMO301).replace("<BerichtCode>414<", "<BerichtCode>418<")).fouten())
                .singleElement().satisfies(f -> assertThat(f.melding()).isEqualTo("een WMO305-bericht (BerichtCode 418), verwacht 414 (WMO301)"));
        // iJw's code is not the Wmo reader's to name
        assertThat(lees(WMO301, "w.xml", toewijzing(WMO301).replace("<BerichtCode>414<", "<BerichtCode>436<")).fouten())
                .singleElement().satisfies(f -> assertThat(f.melding()).isEqualTo("geen BerichtCode 414, verwacht 414 (WMO301)"));
        // the errors speak of the standard the message is of
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE Bericht []>" + toewijzing(WMO301, BSN, List.of(product(WMO301, 1, "2016-03-01")), false);
        assertThat(lees(WMO301, "w.xml", dtd).fouten()).singleElement().satisfies(f ->
                assertThat(f.melding()).startsWith("een iWmo-bericht bevat geen DTD").contains("het iWmo-schema"));
    }

    @Test
    void aMessageOfTheOtherStandardIsRefusedAtItsRoot() {
        assertThat(lees(WMO301, "j.xml", toewijzing(JW301)).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("Bericht");
            assertThat(f.melding()).isEqualTo("geen WMO301-bericht: verwacht het root-element Bericht in namespace "
                    + "http://www.istandaarden.nl/iwmo/3_2/wmo301/schema");
        });
        // the message namespace right, a basisschema element in iJw's: named as expected, iJw's not being the Wmo reader's to name
        String gemengd = toewijzing(WMO301).replace("xmlns:iwmo=\"" + WMO301.basisnamespace(), "xmlns:iwmo=\"" + JW301.basisnamespace());
        assertThat(lees(WMO301, "w.xml", gemengd).fouten()).isNotEmpty().allSatisfy(f -> assertThat(f.melding())
                .isEqualTo("element in de verkeerde namespace; verwacht http://www.istandaarden.nl/iwmo/3_2/basisschema/schema"));
    }

    @Test
    void aNamespaceIsNamedOnlyWhenItIsOneOfTheKnownTypes() {
        String basis = toewijzing(JW301).replace("<Ingangsdatum>2016-03-01</Ingangsdatum>", "<ijw:Ingangsdatum>2016-03-01</ijw:Ingangsdatum>");
        assertThat(lees(JW301, "m.xml", basis).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("Ingangsdatum");
            assertThat(f.plaats()).startsWith("m.xml, ToegewezenProduct 1, /Bericht/Client/ToegewezenProducten/ToegewezenProduct/Ingangsdatum (regel 2");
            assertThat(f.melding()).isEqualTo("element in de verkeerde namespace " + JW301.basisnamespace() + "; verwacht " + JW301.namespace());
        });
        String vreemd = toewijzing(JW301).replace("<Ingangsdatum>2016-03-01</Ingangsdatum>",
                "<Ingangsdatum xmlns=\"urn:" + BSN + "\">2016-03-01</Ingangsdatum>");
        assertThat(lees(JW301, "m.xml", vreemd).fouten()).singleElement().satisfies(f ->
                assertThat(f.melding()).isEqualTo("element in de verkeerde namespace; verwacht " + JW301.namespace()));
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
        String bericht = BILLION_LAUGHS + toewijzing(JW301, BSN, List.of(product(JW301, 1001, "2016-03-01").replace(">1001<", ">&lol9;<")), false);
        long start = System.nanoTime();
        Gelezen<?> g = lees(JW301, "lol.xml", bericht);
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
                + toewijzing(JW301, BSN, List.of(product(JW301, 1001, "&xxe;")), false);
        assertThat(lees(JW301, "xxe.xml", bericht).fouten()).singleElement().satisfies(f -> assertThat(f.veld()).isEqualTo("DTD"));
    }

    @Test
    void anEntityWithoutADtdIsRefusedAsAnEntity() {
        String bericht = toewijzing(JW301, BSN, List.of(product(JW301, 1001, "2016-&maart;-01")), true);
        assertThat(lees(JW301, "e.xml", bericht).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("entiteit");
            assertThat(f.plaats()).startsWith("e.xml, /Bericht/Client/ToegewezenProducten/ToegewezenProduct/Ingangsdatum (regel 2, kolom ");
            assertThat(f.melding()).startsWith("een iJw-bericht bevat geen entiteiten");
        });
        // XML's own five and character references are text
        String gewoon = toewijzing(JW301, BSN, List.of(product(JW301, 1001, "2016-03-0&#49;")), true);
        assertThat(lees(JW301, "e.xml", gewoon).fouten()).isEmpty();
    }

    @Test
    void nestingDeeperThanTheBoundIsRefused() {
        String diep = "<x>".repeat(40) + "</x>".repeat(40);
        String bericht = toewijzing(JW301).replace("<ijw:Voorletters>", diep + "<ijw:Voorletters>");
        assertThat(lees(JW301, "diep.xml", bericht).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("xmlDiepte");
            assertThat(f.plaats()).startsWith("diep.xml, /Bericht/Client/Naam/x/x/");
            assertThat(f.melding()).isEqualTo("het bericht is dieper genest dan 32 elementen; het is niet verder gelezen"
                    + " (grens nl.samenspel.invoer/xmlDiepte = 32)");
        });
        assertThat(lees(JW301, "m.xml", utf8(toewijzing(JW301)), Berichtmonsters.limieten(200_000, 4)).fouten()).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("dieper genest dan 4 elementen"));
    }

    @Test
    void errorsInAOneLineMessageNameTheElementPathLineAndColumn() {
        String bericht = toewijzing(JW301, BSN, List.of(product(JW301, 1001, "2016-03-01"), product(JW301, 1002, "2016-04-01"),
                product(JW301, 1003, "2016-13-01")), false);
        Gelezen<?> g = lees(JW301, "een.xml", bericht);
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
        String bericht = toewijzing(JW301).replace("<ijw:Voorletters>P</ijw:Voorletters>", "<ijw:Voorletters>P</Voorletters>");
        assertThat(lees(JW301, "kapot.xml", bericht).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEmpty();
            assertThat(f.plaats()).startsWith("kapot.xml, /Bericht/Client/Naam/Voorletters (regel 2, kolom ");
            assertThat(f.melding()).startsWith("geen goed gevormde XML").doesNotContain("Voorletters").doesNotContain("Jansen");
        });
        assertThat(lees(JW301, "kort.xml", toewijzing(JW301).substring(0, 300)).fouten())
                .singleElement().satisfies(f -> assertThat(f.melding()).startsWith("geen goed gevormde XML"));
        assertThat(lees(JW301, "leeg.xml", "<").fouten()).singleElement().satisfies(f -> assertThat(f.plaats()).startsWith("leeg.xml"));
        // a skipped element's name is input: a BSN in it does not reach the report
        String naam = toewijzing(JW301).replace("<ijw:Voorletters>P</ijw:Voorletters>", "<x" + BSN + ">P</x" + BSN2 + ">");
        assertThat(lees(JW301, "naam.xml", naam).fouten()).singleElement().satisfies(f ->
                assertThat(f.plaats()).startsWith("naam.xml, /Bericht/Client/Naam/x# (regel 2, kolom "));
    }

    @Test
    void theMessageCodeIsNamedOnlyWhenItIsTheStandardsOwn() {
        String jw305 = toewijzing(JW301).replace("<BerichtCode>436<", "<BerichtCode>438<");
        assertThat(lees(JW301, "m.xml", jw305).fouten()).anySatisfy(f -> {
            assertThat(f.veld()).isEqualTo("Header/BerichtCode");
            assertThat(f.melding()).isEqualTo("een JW305-bericht (BerichtCode 438), verwacht 436 (JW301)");
            assertThat(f.plaats()).startsWith("m.xml, /Bericht/Header/BerichtCode (regel 2, kolom ");
        });
        String vreemd = toewijzing(JW301).replace("<BerichtCode>436<", "<BerichtCode>" + BSN + "<");
        assertThat(lees(JW301, "m.xml", vreemd).fouten()).anySatisfy(f ->
                assertThat(f.melding()).isEqualTo("geen BerichtCode 436, verwacht 436 (JW301)"));
    }

    @Test
    void theBsnIsCheckedPerRecordWhereTheTypeAsksForIt() {
        assertThat(lees(JW305, "s.xml", Berichtmonsters.start(JW305, BSN)).fouten()).isEmpty();
        assertThat(lees(WMO305, "s.xml", Berichtmonsters.start(WMO305, "111222334")).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("Client/Bsn");
            assertThat(f.plaats()).startsWith("s.xml, StartProduct 1, /Bericht/Client/Bsn (regel 1, kolom ");
            assertThat(f.toString()).doesNotContain("111222334");
        });
        // an allocation's BSN is the record reader's to check (and pseudonymise)
        assertThat(lees(JW301, "m.xml", toewijzing(JW301, "111222334", List.of(product(JW301, 1, "2016-03-01")), false)).fouten()).isEmpty();
    }

    @Test
    void aClientsFieldsDoNotCarryOverToTheNextClient() {
        Gelezen<Map<String, Object>> g = lees(JW323, "d.xml", Berichtmonsters.jw323(""));
        assertThat(g.fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("Client/Bsn");
            assertThat(f.plaats()).startsWith("d.xml, Prestatie 3, /Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie (regel 7");
        });
        assertThat(g.regels()).extracting(r -> r.waarde().get("bsn")).containsExactly(BSN, BSN, null);
    }

    @Test
    void aDeclarationWithAWrongTotalIsNamedWithoutAmounts() {
        String bericht = Berichtmonsters.jw323().replace("<ijw:TotaalBedrag>250<", "<ijw:TotaalBedrag>" + BSN + "<");
        assertThat(lees(JW323, "d.xml", bericht).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("Declaratie/TotaalIngediendBedrag");
            assertThat(f.plaats()).startsWith("d.xml, /Bericht/Declaratie/TotaalIngediendBedrag/TotaalBedrag (regel 4, kolom ");
            assertThat(f.toString()).doesNotContain(BSN);
        });
        // the second client's line is named by its own path
        String slecht = Berichtmonsters.jw323().replace("<ijw:Bedrag>50<", "<ijw:Bedrag>vijftig<");
        assertThat(lees(JW323, "d.xml", slecht).fouten()).anySatisfy(f -> assertThat(f.plaats())
                .contains("Prestatie 3, /Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie/IngediendBedrag/Bedrag (regel 7, kolom "));
    }

    @Test
    void aTypeThatCouldNotBeReadAsMeantIsRefusedWhenDeclared() {
        Map<String, Veld> velden = Map.of("ToewijzingNummer", new Veld("toewijzingnummer", false));
        String pad = "Client/ToegewezenProducten/ToegewezenProduct";
        assertThatThrownBy(() -> new Type("wmo", "wmo301", "414", pad, Afzender.GEMEENTE, velden, Map.of(), false, false))
                .hasMessageContaining("standaard");
        assertThatThrownBy(() -> new Type("iwmo", "wmo301", "4140", pad, Afzender.GEMEENTE, velden, Map.of(), false, false))
                .hasMessageContaining("BerichtCode");
        // a column the message gives every record
        assertThatThrownBy(() -> new Type("iwmo", "wmo301", "414", pad, Afzender.GEMEENTE, Map.of("Gemeente", new Veld("gemeente", false)),
                Map.of(), false, false)).hasMessageContaining("kolom gemeente");
        // a common field again, and one inside the records
        assertThatThrownBy(() -> new Type("iwmo", "wmo301", "414", pad, Afzender.GEMEENTE, velden,
                Map.of("Client/Bsn", new Veld("bsn2", false)), false, false)).hasMessageContaining("al door elk bericht");
        assertThatThrownBy(() -> new Type("iwmo", "wmo301", "414", pad, Afzender.GEMEENTE, velden,
                Map.of(pad + "/Budget", new Veld("budget", false)), false, false)).hasMessageContaining("in of boven een record");
        assertThatThrownBy(() -> new Type("iwmo", "wmo301", "414", pad, Afzender.GEMEENTE, Map.of("Omvang", new Veld("omvang", false),
                "Omvang/Volume", new Veld("volume", true)), Map.of(), false, false)).hasMessageContaining("bevat een ander veld");
        assertThatThrownBy(() -> new Type("iwmo", "wmo323", "484", pad, Afzender.AANBIEDER, velden, Map.of(), true, true))
                .hasMessageContaining("bedrag en debetcredit");
        // two types with one code, and a type the reader was not made with
        assertThatThrownBy(() -> new Istandaardbericht(List.of(WMO301, new Type("iwmo", "wmo302", "414", pad, Afzender.GEMEENTE, velden,
                Map.of(), false, false)))).hasMessageContaining("dezelfde BerichtCode");
        assertThatThrownBy(() -> Berichtmonsters.IWMO.lees(new ByteArrayInputStream(utf8(toewijzing(JW301))), "m.xml", JW301, STANDAARD,
                new ArrayList<>(), v -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNamesAreTheStandardsOwn() {
        assertThat(JW301.code()).isEqualTo("JW301");
        assertThat(WMO301.code()).isEqualTo("WMO301");
        assertThat(JW301.standaardnaam()).isEqualTo("iJw");
        assertThat(WMO301.standaardnaam()).isEqualTo("iWmo");
        assertThat(WMO301.basisnamespace()).isEqualTo("http://www.istandaarden.nl/iwmo/3_2/basisschema/schema");
        assertThat(Istandaardbericht.parser()).isNotBlank();
    }
}
