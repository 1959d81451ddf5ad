package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** JW307 stop zorg: provider to gemeente, one message per client with all its stops there. */
final class Jw307Berichten {

    private static final String NS = IjwBericht.namespace("jw307");
    private int volgnummer;

    List<XmlBericht> maak(Gemeente gemeente, List<Toewijzing> toewijzingen) {
        List<Toewijzing> gestopt = toewijzingen.stream().filter(t -> t.stopZorg() != null).toList();
        List<XmlBericht> berichten = new ArrayList<>();
        for (List<Toewijzing> groep : Groepering.perAanbiederEnClient(gestopt)) {
            berichten.add(bericht(gemeente, groep));
        }
        return berichten;
    }

    private XmlBericht bericht(Gemeente gemeente, List<Toewijzing> groep) {
        Toewijzing eerste = groep.get(0);
        String identificatie = IjwBericht.identificatie("jw307", ++volgnummer);
        LocalDate dagtekening = groep.stream().map(Toewijzing::stopZorg).max(Comparator.naturalOrder()).orElseThrow();

        XmlBouwer xml = new XmlBouwer(NS);
        IjwBericht.header(xml, "440", eerste.agb(), gemeente.code(), identificatie, dagtekening);
        xml.open("Client");
        IjwBericht.clientBegin(xml, eerste.bsn());
        VerkorteNaam.schrijf(xml, eerste.bsn());
        xml.open("StopProducten");
        for (Toewijzing t : groep) {
            xml.open("StopProduct").blad("ToewijzingNummer", t.toewijzingnummer());
            IjwBericht.product(xml, t.categorie(), t.productcode());
            xml.blad("ToewijzingIngangsdatum", t.ingangsdatum())
                    .blad("Begindatum", t.startZorg())
                    .blad("RedenBeeindiging", t.stopReden())
                    .blad("Einddatum", t.stopZorg())
                    .blad("StatusAanlevering", "1")
                    .sluit();
        }
        xml.sluit().sluit();
        return new XmlBericht(identificatie + ".xml", xml.klaar());
    }
}
