package nl.samenspel.demodata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JW323/WMO323 declaratie: provider to gemeente, one message per declaration (provider,
 * gemeente, month) with its lines grouped per client.
 */
final class Declaratieberichten {

    private static final DateTimeFormatter JJMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final Istandaard standaard;
    private final String bericht;
    private final String ns;
    private final Map<String, String> bsnPerToewijzing = new LinkedHashMap<>();
    private final Map<String, String> eenheidPerProduct;
    private int volgnummer;

    /** The iJw JW323; the unit of a line is its product's. */
    Declaratieberichten(List<Toewijzing> toewijzingen, List<Product> producten) {
        this(Istandaard.IJW, toewijzingen, eenheden(producten));
    }

    /** {@code eenheidPerProduct}: the unit per "categorie/code". */
    Declaratieberichten(Istandaard standaard, List<? extends Toegewezen> toewijzingen,
            Map<String, String> eenheidPerProduct) {
        this.standaard = standaard;
        this.bericht = standaard.bericht("323");
        this.ns = standaard.namespace(bericht);
        for (Toegewezen t : toewijzingen) {
            bsnPerToewijzing.put(sleutel(t.gemeente(), t.toewijzingnummer()), t.bsn());
        }
        this.eenheidPerProduct = Map.copyOf(eenheidPerProduct);
    }

    private static Map<String, String> eenheden(List<Product> producten) {
        Map<String, String> eenheden = new LinkedHashMap<>();
        for (Product p : producten) {
            eenheden.put(p.categorie() + "/" + p.code(), p.eenheid());
        }
        return eenheden;
    }

    List<XmlBericht> maak(Gemeente gemeente, List<? extends Gedeclareerd> regels) {
        Map<String, List<Gedeclareerd>> perDeclaratie = new TreeMap<>();
        for (Gedeclareerd r : regels) {
            perDeclaratie.computeIfAbsent(r.declaratienummer(), k -> new ArrayList<>()).add(r);
        }
        List<XmlBericht> berichten = new ArrayList<>();
        for (Map.Entry<String, List<Gedeclareerd>> e : perDeclaratie.entrySet()) {
            berichten.add(bericht(gemeente, e.getKey(), e.getValue()));
        }
        return berichten;
    }

    private XmlBericht bericht(Gemeente gemeente, String declaratienummer, List<Gedeclareerd> regels) {
        String identificatie = IjwBericht.identificatie(bericht, ++volgnummer);
        YearMonth maand = Declaratienummering.maandVan(declaratienummer);
        // a correction can concern an earlier month: the period then widens to cover its line
        LocalDate begin = regels.stream().map(Gedeclareerd::begindatum)
                .filter(d -> d.isBefore(maand.atDay(1))).min(Comparator.naturalOrder()).orElse(maand.atDay(1));
        LocalDate einde = maand.atEndOfMonth();
        LocalDate dagtekening = maand.plusMonths(1).atDay(5);
        long saldo = regels.stream().mapToLong(Gedeclareerd::saldo).sum();

        Map<String, List<Gedeclareerd>> perClient = new LinkedHashMap<>();
        for (Gedeclareerd r : regels) {
            perClient.computeIfAbsent(bsnPerToewijzing.get(sleutel(r.gemeente(), r.toewijzingnummer())),
                    k -> new ArrayList<>()).add(r);
        }

        XmlBouwer xml = new XmlBouwer(standaard, ns);
        IjwBericht.header(xml, standaard.berichtcode("323"), regels.get(0).agb(), gemeente.code(), identificatie,
                dagtekening);
        xml.open("Declaratie")
                .blad("DeclaratieNummer", declaratienummer)
                .open("DeclaratiePeriode").bladBasis("Begindatum", begin).bladBasis("Einddatum", einde).sluit()
                .blad("DeclaratieDagtekening", dagtekening)
                .open("TotaalIngediendBedrag")
                .bladBasis("TotaalBedrag", Math.abs(saldo))
                .bladBasis("DebetCredit", saldo >= 0 ? "D" : "C")
                .sluit()
                .open("Clienten");
        for (Map.Entry<String, List<Gedeclareerd>> c : perClient.entrySet()) {
            xml.open("Client").blad("Bsn", c.getKey()).open("Prestaties");
            for (Gedeclareerd r : c.getValue()) {
                prestatie(xml, r);
            }
            xml.sluit().sluit();
        }
        xml.sluit().sluit();
        return new XmlBericht(identificatie + ".xml", xml.klaar());
    }

    /** ProductTarief is left out when the unit has none (83, euro's): the amount is then the volume itself. */
    private void prestatie(XmlBouwer xml, Gedeclareerd r) {
        xml.open("Prestatie")
                .open("ProductReferentie").bladBasis("ReferentieNummer", referentie(r)).sluit()
                .blad("ToewijzingNummer", r.toewijzingnummer())
                .blad("ProductCategorie", r.categorie())
                .blad("ProductCode", r.productcode())
                .open("ProductPeriode").bladBasis("Begindatum", r.begindatum()).bladBasis("Einddatum", r.einddatum()).sluit()
                .blad("GeleverdVolume", r.volume())
                .blad("Eenheid", eenheidPerProduct.get(r.categorie() + "/" + r.productcode()));
        if (r.productTarief() != null) {
            xml.blad("ProductTarief", r.productTarief());
        }
        xml.open("IngediendBedrag").bladBasis("Bedrag", r.bedrag()).bladBasis("DebetCredit", r.debetCredit()).sluit()
                .sluit();
    }

    /**
     * At most 20 characters: gemeente, toewijzingnummer and period start. A credit line
     * carries the reference of the debit it corrects, as iJw and iWmo ask.
     */
    static String referentie(Gedeclareerd r) {
        return r.gemeente() + String.format("%09d", r.toewijzingnummer()) + JJMMDD.format(r.begindatum());
    }

    private static String sleutel(String gemeente, long toewijzingnummer) {
        return gemeente + "/" + toewijzingnummer;
    }
}
