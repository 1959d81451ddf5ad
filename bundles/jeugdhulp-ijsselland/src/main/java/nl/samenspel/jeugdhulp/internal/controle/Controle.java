package nl.samenspel.jeugdhulp.internal.controle;

import java.time.LocalDate;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.toewijzing.Opgeslagen;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.jeugdhulp.internal.domein.Codes;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.module.toewijzing.Levering;
import nl.samenspel.module.toewijzing.Stand;
import nl.samenspel.module.toewijzing.StartZorg;
import nl.samenspel.module.toewijzing.StopZorg;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;

/**
 * The checks that need more than one record: the register (a member of the region on the
 * dates), what is stored (known provider, a contract that year, a known product with a
 * tariff, an allocation a start, stop or declaration refers to) and the rest of the file
 * (a key twice). The rules of starts, stops and replacing an allocation are those of every module
 * that works by allocation ({@link Levering}). Every failure is a {@link Regelfout} at the record's place.
 */
public final class Controle {

    private Controle() {
    }

    public static void aanbieders(List<Gelezen.Regel<Stamgegevens.Aanbieder>> regels, List<Regelfout> fouten) {
        Levering.uniek(regels, Stamgegevens.Aanbieder::agb, "agb", fouten);
    }

    /**
     * A tariff joins its product's history without overlap, and not in a year whose equalization run
     * is final while the product is in use then: the figures of that year (allocated cost) would change.
     */
    public static void tarieven(List<Gelezen.Regel<Stamgegevens.Tarief>> regels, Context c, Definitief definitief, List<Regelfout> fouten) {
        Map<Productsleutel, List<Stamgegevens.Tarief>> perProduct = new HashMap<>();
        for (Gelezen.Regel<Stamgegevens.Tarief> regel : regels) {
            Stamgegevens.Tarief t = regel.waarde();
            Productsleutel product = new Productsleutel(t.categorie(), t.code());
            List<Vaststellingen.Vastgesteld> geraakt = definitief.geraakt(product, t.ingang().getYear(),
                    t.einde() == null ? null : t.einde().getYear());
            if (!geraakt.isEmpty()) {
                fouten.add(new Regelfout(regel.plaats(), "ingangsdatum", "het tarief van " + product + " vanaf " + t.ingang()
                        + " verandert de cijfers van " + Vaststellingen.weigering(geraakt)));
            }
            if (!c.producten().containsKey(product)) {
                fouten.add(new Regelfout(regel.plaats(), "code", "onbekend product " + product + "; lees eerst de producten in"));
                continue;
            }
            List<Stamgegevens.Tarief> eerder = perProduct.computeIfAbsent(product, p -> new ArrayList<>(c.tarieven().getOrDefault(p, List.of())));
            eerder.stream().filter(e -> overlapt(e.ingang(), e.einde(), t.ingang(), t.einde())).findFirst().ifPresent(e ->
                    fouten.add(new Regelfout(regel.plaats(), "ingangsdatum", "overlapt met het tarief van " + product + " van "
                            + e.ingang() + " tot " + (e.einde() == null ? "(open)" : e.einde()) + "; tarieven hebben een geschiedenis, geen overlap")));
            eerder.add(t);
        }
    }

    /**
     * A contract per provider and year; a stored one's ceiling changes only knowingly: not in a
     * year whose equalization run is final (named), and in a year that has begun only with
     * {@code wijziging = correctie}. Each change is reported with the old and new ceiling.
     */
    public static void contracten(List<Gelezen.Regel<Stamgegevens.Contractregel>> regels, Context c, Map<String, Long> opgeslagen,
                                  List<Vaststellingen.Vastgesteld> definitief, LocalDate vandaag, List<Regelfout> fouten,
                                  List<Regelfout> wijzigingen) {
        Levering.uniek(regels, k -> k.contract().agb() + "/" + k.contract().jaar(), "jaar", fouten);
        for (Gelezen.Regel<Stamgegevens.Contractregel> regel : regels) {
            Stamgegevens.Contract k = regel.waarde().contract();
            if (!c.aanbieders().contains(k.agb())) {
                fouten.add(new Regelfout(regel.plaats(), "agb", "onbekende aanbieder " + k.agb()));
            }
            Long oud = opgeslagen.get(k.agb() + "/" + k.jaar());
            if (oud == null || oud == k.plafond()) {
                continue;
            }
            String verschil = "budgetplafond " + Bedrag.eurocent(oud).alsTekst() + " → " + Bedrag.eurocent(k.plafond()).alsTekst();
            List<Vaststellingen.Vastgesteld> run = Vaststellingen.geraakt(definitief, k.jaar(), k.jaar());
            if (!run.isEmpty()) {
                fouten.add(new Regelfout(regel.plaats(), "budgetplafond", "contract " + k.agb() + "/" + k.jaar() + " (" + verschil
                        + ") hoort bij een jaar met een definitieve verevening: " + run.get(0).omschrijving() + "; dat jaar blijft zoals afgerekend"));
            } else if (LocalDate.of(k.jaar(), 1, 1).isBefore(vandaag) && !regel.waarde().correctie()) {
                fouten.add(new Regelfout(regel.plaats(), "wijziging", "contract " + k.agb() + "/" + k.jaar() + " is al opgeslagen ("
                        + verschil + ") en het jaar is begonnen; zet wijziging op correctie om het plafond bewust te wijzigen"));
            } else {
                wijzigingen.add(new Regelfout(regel.plaats(), "", "contract " + k.agb() + "/" + k.jaar() + ": " + verschil
                        + (regel.waarde().correctie() ? " (correctie)" : "")));
            }
        }
    }

    public static void budgetten(List<Gelezen.Regel<Stamgegevens.Budget>> regels, Context c, List<Regelfout> fouten) {
        Levering.uniek(regels, b -> b.gemeente() + "/" + b.jaar(), "jaar", fouten);
        for (Gelezen.Regel<Stamgegevens.Budget> regel : regels) {
            Stamgegevens.Budget b = regel.waarde();
            if (c.register().ledenInJaar(c.regio(), b.jaar()).stream().noneMatch(g -> g.code().equals(b.gemeente()))) {
                fouten.add(new Regelfout(regel.plaats(), "gemeente", "gemeente " + b.gemeente() + " is in " + b.jaar() + " geen lid van " + c.regio()));
            }
        }
    }

    /**
     * @param opgeslagen the stored allocations with the file's numbers; a changed allocation keeps its
     *                   start of care, so its new dates must still contain it
     */
    public static void toewijzingen(List<Gelezen.Regel<Zorg.Toewijzing>> regels, Context c,
                                    Map<Toewijzingsleutel, Opgeslagen<Zorg.Toewijzing>> opgeslagen, List<Regelfout> fouten) {
        Levering.toewijzingen(regels, opgeslagen, (plaats, t) -> toewijzing(plaats, t, c, fouten), "zorg", fouten);
    }

    /**
     * Where master data comes from: the hub checks a node's allocations against its own providers,
     * products and contracts, so both ends need them (docs/uitwisseling.md, "Stamgegevens").
     */
    static final String STAMGEGEVENS = " (jeugdhulp/aanbieders, producten, contracten: de hub en elk knooppunt hebben dezelfde stamgegevens"
            + " nodig; docs/uitwisseling.md)";

    private static void toewijzing(String plaats, Zorg.Toewijzing t, Context c, List<Regelfout> fouten) {
        if (c.register().gemeente(t.gemeente()).isEmpty()) {
            fouten.add(new Regelfout(plaats, "gemeente", "onbekende gemeente " + t.gemeente()));
        } else {
            for (LocalDate dag : t.einde() == null ? List.of(t.ingang()) : List.of(t.ingang(), t.einde())) {
                if (!c.isLidOp(t.gemeente(), dag)) {
                    fouten.add(new Regelfout(plaats, "gemeente", "gemeente " + t.gemeente() + " is op " + dag + " geen lid van " + c.regio()));
                }
            }
        }
        if (!c.aanbieders().contains(t.agb())) {
            fouten.add(new Regelfout(plaats, "agb", "onbekende aanbieder " + t.agb() + "; lees eerst de aanbieders in" + STAMGEGEVENS));
        } else if (!c.contracten().contains(t.agb() + "/" + t.ingang().getYear())) {
            fouten.add(new Regelfout(plaats, "agb", "aanbieder " + t.agb() + " heeft geen contract in " + t.ingang().getYear()
                    + "; lees eerst de contracten in" + STAMGEGEVENS));
        }
        Stamgegevens.Product product = c.producten().get(t.product());
        if (product == null) {
            fouten.add(new Regelfout(plaats, "productcode", "onbekend product " + t.product() + "; lees eerst de producten in" + STAMGEGEVENS));
            return;
        }
        // the size form is the allocation's from its first day: checked against the product as it was then
        omvangPastBijVariant(plaats, t, c.productOp(t.product(), t.ingang()), fouten);
        boolean tariefNodig = t.budget() == null && !Codes.EENHEID_EURO.equals(t.eenheid());
        LocalDate tariefdag = t.omvang().tariefdag(t.ingang().getYear());
        if (tariefNodig && c.tariefOp(t.product(), tariefdag).isEmpty()) {
            fouten.add(new Regelfout(plaats, "productcode", "product " + t.product() + " heeft geen tarief op " + tariefdag));
        }
    }

    /** iJw: inspanningsgericht is volume × the product's unit × frequency; outputgericht a total in pieces or euros; taakgericht no allocation. */
    private static void omvangPastBijVariant(String plaats, Zorg.Toewijzing t, Stamgegevens.Product p, List<Regelfout> fouten) {
        switch (p.variant()) {
            case TAAKGERICHT -> fouten.add(new Regelfout(plaats, "productcode", "product " + p.sleutel()
                    + " is taakgericht: daarvoor bestaan geen toewijzingen"));
            case INSPANNINGSGERICHT -> {
                if (t.volume() == null) {
                    fouten.add(new Regelfout(plaats, "volume", "inspanningsgericht product " + p.sleutel() + " vraagt volume, eenheid en frequentie"));
                } else if (!p.eenheid().equals(t.eenheid())) {
                    fouten.add(new Regelfout(plaats, "eenheid", "eenheid " + t.eenheid() + " past niet bij product " + p.sleutel()
                            + " (eenheid " + p.eenheid() + ", " + Codes.EENHEDEN.get(p.eenheid()) + ")"));
                }
            }
            case OUTPUTGERICHT -> {
                if (t.volume() != null && !(Codes.EENHEID_OUTPUT.equals(t.eenheid()) || Codes.EENHEID_EURO.equals(t.eenheid()))) {
                    fouten.add(new Regelfout(plaats, "eenheid", "outputgericht: eenheid 82 (stuks) of 83 (euro's), niet " + t.eenheid()));
                }
                if (t.volume() != null && !Codes.FREQUENTIE_TOTAAL.equals(t.frequentie())) {
                    fouten.add(new Regelfout(plaats, "frequentie", "outputgericht: frequentie 6 (totaal binnen de geldigheid), niet " + t.frequentie()));
                }
                if (Codes.EENHEID_EURO.equals(t.eenheid()) && t.budget() == null) {
                    fouten.add(new Regelfout(plaats, "budget", "outputgericht in euro's (eenheid 83) vraagt een budget"));
                }
            }
            default -> throw new IllegalStateException(String.valueOf(p.variant()));
        }
    }

    /**
     * A start per allocation in a file; a stored start changes only as iJw changes it: with
     * StatusAanlevering 2 (a changed delivery) or after a withdrawal (3).
     */
    public static void starts(List<Gelezen.Regel<StartZorg>> regels, Context c, List<Regelfout> fouten) {
        Levering.starts(regels, c.toewijzingen(), fouten);
    }

    /** A stop per allocation in a file; a stored stop changes only with StatusAanlevering 2 or after a withdrawal, as a start. */
    public static void stops(List<Gelezen.Regel<StopZorg>> regels, Context c, List<Regelfout> fouten) {
        Levering.stops(regels, c.toewijzingen(), fouten);
    }

    public static void declaraties(List<Gelezen.Regel<Zorg.Declaratieregel>> regels, Context c, List<Regelfout> fouten) {
        Set<String> inBestand = new HashSet<>();
        for (Gelezen.Regel<Zorg.Declaratieregel> regel : regels) {
            Zorg.Declaratieregel d = regel.waarde();
            Stand t = Levering.stand(regel.plaats(), d.sleutel(), c.toewijzingen(), fouten);
            if (t != null && (!t.bevat(d.begindatum()) || !t.bevat(d.einddatum()))) {
                fouten.add(new Regelfout(regel.plaats(), "begindatum", "periode " + d.begindatum() + " tot " + d.einddatum()
                        + " valt buiten de toewijzing (" + t.periode() + ")"));
            }
            String sleutel = declaratiesleutel(d);
            if (c.declaraties().contains(sleutel)) {
                fouten.add(new Regelfout(regel.plaats(), "declaratienummer", "deze regel van de declaratie is al ingelezen"));
            } else if (!inBestand.add(sleutel)) {
                fouten.add(new Regelfout(regel.plaats(), "declaratienummer", "deze regel van de declaratie staat twee keer in het bestand"));
            }
        }
    }

    /** What makes a declared line the same line: declaration, allocation, period and signed amount. */
    public static String declaratiesleutel(Zorg.Declaratieregel d) {
        return d.gemeente() + "/" + d.declaratienummer() + "/" + d.nummer() + "/" + d.begindatum() + "/" + d.einddatum() + "/" + d.bedrag();
    }

    private static boolean overlapt(LocalDate van1, LocalDate tot1, LocalDate van2, LocalDate tot2) {
        return (tot2 == null || !van1.isAfter(tot2)) && (tot1 == null || !van2.isAfter(tot1));
    }
}
