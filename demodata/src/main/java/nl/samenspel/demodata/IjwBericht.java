package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * What every iJw and iWmo 3.2 message shares: the Header, the message identification and
 * invented client details. The standard comes from the {@link XmlBouwer}, so a writer that
 * knows nothing of youth care or Wmo still writes the right versions.
 */
final class IjwBericht {

    /** BerichtIdentificatie/Identificatie (LDT_IdentificatieBericht) is at most 12 characters. */
    private static final int IDENTIFICATIE_LENGTE = 12;

    private IjwBericht() {
    }

    /** The iJw namespace of a message such as {@code jw301}. */
    static String namespace(String bericht) {
        return Istandaard.IJW.namespace(bericht);
    }

    /** The message name in capitals padded with the sequence number to 12 characters: "JW3010000001", "WMO301000001". */
    static String identificatie(String bericht, int volgnummer) {
        String identificatie = String.format("%S%0" + (IDENTIFICATIE_LENGTE - bericht.length()) + "d", bericht, volgnummer);
        if (identificatie.length() > IDENTIFICATIE_LENGTE) {
            throw new IllegalStateException("message number " + volgnummer + " does not fit a " + bericht
                    + " identification of " + IDENTIFICATIE_LENGTE + " characters");
        }
        return identificatie;
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
                .bladBasis("BasisschemaXsdVersie", xml.standaard().basisschemaXsdVersie())
                .bladBasis("BerichtXsdVersie", xml.standaard().berichtXsdVersie())
                .sluit()
                .sluit();
    }

    /** Bsn, Geboortedatum, Geslacht: the start of Client in JW301, JW305 and JW307, with a birth date made up from the BSN. */
    static void clientBegin(XmlBouwer xml, String bsn) {
        clientBegin(xml, bsn, Personalia.van(bsn).geboortedatum());
    }

    /** As {@link #clientBegin(XmlBouwer, String)}, with the birth date the dataset holds for the client. */
    static void clientBegin(XmlBouwer xml, String bsn, LocalDate geboortedatum) {
        xml.blad("Bsn", bsn)
                .open("Geboortedatum").bladBasis("Datum", geboortedatum).sluit()
                .blad("Geslacht", Personalia.van(bsn).geslacht());
    }

    static void product(XmlBouwer xml, String categorie, String code) {
        xml.open("Product").bladBasis("Categorie", categorie).bladBasis("Code", code).sluit();
    }
}
