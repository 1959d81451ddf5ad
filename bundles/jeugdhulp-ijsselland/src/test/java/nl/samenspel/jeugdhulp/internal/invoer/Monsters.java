package nl.samenspel.jeugdhulp.internal.invoer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.testsupport.Ijwmonsters;

/** Valid iJw messages and files built in the test, with valid BSNs (elfproef) and a name where a message has them. */
final class Monsters {

    static final String BSN = Ijwmonsters.BSN;
    static final String BSN2 = Ijwmonsters.BSN2;
    static final String BASIS = Ijwberichten.JW301.basisnamespace();

    private Monsters() {
    }

    /** One ToegewezenProduct; {@code ingang} is put as given, so a test can make it bad. */
    static String product(int nummer, String ingang) {
        return "<ToegewezenProduct><ToewijzingNummer>" + nummer + "</ToewijzingNummer><Product><ijw:Categorie>45</ijw:Categorie>"
                + "<ijw:Code>45A01</ijw:Code></Product><Toewijzingsdatum>2016-02-15</Toewijzingsdatum><Ingangsdatum>" + ingang
                + "</Ingangsdatum><Einddatum>2016-12-31</Einddatum><Omvang><ijw:Volume>3</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid>"
                + "<ijw:Frequentie>2</ijw:Frequentie></Omvang></ToegewezenProduct>";
    }

    /** A JW301 on one line (after the declaration's line when {@code metDeclaratie}). */
    static String jw301(String bsn, List<String> producten, boolean metDeclaratie) {
        return (metDeclaratie ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "")
                + "<Bericht xmlns=\"" + Ijwberichten.JW301.namespace() + "\" xmlns:ijw=\"" + BASIS + "\">"
                + "<Header><BerichtCode>436</BerichtCode><BerichtVersie>3</BerichtVersie><Afzender>0193</Afzender>"
                + "<Ontvanger>12345678</Ontvanger></Header>"
                + "<Client><Bsn>" + bsn + "</Bsn><Geboortedatum><ijw:Datum>2008-05-04</ijw:Datum></Geboortedatum>"
                + "<Naam><Geslachtsnaam><ijw:Achternaam>Jansen</ijw:Achternaam></Geslachtsnaam><ijw:Voorletters>P</ijw:Voorletters></Naam>"
                + "<ToegewezenProducten>" + String.join("", producten) + "</ToegewezenProducten></Client></Bericht>";
    }

    static String jw301() {
        return jw301(BSN, List.of(product(1001, "2016-03-01"), product(1002, "2016-04-01")), true);
    }

    /** A JW323 with two clients and three lines; the total is right. */
    static String jw323() {
        return Ijwmonsters.jw323(Ijwberichten.JW323.namespace(), BASIS, "<Bsn>" + BSN2 + "</Bsn>");
    }

    static final String CSV = "gemeente;toewijzingnummer;bsn;agb;categorie;productcode;ingangsdatum;einddatum;volume;eenheid;frequentie;budget\n"
            + "0193;1;" + BSN + ";12345678;45;45A01;2016-03-01;2016-08-31;3;04;2;\n"
            + "0193;2;" + BSN2 + ";12345678;45;45A01;2016-03-01;2016-12-31;;;;150000\n";

    static byte[] utf8(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    /** Allocations as the import reads them, with a pseudonym for every valid BSN. */
    static Gelezen<?> toewijzingen(String naam, byte[] inhoud, Invoerlimieten limieten) {
        return Importsoort.BESTAND.lees(Importsoort.TOEWIJZINGEN, naam, inhoud, limieten, (v, k) -> Recordlezer.toewijzing(v, k, b -> "ab".repeat(32)));
    }

    static Gelezen<?> declaraties(String naam, byte[] inhoud, Invoerlimieten limieten) {
        return Importsoort.BESTAND.lees(Importsoort.DECLARATIES, naam, inhoud, limieten, (v, k) -> Recordlezer.declaratie(v));
    }

    static Invoerlimieten limieten(int zipBerichten, int xmlDiepte) {
        Invoerlimieten s = Invoerlimieten.standaard();
        return new Invoerlimieten.Waarden(s.uploadBytes(), s.jsonBytes(), s.jsonDiepte(), s.jsonLijst(), s.jsonTekst(), zipBerichten,
                s.zipUitgepakt(), s.zipVerhouding(), s.csvRegellengte(), s.csvVelden(), xmlDiepte, s.decimaalPrecisie(), s.decimaalSchaal());
    }
}
