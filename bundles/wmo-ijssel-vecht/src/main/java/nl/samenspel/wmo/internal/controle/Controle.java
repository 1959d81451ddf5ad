package nl.samenspel.wmo.internal.controle;

import java.time.LocalDate;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.toewijzing.Opgeslagen;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.module.toewijzing.Levering;
import nl.samenspel.module.toewijzing.Omvang;
import nl.samenspel.module.toewijzing.Stand;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;
import nl.samenspel.wmo.internal.domein.Codes;
import nl.samenspel.wmo.internal.domein.Ondersteuning;
import nl.samenspel.wmo.internal.domein.Stamgegevens;
import nl.samenspel.wmo.internal.domein.Uitvoeringsvariant;
import nl.samenspel.wmo.internal.domein.Voorziening;
import nl.samenspel.wmo.internal.opslag.Gedeclareerd;

/**
 * The checks of the Wmo module that need more than one record: the register (a member of
 * {@code wmo-ijssel-vecht} on the dates), the master data (known provider with a contract, known
 * product of the right kind, a tariff), what is stored (the allocation a start, stop or declaration
 * refers to, what is declared on it already) and the rest of the file (a key twice). The start and
 * stop rules shared with youth care are {@link Levering}'s. Every failure is a {@link Regelfout} at
 * the record's place; no value of a record is repeated in a message.
 */
public final class Controle {

    /** Where master data comes from: a node and the hub both need it (docs/uitwisseling.md, "Stamgegevens"). */
    static final String STAMGEGEVENS = " (wmo/aanbieders, producten, tarieven, contracten: de hub en elk knooppunt hebben dezelfde"
            + " stamgegevens nodig; docs/uitwisseling.md)";

    private Controle() {
    }

    public static void aanbieders(List<Gelezen.Regel<Stamgegevens.Aanbieder>> regels, List<Regelfout> fouten) {
        Levering.uniek(regels, Stamgegevens.Aanbieder::agb, "agb", fouten);
    }

    /**
     * A tariff joins its product's history without overlap, and not in a year whose equalization run
     * is final: that year's allocated cost would change.
     */
    public static void tarieven(List<Gelezen.Regel<Stamgegevens.Tarief>> regels, Context c, List<Regelfout> fouten) {
        Map<Productsleutel, List<Stamgegevens.Tarief>> perProduct = new HashMap<>();
        for (Gelezen.Regel<Stamgegevens.Tarief> regel : regels) {
            Stamgegevens.Tarief t = regel.waarde();
            List<Vaststellingen.Vastgesteld> geraakt = c.geraakt(t.ingang().getYear(), t.einde() == null ? null : t.einde().getYear());
            if (!geraakt.isEmpty()) {
                fouten.add(new Regelfout(regel.plaats(), "ingangsdatum", "het tarief van " + t.product() + " vanaf " + t.ingang()
                        + " verandert de cijfers van " + Vaststellingen.weigering(geraakt)));
            }
            if (!c.stam().producten().bekend(t.product())) {
                fouten.add(new Regelfout(regel.plaats(), "code", "onbekend product " + t.product() + "; lees eerst de producten in"));
                continue;
            }
            List<Stamgegevens.Tarief> eerder = perProduct.computeIfAbsent(t.product(),
                    p -> new ArrayList<>(c.stam().tarieven().getOrDefault(p, List.of())));
            eerder.stream().filter(e -> overlapt(e.ingang(), e.einde(), t.ingang(), t.einde())).findFirst().ifPresent(e ->
                    fouten.add(new Regelfout(regel.plaats(), "ingangsdatum", "overlapt met het tarief van " + t.product() + " van "
                            + e.ingang() + " tot " + (e.einde() == null ? "(open)" : e.einde()) + "; tarieven hebben een geschiedenis, geen overlap")));
            eerder.add(t);
        }
    }

    /**
     * A contract line per subject (its {@link Stamgegevens.Contract#sleutel}); a stored one's amount
     * changes only knowingly: not in a year whose equalization run is final, and in a year that has
     * begun only with {@code wijziging = correctie}. Each change is reported with the old and new amount.
     */
    public static void contracten(List<Gelezen.Regel<Stamgegevens.Contractregel>> regels, Context c, LocalDate vandaag,
                                  List<Regelfout> fouten, List<Regelfout> wijzigingen) {
        Levering.uniek(regels, k -> k.contract().sleutel(), "jaar", fouten);
        Map<String, Long> opgeslagen = new HashMap<>();
        c.stam().contracten().forEach(k -> opgeslagen.put(k.sleutel(), k.bedrag()));
        for (Gelezen.Regel<Stamgegevens.Contractregel> regel : regels) {
            Stamgegevens.Contract k = regel.waarde().contract();
            String plaats = regel.plaats();
            if (!c.stam().aanbieders().contains(k.agb())) {
                fouten.add(new Regelfout(plaats, "agb", "onbekende aanbieder " + k.agb()));
            }
            contractonderwerp(plaats, k, c, fouten);
            Long oud = opgeslagen.get(k.sleutel());
            if (oud == null || oud == k.bedrag()) {
                continue;
            }
            String verschil = "bedrag " + Bedrag.eurocent(oud).alsTekst() + " → " + Bedrag.eurocent(k.bedrag()).alsTekst();
            List<Vaststellingen.Vastgesteld> run = c.geraakt(k.jaar(), k.jaar());
            if (!run.isEmpty()) {
                fouten.add(new Regelfout(plaats, "bedrag", "contract " + k.sleutel() + " (" + verschil + ") hoort bij een jaar met een"
                        + " definitieve verevening: " + run.get(0).omschrijving() + "; dat jaar blijft zoals afgerekend"));
            } else if (LocalDate.of(k.jaar(), 1, 1).isBefore(vandaag) && !regel.waarde().correctie()) {
                fouten.add(new Regelfout(plaats, "wijziging", "contract " + k.sleutel() + " is al opgeslagen (" + verschil
                        + ") en het jaar is begonnen; zet wijziging op correctie om het bedrag bewust te wijzigen"));
            } else {
                wijzigingen.add(new Regelfout(plaats, "", "contract " + k.sleutel() + ": " + verschil + (regel.waarde().correctie() ? " (correctie)" : "")));
            }
        }
    }

    /** What a contract line is about exists: its category or product, and for a task its gemeente and a taakgericht product. */
    private static void contractonderwerp(String plaats, Stamgegevens.Contract k, Context c, List<Regelfout> fouten) {
        if (k.code() != null) {
            Productsleutel product = new Productsleutel(k.categorie(), k.code());
            Optional<Stamgegevens.Productwaarden> w = c.stam().producten().op(product, LocalDate.of(k.jaar(), 1, 1));
            if (!c.stam().producten().bekend(product)) {
                fouten.add(new Regelfout(plaats, "productcode", "onbekend product " + product + "; lees eerst de producten in"));
            } else if (k.soort() == Stamgegevens.Contractsoort.TAAKGERICHT
                    && w.map(x -> x.variant() != Uitvoeringsvariant.TAAKGERICHT).orElse(true)) {
                fouten.add(new Regelfout(plaats, "productcode", "product " + product + " is op 1 januari " + k.jaar()
                        + " niet taakgericht; een taakgericht contract betaalt een taakgericht product"));
            }
        }
        if (k.gemeente() != null && !isLidInJaar(c, k.gemeente(), k.jaar())) {
            fouten.add(new Regelfout(plaats, "gemeente", "gemeente " + k.gemeente() + " is in " + k.jaar() + " geen lid van " + c.regio()));
        }
    }

    public static void budgetten(List<Gelezen.Regel<Stamgegevens.Budget>> regels, Context c, List<Regelfout> fouten) {
        Levering.uniek(regels, b -> b.gemeente() + "/" + b.jaar(), "jaar", fouten);
        for (Gelezen.Regel<Stamgegevens.Budget> regel : regels) {
            Stamgegevens.Budget b = regel.waarde();
            if (!isLidInJaar(c, b.gemeente(), b.jaar())) {
                fouten.add(new Regelfout(regel.plaats(), "gemeente", "gemeente " + b.gemeente() + " is in " + b.jaar() + " geen lid van " + c.regio()));
            }
        }
    }

    private static boolean isLidInJaar(Context c, String gemeente, int jaar) {
        return c.register().ledenInJaar(c.regio(), jaar).stream().anyMatch(g -> g.code().equals(gemeente));
    }

    /**
     * @param opgeslagen the stored allocations with the file's numbers: a changed allocation keeps its
     *                   start of care, so its new dates must still contain it
     */
    public static void toewijzingen(List<Gelezen.Regel<Ondersteuning.Toewijzing>> regels, Context c,
                                    Map<Toewijzingsleutel, Opgeslagen<Ondersteuning.Toewijzing>> opgeslagen, List<Regelfout> fouten) {
        Levering.toewijzingen(regels, opgeslagen, (plaats, t) -> toewijzing(plaats, t, c, fouten), "ondersteuning", fouten);
    }

    private static void toewijzing(String plaats, Ondersteuning.Toewijzing t, Context c, List<Regelfout> fouten) {
        lidOp(plaats, t.gemeente(), t.einde() == null ? List.of(t.ingang()) : List.of(t.ingang(), t.einde()), c, fouten);
        if (!c.stam().aanbieders().contains(t.agb())) {
            fouten.add(new Regelfout(plaats, "agb", "onbekende aanbieder " + t.agb() + "; lees eerst de aanbieders in" + STAMGEGEVENS));
        } else if (!c.stam().heeftContract(t.agb(), t.ingang().getYear())) {
            fouten.add(new Regelfout(plaats, "agb", "aanbieder " + t.agb() + " heeft geen contract in " + t.ingang().getYear()
                    + "; lees eerst de contracten in" + STAMGEGEVENS));
        }
        if (!c.stam().producten().bekend(t.product())) {
            fouten.add(new Regelfout(plaats, "productcode", "onbekend product " + t.product() + "; lees eerst de producten in" + STAMGEGEVENS));
            return;
        }
        // the size form is the allocation's from its first day: checked against the product as it was then
        Optional<Stamgegevens.Productwaarden> product = c.stam().producten().op(t.product(), t.ingang());
        if (product.isEmpty()) {
            fouten.add(new Regelfout(plaats, "ingangsdatum", "product " + t.product() + " bestaat nog niet op " + t.ingang()));
            return;
        }
        if (!omvangPastBijProduct(plaats, t, product.get(), fouten)) {
            return;
        }
        boolean tariefNodig = t.budget() == null && !Codes.EENHEID_EURO.equals(t.eenheid());
        LocalDate tariefdag = t.omvang().tariefdag(t.ingang().getYear());
        if (tariefNodig && c.stam().tariefOp(t.product(), tariefdag).isEmpty()) {
            fouten.add(new Regelfout(plaats, "productcode", "product " + t.product() + " heeft geen tarief op " + tariefdag));
        }
    }

    /**
     * iWmo: only a maatwerkvoorziening is allocated; inspanningsgericht is volume × the product's unit ×
     * frequency; outputgericht a result: a total in pieces or euros within the validity, or a budget;
     * taakgericht has no allocation messages.
     */
    private static boolean omvangPastBijProduct(String plaats, Ondersteuning.Toewijzing t, Stamgegevens.Productwaarden p, List<Regelfout> fouten) {
        if (p.voorziening() == Voorziening.ALGEMEEN) {
            fouten.add(new Regelfout(plaats, "productcode", "product " + t.product() + " is op " + t.ingang() + " een algemene voorziening:"
                    + " die wordt niet toegewezen maar per maand als gebruik gemeld"));
            return false;
        }
        switch (p.variant()) {
            case TAAKGERICHT -> {
                fouten.add(new Regelfout(plaats, "productcode", "product " + t.product()
                        + " is taakgericht: daarvoor bestaan geen toewijzingen (het contract betaalt de taak)"));
                return false;
            }
            case INSPANNINGSGERICHT -> {
                if (t.volume() == null) {
                    fouten.add(new Regelfout(plaats, "volume", "inspanningsgericht product " + t.product() + " vraagt volume, eenheid en frequentie"));
                } else if (!p.eenheid().equals(t.eenheid())) {
                    fouten.add(new Regelfout(plaats, "eenheid", "eenheid " + t.eenheid() + " past niet bij product " + t.product()
                            + " (eenheid " + p.eenheid() + ")"));
                }
            }
            case OUTPUTGERICHT -> {
                if (t.volume() != null && !(Codes.EENHEID_OUTPUT.equals(t.eenheid()) || Codes.EENHEID_EURO.equals(t.eenheid()))) {
                    fouten.add(new Regelfout(plaats, "eenheid", "outputgericht (traject): eenheid 82 (stuks) of 83 (euro's), niet " + t.eenheid()));
                }
                if (t.volume() != null && !Codes.FREQUENTIE_TOTAAL.equals(t.frequentie())) {
                    fouten.add(new Regelfout(plaats, "frequentie", "outputgericht (traject): frequentie 6 (totaal binnen de geldigheid), niet "
                            + t.frequentie()));
                }
            }
            default -> throw new IllegalStateException(String.valueOf(p.variant()));
        }
        return true;
    }

    public static void starts(List<Gelezen.Regel<nl.samenspel.module.toewijzing.StartZorg>> regels, Context c, List<Regelfout> fouten) {
        Levering.starts(regels, c.standen(), fouten);
    }

    public static void stops(List<Gelezen.Regel<nl.samenspel.module.toewijzing.StopZorg>> regels, Context c, List<Regelfout> fouten) {
        Levering.stops(regels, c.standen(), fouten);
    }

    /**
     * A declared month overlaps its allocation, in the allocation's unit, is read once, and its
     * amount is volume × the product's tariff when the line gives none (iWmo; unit 83 excepted).
     * What is delivered must fit the allocation: a total (frequency 6) over the whole validity, any
     * other frequency per month; a budget in euros.
     */
    public static void declaraties(List<Gelezen.Regel<Ondersteuning.Declaratieregel>> regels, Context c,
                                   Map<Toewijzingsleutel, Opgeslagen<Ondersteuning.Toewijzing>> toewijzingen, List<Regelfout> fouten) {
        Set<String> inBestand = new HashSet<>();
        Map<Toewijzingsleutel, Map<LocalDate, Long>> volumeInBestand = new HashMap<>();
        Map<Toewijzingsleutel, Long> bedragInBestand = new HashMap<>();
        for (Gelezen.Regel<Ondersteuning.Declaratieregel> regel : regels) {
            Ondersteuning.Declaratieregel d = regel.waarde();
            String plaats = regel.plaats();
            String sleutel = Gedeclareerd.sleutel(d);
            if (c.gedeclareerd().regels().contains(sleutel)) {
                fouten.add(new Regelfout(plaats, "declaratienummer", "deze regel van de declaratie is al ingelezen"));
            } else if (!inBestand.add(sleutel)) {
                fouten.add(new Regelfout(plaats, "declaratienummer", "deze regel van de declaratie staat twee keer in het bestand"));
            }
            Stand stand = Levering.stand(plaats, d.sleutel(), c.standen(), fouten);
            Opgeslagen<Ondersteuning.Toewijzing> o = toewijzingen.get(d.sleutel());
            if (stand == null || o == null) {
                continue;
            }
            Ondersteuning.Toewijzing t = o.toewijzing();
            // a month declares the days of it within the allocation: an allocation from the 10th declares that whole month
            if (d.einddatum().isBefore(stand.ingang()) || stand.einde() != null && d.begindatum().isAfter(stand.einde())) {
                fouten.add(new Regelfout(plaats, "begindatum", "de maand " + YearMonth.from(d.begindatum()) + " valt buiten de toewijzing ("
                        + stand.periode() + ")"));
                continue;
            }
            if (t.eenheid() != null && !t.eenheid().equals(d.eenheid())) {
                fouten.add(new Regelfout(plaats, "eenheid", "eenheid " + d.eenheid() + " is niet die van de toewijzing (" + t.eenheid() + ")"));
                continue;
            }
            if (d.tarief() == null && !Codes.EENHEID_EURO.equals(d.eenheid())) {
                Optional<Stamgegevens.Tarief> tarief = c.stam().tariefOp(t.product(), d.begindatum());
                if (tarief.isPresent() && d.volume() * tarief.get().tarief() != d.bedrag()) {
                    fouten.add(new Regelfout(plaats, "bedrag", "het ingediende bedrag is niet volume × het tarief van " + t.product() + " op "
                            + d.begindatum() + " (" + Bedrag.eurocent(tarief.get().tarief()).alsTekst() + ")"));
                }
            }
            volumeInBestand.computeIfAbsent(d.sleutel(), k -> new HashMap<>()).merge(d.begindatum(), d.volume(), Long::sum);
            bedragInBestand.merge(d.sleutel(), d.bedrag(), Long::sum);
            binnenToewijzing(plaats, d, t, c.gedeclareerd(), volumeInBestand.get(d.sleutel()), fouten);
        }
    }

    /** The volume delivered so far (stored and earlier in this file) plus this line's fits the allocation. */
    private static void binnenToewijzing(String plaats, Ondersteuning.Declaratieregel d, Ondersteuning.Toewijzing t, Gedeclareerd opgeslagen,
                                         Map<LocalDate, Long> inBestand, List<Regelfout> fouten) {
        Omvang omvang = t.omvang();
        if (t.volume() == null) {
            return; // a budget: declared in euros (unit 83), bounded by the budget in the monitoring of use
        }
        boolean totaal = Codes.FREQUENTIE_TOTAAL.equals(t.frequentie());
        LocalDate van = totaal ? t.ingang() : d.begindatum();
        LocalDate tot = totaal ? (t.einde() == null ? d.einddatum() : t.einde()) : d.einddatum();
        long geleverd = opgeslagen.volume(t.sleutel(), van, tot) + inBestand.entrySet().stream()
                .filter(e -> !e.getKey().isBefore(van) && !e.getKey().isAfter(tot)).mapToLong(Map.Entry::getValue).sum();
        long mag = omvang.eenhedenTot(van, tot);
        if (geleverd > mag) {
            fouten.add(new Regelfout(plaats, "volume", "het geleverde volume (" + geleverd + ") past niet in de toewijzing: "
                    + (totaal ? "hooguit " + mag + " in de hele geldigheid" : "hooguit " + mag + " in " + YearMonth.from(d.begindatum()))));
        }
    }

    /**
     * A month's use is of an algemene voorziening (on the first day of that month), from a known
     * provider, for a member gemeente; a stored month is replaced only with {@code wijziging = correctie}.
     */
    public static void gebruik(List<Gelezen.Regel<Ondersteuning.Gebruik>> regels, Context c, Map<String, Ondersteuning.Gebruik> opgeslagen,
                               List<Regelfout> fouten) {
        Levering.uniek(regels, Ondersteuning.Gebruik::sleutel, "maand", fouten);
        for (Gelezen.Regel<Ondersteuning.Gebruik> regel : regels) {
            Ondersteuning.Gebruik g = regel.waarde();
            String plaats = regel.plaats();
            LocalDate eersteDag = maandVanAanbieder(plaats, g.gemeente(), g.agb(), g.maand(), c, fouten);
            Optional<Stamgegevens.Productwaarden> w = c.stam().producten().op(g.product(), eersteDag);
            if (!c.stam().producten().bekend(g.product())) {
                fouten.add(new Regelfout(plaats, "productcode", "onbekend product " + g.product() + "; lees eerst de producten in" + STAMGEGEVENS));
            } else if (w.map(x -> x.voorziening() != Voorziening.ALGEMEEN).orElse(true)) {
                fouten.add(new Regelfout(plaats, "productcode", "product " + g.product() + " is in " + g.maand() + " geen algemene voorziening;"
                        + " een maatwerkvoorziening wordt toegewezen en gedeclareerd"));
            }
            Ondersteuning.Gebruik eerder = opgeslagen.get(g.sleutel());
            if (eerder != null && !g.correctie() && (eerder.deelnemers() != g.deelnemers() || eerder.bedrag() != g.bedrag())) {
                fouten.add(new Regelfout(plaats, "wijziging", "het gebruik van " + g.maand() + " is al ingelezen met andere cijfers;"
                        + " zet wijziging op correctie om het bewust te vervangen"));
            } else if (eerder == null && g.correctie()) {
                fouten.add(new Regelfout(plaats, "wijziging", "er is geen ingelezen gebruik van " + g.maand() + " om te corrigeren"));
            }
        }
    }

    /**
     * A known participant is of an algemene voorziening in that month, from a known provider, for a
     * member gemeente; a month's known participants are no more than its reported use says. A
     * participant reported again changes nothing.
     *
     * @param opgeslagen the stored participants of the file's months ({@link Ondersteuning.Deelnemer#sleutel})
     * @param gebruik    the stored use of the file's months, by {@link Ondersteuning.Gebruik#sleutel}
     */
    public static void deelnemers(List<Gelezen.Regel<Ondersteuning.Deelnemer>> regels, Context c, Set<String> opgeslagen,
                                  Map<String, Ondersteuning.Gebruik> gebruik, List<Regelfout> fouten) {
        Levering.uniek(regels, Ondersteuning.Deelnemer::sleutel, "client", fouten);
        Map<String, Set<String>> bekend = new HashMap<>();
        for (String sleutel : opgeslagen) {
            bekend.computeIfAbsent(sleutel.substring(0, sleutel.lastIndexOf('/')), k -> new HashSet<>()).add(sleutel);
        }
        for (Gelezen.Regel<Ondersteuning.Deelnemer> regel : regels) {
            Ondersteuning.Deelnemer d = regel.waarde();
            String plaats = regel.plaats();
            LocalDate eersteDag = maandVanAanbieder(plaats, d.gemeente(), d.agb(), d.maand(), c, fouten);
            if (c.stam().producten().op(d.product(), eersteDag).map(x -> x.voorziening() != Voorziening.ALGEMEEN).orElse(true)) {
                fouten.add(new Regelfout(plaats, "productcode", "product " + d.product() + " is in " + d.maand() + " geen algemene voorziening"));
            }
            Set<String> maand = bekend.computeIfAbsent(d.gebruik(), k -> new HashSet<>());
            maand.add(d.sleutel());
            Ondersteuning.Gebruik g = gebruik.get(d.gebruik());
            if (g != null && maand.size() > g.deelnemers()) {
                fouten.add(new Regelfout(plaats, "client", "meer bekende deelnemers (" + maand.size() + ") dan het gemelde gebruik van "
                        + d.maand() + " (" + g.deelnemers() + ")"));
            }
        }
    }

    /**
     * A provider's report of a month of an algemene voorziening, use or participant: its gemeente is a
     * member on the month's first day and its provider is known.
     *
     * @return the month's first day, on which the product must be an algemene voorziening
     */
    private static LocalDate maandVanAanbieder(String plaats, String gemeente, String agb, YearMonth maand, Context c, List<Regelfout> fouten) {
        LocalDate eersteDag = maand.atDay(1);
        lidOp(plaats, gemeente, List.of(eersteDag), c, fouten);
        if (!c.stam().aanbieders().contains(agb)) {
            fouten.add(new Regelfout(plaats, "agb", "onbekende aanbieder " + agb + "; lees eerst de aanbieders in" + STAMGEGEVENS));
        }
        return eersteDag;
    }

    private static void lidOp(String plaats, String gemeente, List<LocalDate> dagen, Context c, List<Regelfout> fouten) {
        if (c.register().gemeente(gemeente).isEmpty()) {
            fouten.add(new Regelfout(plaats, "gemeente", "onbekende gemeente " + gemeente));
            return;
        }
        for (LocalDate dag : dagen) {
            if (!c.isLidOp(gemeente, dag)) {
                fouten.add(new Regelfout(plaats, "gemeente", "gemeente " + gemeente + " is op " + dag + " geen lid van " + c.regio()));
            }
        }
    }

    private static boolean overlapt(LocalDate van1, LocalDate tot1, LocalDate van2, LocalDate tot2) {
        return (tot2 == null || !van1.isAfter(tot2)) && (tot1 == null || !van2.isAfter(tot1));
    }
}
