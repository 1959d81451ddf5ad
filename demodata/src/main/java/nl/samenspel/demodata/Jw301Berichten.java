package nl.samenspel.demodata;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** JW301 toewijzing: gemeente to provider, one message per client with all its products there. */
final class Jw301Berichten {

    private static final String NS = IjwBericht.namespace("jw301");
    private int volgnummer;

    List<XmlBericht> maak(Gemeente gemeente, List<Toewijzing> toewijzingen) {
        List<XmlBericht> berichten = new ArrayList<>();
        for (List<Toewijzing> groep : Groepering.perAanbiederEnClient(toewijzingen)) {
            berichten.add(bericht(gemeente, groep));
        }
        return berichten;
    }

    private XmlBericht bericht(Gemeente gemeente, List<Toewijzing> groep) {
        Toewijzing eerste = groep.get(0);
        String identificatie = IjwBericht.identificatie("jw301", ++volgnummer);
        LocalDate dagtekening = groep.stream().map(Toewijzing::toewijzingsdatum)
                .max(Comparator.naturalOrder()).orElseThrow();
        Personalia p = Personalia.van(eerste.bsn());

        XmlBouwer xml = new XmlBouwer(NS);
        IjwBericht.header(xml, "436", gemeente.code(), eerste.agb(), identificatie, dagtekening);
        xml.open("Client");
        IjwBericht.clientBegin(xml, eerste.bsn());
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
        for (Toewijzing t : groep) {
            toegewezenProduct(xml, t);
        }
        xml.sluit();
        xml.sluit();
        return new XmlBericht(identificatie + ".xml", xml.klaar());
    }

    private static void toegewezenProduct(XmlBouwer xml, Toewijzing t) {
        xml.open("ToegewezenProduct").blad("ToewijzingNummer", t.toewijzingnummer());
        IjwBericht.product(xml, t.categorie(), t.productcode());
        xml.blad("Toewijzingsdatum", t.toewijzingsdatum())
                .blad("Toewijzingstijd", tijd(t))
                .blad("Ingangsdatum", t.ingangsdatum())
                .blad("Einddatum", t.einddatum());
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
    private static String tijd(Toewijzing t) {
        LocalTime tijd = LocalTime.of(8, 30).plusMinutes((t.toewijzingnummer() * 37) % 480);
        return tijd + ":00";
    }
}
