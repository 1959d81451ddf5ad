package nl.samenspel.testsupport;

/** Valid iJw messages that the tests of more than one bundle read, with valid BSNs (elfproef). */
public final class Ijwmonsters {

    public static final String BSN = "111222333";
    public static final String BSN2 = "123456782";

    private Ijwmonsters() {
    }

    /**
     * A JW323 with two clients and three lines; the total is right. The caller names the message's
     * namespaces (the reader's own, so a changed version shows) and {@code tweede}, the second
     * client's Bsn element.
     */
    public static String jw323(String namespace, String basisnamespace, String tweede) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Bericht xmlns=\"" + namespace + "\" xmlns:ijw=\""
                + basisnamespace + "\">\n  <Header><BerichtCode>490</BerichtCode><Afzender>12345678</Afzender>"
                + "<Ontvanger>0193</Ontvanger></Header>\n"
                + "  <Declaratie><DeclaratieNummer>DN1</DeclaratieNummer><TotaalIngediendBedrag><ijw:TotaalBedrag>250</ijw:TotaalBedrag>"
                + "<ijw:DebetCredit>D</ijw:DebetCredit></TotaalIngediendBedrag>\n    <Clienten>\n"
                + "      <Client><Bsn>" + BSN + "</Bsn><Naam><ijw:Achternaam>Jansen</ijw:Achternaam></Naam><Prestaties>"
                + prestatie(1001, 100, "D") + prestatie(1002, 200, "D") + "</Prestaties></Client>\n"
                + "      <Client>" + tweede + "<Prestaties>" + prestatie(1003, 50, "C") + "</Prestaties></Client>\n"
                + "    </Clienten></Declaratie>\n</Bericht>\n";
    }

    private static String prestatie(int nummer, int bedrag, String dc) {
        return "<Prestatie><ToewijzingNummer>" + nummer + "</ToewijzingNummer><ProductCategorie>45</ProductCategorie>"
                + "<ProductCode>45A01</ProductCode><ProductPeriode><ijw:Begindatum>2016-01-01</ijw:Begindatum>"
                + "<ijw:Einddatum>2016-01-31</ijw:Einddatum></ProductPeriode><IngediendBedrag><ijw:Bedrag>" + bedrag + "</ijw:Bedrag>"
                + "<ijw:DebetCredit>" + dc + "</ijw:DebetCredit></IngediendBedrag></Prestatie>";
    }
}
