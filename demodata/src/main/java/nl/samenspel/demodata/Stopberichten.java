package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** JW307/WMO307 stop zorg: provider to gemeente, one message per client with all its stops there. */
final class Stopberichten {

    private final Istandaard standaard;
    private final String bericht;
    private final String ns;
    private int volgnummer;

    /** The iJw JW307. */
    Stopberichten() {
        this(Istandaard.IJW);
    }

    Stopberichten(Istandaard standaard) {
        this.standaard = standaard;
        this.bericht = standaard.bericht("307");
        this.ns = standaard.namespace(bericht);
    }

    List<XmlBericht> maak(Gemeente gemeente, List<? extends Toegewezen> toewijzingen) {
        List<Toegewezen> gestopt = toewijzingen.stream().filter(t -> t.stopZorg() != null)
                .map(Toegewezen.class::cast).toList();
        List<XmlBericht> berichten = new ArrayList<>();
        for (List<Toegewezen> groep : Groepering.perAanbiederEnClient(gestopt)) {
            berichten.add(bericht(gemeente, groep));
        }
        return berichten;
    }

    private XmlBericht bericht(Gemeente gemeente, List<Toegewezen> groep) {
        Toegewezen eerste = groep.get(0);
        String identificatie = IjwBericht.identificatie(bericht, ++volgnummer);
        LocalDate dagtekening = groep.stream().map(Toegewezen::stopZorg).max(Comparator.naturalOrder()).orElseThrow();

        XmlBouwer xml = new XmlBouwer(standaard, ns);
        IjwBericht.header(xml, standaard.berichtcode("307"), eerste.agb(), gemeente.code(), identificatie, dagtekening);
        xml.open("Client");
        IjwBericht.clientBegin(xml, eerste.bsn(), eerste.geboortedatum());
        VerkorteNaam.schrijf(xml, eerste.bsn());
        xml.open("StopProducten");
        for (Toegewezen t : groep) {
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
