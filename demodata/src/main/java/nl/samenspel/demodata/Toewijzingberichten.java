package nl.samenspel.demodata;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** JW301/WMO301 toewijzing: gemeente to provider, one message per client with all its products there. */
final class Toewijzingberichten {

    private final Istandaard standaard;
    private final String bericht;
    private final String ns;
    private int volgnummer;

    /** The iJw JW301. */
    Toewijzingberichten() {
        this(Istandaard.IJW);
    }

    Toewijzingberichten(Istandaard standaard) {
        this.standaard = standaard;
        this.bericht = standaard.bericht("301");
        this.ns = standaard.namespace(bericht);
    }

    List<XmlBericht> maak(Gemeente gemeente, List<? extends Toegewezen> toewijzingen) {
        List<XmlBericht> berichten = new ArrayList<>();
        for (List<? extends Toegewezen> groep : Groepering.perAanbiederEnClient(toewijzingen)) {
            berichten.add(bericht(gemeente, groep));
        }
        return berichten;
    }

    private XmlBericht bericht(Gemeente gemeente, List<? extends Toegewezen> groep) {
        Toegewezen eerste = groep.get(0);
        String identificatie = IjwBericht.identificatie(bericht, ++volgnummer);
        LocalDate dagtekening = groep.stream().map(Toegewezen::toewijzingsdatum)
                .max(Comparator.naturalOrder()).orElseThrow();
        Personalia p = Personalia.van(eerste.bsn());

        XmlBouwer xml = new XmlBouwer(standaard, ns);
        IjwBericht.header(xml, standaard.berichtcode("301"), gemeente.code(), eerste.agb(), identificatie, dagtekening);
        xml.open("Client");
        IjwBericht.clientBegin(xml, eerste.bsn(), eerste.geboortedatum());
        xml.open("Naam")
                .openBasis("Geslachtsnaam").bladBasis("Achternaam", Personalia.GESLACHTSNAAM).sluit()
                .bladBasis("Voorletters", p.voorletter())
                .bladBasis("NaamGebruik", "1")
                .sluit();
        xml.open("Contactgegevens").open("Contact")
                .blad("Soort", "01")
                .open("Adres")
                .openBasis("Huis").bladBasis("Huisnummer", p.huisnummer()).sluit()
                .bladBasis("Postcode", Personalia.POSTCODE)
                .bladBasis("Straatnaam", Personalia.STRAAT)
                .bladBasis("Plaatsnaam", gemeente.naam())
                .bladBasis("LandCode", "NL")
                .sluit()
                .sluit().sluit();
        xml.open("ToegewezenProducten");
        for (Toegewezen t : groep) {
            toegewezenProduct(xml, t);
        }
        xml.sluit();
        xml.sluit();
        return new XmlBericht(identificatie + ".xml", xml.klaar());
    }

    private static void toegewezenProduct(XmlBouwer xml, Toegewezen t) {
        xml.open("ToegewezenProduct").blad("ToewijzingNummer", t.toewijzingnummer());
        IjwBericht.product(xml, t.categorie(), t.productcode());
        xml.blad("Toewijzingsdatum", t.toewijzingsdatum())
                .blad("Toewijzingstijd", tijd(t))
                .blad("Ingangsdatum", t.ingangsdatum());
        if (t.einddatum() != null) {
            xml.blad("Einddatum", t.einddatum());
        }
        if (t.volume() != null) {
            xml.open("Omvang")
                    .bladBasis("Volume", t.volume())
                    .bladBasis("Eenheid", t.eenheid())
                    .bladBasis("Frequentie", t.frequentie())
                    .sluit();
        }
        if (t.budget() != null) {
            xml.blad("Budget", t.budget());
        }
        xml.sluit();
    }

    /** A plausible office-hours time, the same for an allocation every time it is written. */
    private static String tijd(Toegewezen t) {
        LocalTime tijd = LocalTime.of(8, 30).plusMinutes((t.toewijzingnummer() * 37) % 480);
        return tijd + ":00";
    }
}
