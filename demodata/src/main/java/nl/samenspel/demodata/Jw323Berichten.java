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
 * JW323 declaratie: provider to gemeente, one message per declaration (provider, gemeente,
 * month) with its lines grouped per client.
 */
final class Jw323Berichten {

    private static final String NS = IjwBericht.namespace("jw323");
    private static final DateTimeFormatter JJMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final Map<String, String> bsnPerToewijzing = new LinkedHashMap<>();
    private final Map<String, String> eenheidPerProduct = new LinkedHashMap<>();
    private int volgnummer;

    Jw323Berichten(List<Toewijzing> toewijzingen, List<Product> producten) {
        for (Toewijzing t : toewijzingen) {
            bsnPerToewijzing.put(sleutel(t.gemeente(), t.toewijzingnummer()), t.bsn());
        }
        for (Product p : producten) {
            eenheidPerProduct.put(p.categorie() + "/" + p.code(), p.eenheid());
        }
    }

    List<XmlBericht> maak(Gemeente gemeente, List<Declaratieregel> regels) {
        Map<String, List<Declaratieregel>> perDeclaratie = new TreeMap<>();
        for (Declaratieregel r : regels) {
            perDeclaratie.computeIfAbsent(r.declaratienummer(), k -> new ArrayList<>()).add(r);
        }
        List<XmlBericht> berichten = new ArrayList<>();
        for (Map.Entry<String, List<Declaratieregel>> e : perDeclaratie.entrySet()) {
            berichten.add(bericht(gemeente, e.getKey(), e.getValue()));
        }
        return berichten;
    }

    private XmlBericht bericht(Gemeente gemeente, String declaratienummer, List<Declaratieregel> regels) {
        String identificatie = IjwBericht.identificatie("jw323", ++volgnummer);
        YearMonth maand = DeclaratieGenerator.maandVan(declaratienummer);
        // a correction can concern an earlier month: the period then widens to cover its line
        LocalDate begin = regels.stream().map(Declaratieregel::begindatum)
                .filter(d -> d.isBefore(maand.atDay(1))).min(Comparator.naturalOrder()).orElse(maand.atDay(1));
        LocalDate einde = maand.atEndOfMonth();
        LocalDate dagtekening = maand.plusMonths(1).atDay(5);
        long saldo = regels.stream().mapToLong(Declaratieregel::saldo).sum();

        Map<String, List<Declaratieregel>> perClient = new LinkedHashMap<>();
        for (Declaratieregel r : regels) {
            perClient.computeIfAbsent(bsnPerToewijzing.get(sleutel(r.gemeente(), r.toewijzingnummer())),
                    k -> new ArrayList<>()).add(r);
        }

        XmlBouwer xml = new XmlBouwer(NS);
        IjwBericht.header(xml, "490", regels.get(0).agb(), gemeente.code(), identificatie, dagtekening);
        xml.open("Declaratie")
                .blad("DeclaratieNummer", declaratienummer)
                .open("DeclaratiePeriode").bladBasis("Begindatum", begin).bladBasis("Einddatum", einde).sluit()
                .blad("DeclaratieDagtekening", dagtekening)
                .open("TotaalIngediendBedrag")
                .bladBasis("TotaalBedrag", Math.abs(saldo))
                .bladBasis("DebetCredit", saldo >= 0 ? "D" : "C")
                .sluit()
                .open("Clienten");
        for (Map.Entry<String, List<Declaratieregel>> c : perClient.entrySet()) {
            xml.open("Client").blad("Bsn", c.getKey()).open("Prestaties");
            for (Declaratieregel r : c.getValue()) {
                prestatie(xml, r);
            }
            xml.sluit().sluit();
        }
        xml.sluit().sluit();
        return new XmlBericht(identificatie + ".xml", xml.klaar());
    }

    private void prestatie(XmlBouwer xml, Declaratieregel r) {
        xml.open("Prestatie")
                .open("ProductReferentie").bladBasis("ReferentieNummer", referentie(r)).sluit()
                .blad("ToewijzingNummer", r.toewijzingnummer())
                .blad("ProductCategorie", r.categorie())
                .blad("ProductCode", r.productcode())
                .open("ProductPeriode").bladBasis("Begindatum", r.begindatum()).bladBasis("Einddatum", r.einddatum()).sluit()
                .blad("GeleverdVolume", r.volume())
                .blad("Eenheid", eenheidPerProduct.get(r.categorie() + "/" + r.productcode()))
                .blad("ProductTarief", r.tarief())
                .open("IngediendBedrag").bladBasis("Bedrag", r.bedrag()).bladBasis("DebetCredit", r.debetCredit()).sluit()
                .sluit();
    }

    /**
     * At most 20 characters: gemeente, toewijzingnummer and period start. A credit line
     * carries the reference of the debit it corrects, as iJw asks.
     */
    static String referentie(Declaratieregel r) {
        return r.gemeente() + String.format("%09d", r.toewijzingnummer()) + JJMMDD.format(r.begindatum());
    }

    private static String sleutel(String gemeente, long toewijzingnummer) {
        return gemeente + "/" + toewijzingnummer;
    }
}
