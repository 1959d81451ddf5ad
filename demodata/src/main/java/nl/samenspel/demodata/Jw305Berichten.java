package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** JW305 start zorg: provider to gemeente, one message per client with all its starts there. */
final class Jw305Berichten {

    private static final String NS = IjwBericht.namespace("jw305");
    private int volgnummer;

    List<XmlBericht> maak(Gemeente gemeente, List<Toewijzing> toewijzingen) {
        List<Toewijzing> gestart = toewijzingen.stream().filter(t -> t.startZorg() != null).toList();
        List<XmlBericht> berichten = new ArrayList<>();
        for (List<Toewijzing> groep : Groepering.perAanbiederEnClient(gestart)) {
            berichten.add(bericht(gemeente, groep));
        }
        return berichten;
    }

    private XmlBericht bericht(Gemeente gemeente, List<Toewijzing> groep) {
        Toewijzing eerste = groep.get(0);
        String identificatie = IjwBericht.identificatie("jw305", ++volgnummer);
        LocalDate dagtekening = groep.stream().map(Toewijzing::startZorg).max(Comparator.naturalOrder()).orElseThrow();

        XmlBouwer xml = new XmlBouwer(NS);
        IjwBericht.header(xml, "438", eerste.agb(), gemeente.code(), identificatie, dagtekening);
        xml.open("Client");
        IjwBericht.clientBegin(xml, eerste.bsn());
        VerkorteNaam.schrijf(xml, eerste.bsn());
        xml.open("StartProducten");
        for (Toewijzing t : groep) {
            xml.open("StartProduct").blad("ToewijzingNummer", t.toewijzingnummer());
            IjwBericht.product(xml, t.categorie(), t.productcode());
            xml.blad("ToewijzingIngangsdatum", t.ingangsdatum())
                    .blad("Begindatum", t.startZorg())
                    .blad("StatusAanlevering", "1")
                    .sluit();
        }
        xml.sluit().sluit();
        return new XmlBericht(identificatie + ".xml", xml.klaar());
    }
}
