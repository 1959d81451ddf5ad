package nl.samenspel.demodata;

import java.time.LocalDate;

/** What every iJw 3.2 message shares: namespaces, the Header, and invented client details. */
final class IjwBericht {

    /** The versions the shared iJw 3.2 XSDs declare in their appinfo. */
    static final String BASISSCHEMA_XSD_VERSIE = "0.1.0";
    static final String BERICHT_XSD_VERSIE = "0.1.0";

    private IjwBericht() {
    }

    static String namespace(String bericht) {
        return "http://www.istandaarden.nl/ijw/3_2/" + bericht + "/schema";
    }

    /** BerichtIdentificatie/Identificatie is at most 12 characters: "JW301" + 7 digits. */
    static String identificatie(String bericht, int volgnummer) {
        return String.format("%S%07d", bericht, volgnummer);
    }

    static void header(XmlBouwer xml, String berichtCode, String afzender, String ontvanger, String identificatie,
            LocalDate dagtekening) {
        xml.open("Header")
                .blad("BerichtCode", berichtCode)
                .blad("BerichtVersie", "3")
                .blad("BerichtSubversie", "2")
                .blad("Afzender", afzender)
                .blad("Ontvanger", ontvanger)
                .open("BerichtIdentificatie")
                .bladBasis("Identificatie", identificatie)
                .bladBasis("Dagtekening", dagtekening)
                .sluit()
                .open("XsdVersie")
                .bladBasis("BasisschemaXsdVersie", BASISSCHEMA_XSD_VERSIE)
                .bladBasis("BerichtXsdVersie", BERICHT_XSD_VERSIE)
                .sluit()
                .sluit();
    }

    /** Bsn, Geboortedatum, Geslacht: the start of Client in JW301, JW305 and JW307. */
    static void clientBegin(XmlBouwer xml, String bsn) {
        Personalia p = Personalia.van(bsn);
        xml.blad("Bsn", bsn)
                .open("Geboortedatum").bladBasis("Datum", p.geboortedatum()).sluit()
                .blad("Geslacht", p.geslacht());
    }

    static void product(XmlBouwer xml, String categorie, String code) {
        xml.open("Product").bladBasis("Categorie", categorie).bladBasis("Code", code).sluit();
    }
}
