package nl.samenspel.invoer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Istandaardbericht.Afzender;
import nl.samenspel.invoer.Istandaardbericht.Type;
import nl.samenspel.invoer.Istandaardbericht.Veld;
import nl.samenspel.testsupport.Ijwmonsters;

/**
 * Message types of both standards as a module declares them, valid messages of them built in the
 * test (valid BSNs, a name and a birth date where a message has them), and a record reader as a
 * module writes one. The Wmo allocation reads the client's birth date through {@code kop}; the
 * youth-care one does not, so a birth date is read only where it is listed.
 */
final class Berichtmonsters {

    static final String BSN = Ijwmonsters.BSN;
    static final String BSN2 = Ijwmonsters.BSN2;

    private static final Map<String, Veld> TOEWIJZING = Map.of(
            "ToewijzingNummer", new Veld("toewijzingnummer", false),
            "Ingangsdatum", new Veld("ingangsdatum", false),
            "Omvang/Eenheid", new Veld("eenheid", true));
    private static final Map<String, Veld> START = Map.of(
            "ToewijzingNummer", new Veld("toewijzingnummer", false),
            "Begindatum", new Veld("begindatum", false));
    private static final Map<String, Veld> PRESTATIE = Map.of(
            "ToewijzingNummer", new Veld("toewijzingnummer", false),
            "ProductPeriode/Begindatum", new Veld("begindatum", true),
            "IngediendBedrag/Bedrag", new Veld("bedrag", true),
            "IngediendBedrag/DebetCredit", new Veld("debetcredit", true));
    private static final String PRODUCTEN = "Client/ToegewezenProducten/ToegewezenProduct";
    private static final String PRESTATIES = "Declaratie/Clienten/Client/Prestaties/Prestatie";

    static final Type JW301 = new Type("ijw", "jw301", "436", PRODUCTEN, Afzender.GEMEENTE, TOEWIJZING, Map.of(), false, false);
    static final Type JW305 = new Type("ijw", "jw305", "438", "Client/StartProducten/StartProduct", Afzender.AANBIEDER, START, Map.of(),
            true, false);
    static final Type JW323 = new Type("ijw", "jw323", "490", PRESTATIES, Afzender.AANBIEDER, PRESTATIE, Map.of(), true, true);
    static final Type WMO301 = new Type("iwmo", "wmo301", "414", PRODUCTEN, Afzender.GEMEENTE, TOEWIJZING,
            Map.of("Client/Geboortedatum/Datum", new Veld("geboortedatum", true)), false, false);
    static final Type WMO305 = new Type("iwmo", "wmo305", "418", "Client/StartProducten/StartProduct", Afzender.AANBIEDER, START, Map.of(),
            true, false);

    static final Istandaardbericht IJW = new Istandaardbericht(List.of(JW301, JW305, JW323));
    static final Istandaardbericht IWMO = new Istandaardbericht(List.of(WMO301, WMO305));

    private Berichtmonsters() {
    }

    /** One ToegewezenProduct; {@code ingang} is put as given, so a test can make it bad. */
    static String product(Type type, int nummer, String ingang) {
        String p = type.standaard();
        return "<ToegewezenProduct><ToewijzingNummer>" + nummer + "</ToewijzingNummer><Toewijzingsdatum>2016-02-15</Toewijzingsdatum>"
                + "<Ingangsdatum>" + ingang + "</Ingangsdatum><Omvang><" + p + ":Volume>3</" + p + ":Volume><" + p + ":Eenheid>04</" + p
                + ":Eenheid></Omvang></ToegewezenProduct>";
    }

    /** An allocation (JW301, WMO301) on one line, after the declaration's line when {@code metDeclaratie}. */
    static String toewijzing(Type type, String bsn, List<String> producten, boolean metDeclaratie) {
        String p = type.standaard();
        return (metDeclaratie ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "")
                + "<Bericht xmlns=\"" + type.namespace() + "\" xmlns:" + p + "=\"" + type.basisnamespace() + "\">"
                + "<Header><BerichtCode>" + type.berichtCode() + "</BerichtCode><BerichtVersie>3</BerichtVersie><Afzender>0193</Afzender>"
                + "<Ontvanger>12345678</Ontvanger></Header>"
                + "<Client><Bsn>" + bsn + "</Bsn><Geboortedatum><" + p + ":Datum>2008-05-04</" + p + ":Datum></Geboortedatum>"
                + "<Naam><Geslachtsnaam><" + p + ":Achternaam>Jansen</" + p + ":Achternaam></Geslachtsnaam><" + p + ":Voorletters>P</" + p
                + ":Voorletters></Naam><ToegewezenProducten>" + String.join("", producten) + "</ToegewezenProducten></Client></Bericht>";
    }

    static String toewijzing(Type type) {
        return toewijzing(type, BSN, List.of(product(type, 1001, "2016-03-01"), product(type, 1002, "2016-04-01")), true);
    }

    /** A start of care (JW305, WMO305) for one client. */
    static String start(Type type, String bsn) {
        String p = type.standaard();
        return "<Bericht xmlns=\"" + type.namespace() + "\" xmlns:" + p + "=\"" + type.basisnamespace() + "\">"
                + "<Header><BerichtCode>" + type.berichtCode() + "</BerichtCode><Afzender>12345678</Afzender><Ontvanger>0193</Ontvanger>"
                + "</Header><Client><Bsn>" + bsn + "</Bsn><StartProducten><StartProduct><ToewijzingNummer>1001</ToewijzingNummer>"
                + "<Begindatum>2016-03-01</Begindatum></StartProduct></StartProducten></Client></Bericht>";
    }

    /** A JW323 with two clients and three lines; the total is right. {@code tweede} is the second client's Bsn element. */
    static String jw323(String tweede) {
        return Ijwmonsters.jw323(JW323.namespace(), JW323.basisnamespace(), tweede);
    }

    static String jw323() {
        return jw323("<Bsn>" + BSN2 + "</Bsn>");
    }

    static byte[] utf8(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    /** The kinds of the test: allocations and starts of both standards, and one read as CSV only. */
    record Soort(String code, CsvBestand.Kolommen kolommen, Optional<Type> bericht) implements Invoerbestand.Soort {
        static Soort van(Type type) {
            return new Soort(type.bericht(), new CsvBestand.Kolommen(List.of("gemeente", "toewijzingnummer"), List.of("ingangsdatum"),
                    List.of(CsvBestand.BSN, CsvBestand.CLIENT)), Optional.of(type));
        }
    }

    static final Invoerbestand IJW_BESTAND = new Invoerbestand(IJW, "docs/test.md");
    static final Invoerbestand IWMO_BESTAND = new Invoerbestand(IWMO, "docs/test.md");

    /** A file of a kind as a module reads it, with {@link #record} as the record reader. */
    static Gelezen<Map<String, Object>> lees(Type type, String naam, byte[] inhoud, Invoerlimieten limieten) {
        Invoerbestand bestand = IJW.typen().contains(type) ? IJW_BESTAND : IWMO_BESTAND;
        return bestand.lees(Soort.van(type), naam, inhoud, limieten, (v, kolom) -> record(v));
    }

    static Gelezen<Map<String, Object>> lees(Type type, String naam, String bericht) {
        return lees(type, naam, utf8(bericht), Invoerlimieten.standaard());
    }

    /** A record reader as a module writes one: every column the test types have, each typed; null when a field is bad. */
    static Map<String, Object> record(Veldlezer v) {
        Map<String, Object> uit = new TreeMap<>();
        bewaar(uit, "gemeente", v.gemeente("gemeente"));
        bewaar(uit, "agb", v.agb("agb"));
        bewaar(uit, "toewijzingnummer", v.geheel("toewijzingnummer", true, 0, 999_999_999L));
        bewaar(uit, "bsn", v.tekst("bsn", false, 9));
        bewaar(uit, "declaratienummer", v.tekst("declaratienummer", false, 12));
        for (String datum : List.of("ingangsdatum", "begindatum", "geboortedatum")) {
            LocalDate d = v.datum(datum, false);
            bewaar(uit, datum, d);
        }
        bewaar(uit, "eenheid", v.code("eenheid", false, s -> s.matches("[0-9]{2}"), "geen eenheid (twee cijfers)"));
        bewaar(uit, "bedrag", v.bedrag("bedrag", false));
        bewaar(uit, "debetcredit", v.code("debetcredit", false, s -> s.equals("D") || s.equals("C"), "geen D (debet) of C (credit)"));
        return v.foutloos() ? uit : null;
    }

    private static void bewaar(Map<String, Object> uit, String kolom, Object waarde) {
        if (waarde != null) {
            uit.put(kolom, waarde);
        }
    }

    static Invoerlimieten limieten(int zipBerichten, int xmlDiepte) {
        Invoerlimieten s = Invoerlimieten.standaard();
        return new Invoerlimieten.Waarden(s.uploadBytes(), s.jsonBytes(), s.jsonDiepte(), s.jsonLijst(), s.jsonTekst(), zipBerichten,
                s.zipUitgepakt(), s.zipVerhouding(), s.csvRegellengte(), s.csvVelden(), xmlDiepte, s.decimaalPrecisie(), s.decimaalSchaal());
    }
}
