package nl.samenspel.beschermdwonen.internal.controle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Register;
import nl.samenspel.beschermdwonen.internal.domein.Aanmelding;
import nl.samenspel.beschermdwonen.internal.domein.Codes;
import nl.samenspel.beschermdwonen.internal.domein.Plaatsing;
import nl.samenspel.beschermdwonen.internal.domein.Voorziening;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;

/**
 * The checks that need more than one line: the register (a herkomstgemeente that is a member of
 * the region on the placement's dates), what is stored (a known facility, an application that
 * exists), the rest of the file (a key twice) and the capacity of every facility on every day.
 */
public final class Controle {

    private Controle() {
    }

    /** What placements are checked against. */
    public record Context(Register register, String regio, List<Voorziening> voorzieningen, Set<String> aanmeldingen,
                          List<Plaatsing> opgeslagen) {

        Map<String, List<Lidmaatschap>> lidmaatschappen() {
            return register.lidmaatschappen(regio).stream().collect(Collectors.groupingBy(Lidmaatschap::gemeente));
        }
    }

    /**
     * A facilities file replaces the capacity history of the facilities it names; the stored
     * placements must still fit it, day by day (overbookings excepted).
     */
    public static void voorzieningen(List<Gelezen.Regel<Voorziening>> regels, Register register, List<Plaatsing> opgeslagen,
                                     List<Regelfout> fouten) {
        voorzieningen(regels, register, fouten);
        Map<String, List<Voorziening>> nieuw = regels.stream().map(Gelezen.Regel::waarde).collect(Collectors.groupingBy(Voorziening::code));
        Map<String, String> eersteRegel = new HashMap<>();
        regels.forEach(r -> eersteRegel.putIfAbsent(r.waarde().code(), r.plaats()));
        Map<String, List<Plaatsing>> perVoorziening = opgeslagen.stream().filter(p -> nieuw.containsKey(p.voorziening()) && !p.overboeking())
                .collect(Collectors.groupingBy(Plaatsing::voorziening));
        perVoorziening.forEach((code, plaatsingen) -> eersteOverschrijding(plaatsingen, nieuw.get(code)).ifPresent(o ->
                fouten.add(new Regelfout(eersteRegel.get(code), "capaciteit", "voorziening " + code + " heeft op " + o.dag() + " "
                        + o.bezet() + " opgeslagen plaatsingen " + (o.capaciteit() == null ? o.bijCapaciteit(nieuw.get(code))
                        : "bij de nieuwe capaciteit van " + o.capaciteit())))));
    }

    /** The first day on which the placements exceed the capacity of the periods; {@code capaciteit} null: no period on that day. */
    record Overschrijding(LocalDate dag, int bezet, Integer capaciteit) {

        String bijCapaciteit(List<Voorziening> perioden) {
            if (capaciteit != null) {
                return "bij een capaciteit van " + capaciteit;
            }
            return "terwijl de voorziening op die dag geen capaciteit heeft (geen capaciteitsperiode"
                    + perioden.stream().map(Voorziening::ingang).filter(dag::isBefore).min(LocalDate::compareTo)
                    .map(d -> "; de volgende begint op " + d).orElse("") + ")";
        }
    }

    static java.util.Optional<Overschrijding> eersteOverschrijding(List<Plaatsing> tellend, List<Voorziening> perioden) {
        TreeMap<LocalDate, Integer> verloop = new TreeMap<>();
        TreeSet<LocalDate> grenzen = new TreeSet<>();
        for (Plaatsing p : tellend) {
            verloop.merge(p.ingang(), 1, Integer::sum);
            grenzen.add(p.ingang());
            if (p.einde() != null) {
                verloop.merge(p.einde().plusDays(1), -1, Integer::sum);
                grenzen.add(p.einde().plusDays(1));
            }
        }
        perioden.forEach(v -> {
            grenzen.add(v.ingang());
            if (v.einde() != null) {
                grenzen.add(v.einde().plusDays(1));
            }
        });
        int bezet = 0;
        for (LocalDate dag : grenzen) {
            bezet += verloop.getOrDefault(dag, 0);
            if (bezet == 0) {
                continue;
            }
            // no period on the day is no capacity at all, which the report says as such (not "a capacity of 0")
            Integer capaciteit = perioden.stream().filter(v -> v.isGeldigOp(dag)).map(Voorziening::capaciteit).findFirst().orElse(null);
            if (capaciteit == null || bezet > capaciteit) {
                return java.util.Optional.of(new Overschrijding(dag, bezet, capaciteit));
            }
        }
        return java.util.Optional.empty();
    }

    private static void voorzieningen(List<Gelezen.Regel<Voorziening>> regels, Register register, List<Regelfout> fouten) {
        Map<String, List<Gelezen.Regel<Voorziening>>> perCode = regels.stream().collect(Collectors.groupingBy(r -> r.waarde().code()));
        for (List<Gelezen.Regel<Voorziening>> reeks : perCode.values()) {
            Voorziening eerste = reeks.get(0).waarde();
            List<Gelezen.Regel<Voorziening>> opVolgorde = reeks.stream().sorted((a, b) -> a.waarde().ingang().compareTo(b.waarde().ingang())).toList();
            for (int i = 0; i < opVolgorde.size(); i++) {
                Gelezen.Regel<Voorziening> r = opVolgorde.get(i);
                Voorziening v = r.waarde();
                if (!v.naam().equals(eerste.naam()) || !v.agb().equals(eerste.agb()) || !v.vestigingsgemeente().equals(eerste.vestigingsgemeente())
                        || v.soort() != eerste.soort()) {
                    fouten.add(new Regelfout(r.plaats(), "code", "voorziening " + v.code() + " heeft op " + reeks.get(0).plaats()
                            + " een andere naam, agb, vestigingsgemeente of soort"));
                }
                if (i > 0) {
                    Voorziening vorige = opVolgorde.get(i - 1).waarde();
                    if (vorige.einde() == null || !vorige.einde().isBefore(v.ingang())) {
                        fouten.add(new Regelfout(r.plaats(), "ingangsdatum", "capaciteitsperiode van " + v.code() + " overlapt met die op "
                                + opVolgorde.get(i - 1).plaats()));
                    }
                }
                if (register.gemeente(v.vestigingsgemeente()).isEmpty()) {
                    fouten.add(new Regelfout(r.plaats(), "vestigingsgemeente", "onbekende gemeente " + v.vestigingsgemeente()));
                }
            }
        }
    }

    /**
     * Applications: a number once per herkomstgemeente, a member on the application date; a stored
     * number with other values only as {@code wijziging = correctie} (no silent replacement).
     */
    public static void aanmeldingen(List<Gelezen.Regel<Aanmelding>> regels, Register register, String regio, List<Aanmelding> opgeslagen,
                                    List<Regelfout> fouten) {
        uniek(regels, Aanmelding::sleutel, "aanmeldingnummer", fouten);
        Map<String, List<Lidmaatschap>> leden = register.lidmaatschappen(regio).stream().collect(Collectors.groupingBy(Lidmaatschap::gemeente));
        Map<String, Aanmelding> eerder = new HashMap<>();
        opgeslagen.forEach(a -> eerder.put(a.sleutel(), a));
        for (Gelezen.Regel<Aanmelding> r : regels) {
            Aanmelding a = r.waarde();
            lid(r.plaats(), a.herkomstgemeente(), a.datum(), leden, regio, fouten);
            Aanmelding oud = eerder.get(a.sleutel());
            if (oud == null && a.correctie()) {
                fouten.add(new Regelfout(r.plaats(), "wijziging", "er is geen opgeslagen aanmelding " + a.sleutel() + " om te corrigeren"));
            } else if (oud != null && !oud.zelfdeAls(a) && !a.correctie()) {
                fouten.add(new Regelfout(r.plaats(), "aanmeldingnummer", "aanmelding " + a.sleutel() + " is al opgeslagen (datum " + oud.datum()
                        + ") met andere waarden; zet wijziging op correctie om haar te wijzigen, of geef een nieuw aanmeldingnummer"));
            }
        }
    }

    /**
     * Checks the placements and returns them with their facility's vestigingsgemeente filled in.
     */
    public static List<Plaatsing> plaatsingen(List<Gelezen.Regel<Plaatsing>> regels, Context c, List<Regelfout> fouten) {
        uniek(regels, Plaatsing::sleutel, "plaatsingnummer", fouten);
        Map<String, List<Lidmaatschap>> leden = c.lidmaatschappen();
        Map<String, List<Voorziening>> voorzieningen = c.voorzieningen().stream().collect(Collectors.groupingBy(Voorziening::code));
        List<Plaatsing> aangevuld = new ArrayList<>();
        Map<Plaatsing, String> plaats = new HashMap<>();
        for (Gelezen.Regel<Plaatsing> r : regels) {
            Plaatsing p = r.waarde();
            lid(r.plaats(), p.herkomstgemeente(), p.ingang(), leden, c.regio(), fouten);
            if (p.einde() != null) {
                lid(r.plaats(), p.herkomstgemeente(), p.einde(), leden, c.regio(), fouten);
            }
            if (p.aanmelding() != null && !c.aanmeldingen().contains(p.herkomstgemeente() + "/" + p.aanmelding())) {
                fouten.add(new Regelfout(r.plaats(), "aanmelding", "geen aanmelding met dit nummer van " + p.herkomstgemeente()
                        + "; lees eerst de aanmeldingen in"));
            }
            List<Voorziening> perioden = voorzieningen.get(p.voorziening());
            if (perioden == null) {
                fouten.add(new Regelfout(r.plaats(), "voorziening", "onbekende voorziening; lees eerst de voorzieningen in"));
                continue;
            }
            Plaatsing metVestiging = p.metVestiging(perioden.get(0).vestigingsgemeente());
            aangevuld.add(metVestiging);
            plaats.put(metVestiging, r.plaats());
        }
        eenPlaatsingPerAanmelding(regels, c, fouten);
        geenStilleVervanging(regels, c, fouten);
        capaciteit(aangevuld, plaats, c, voorzieningen, fouten);
        return aangevuld;
    }

    /**
     * A stored number is not replaced without a word: a line with a stored key and other values
     * needs a {@code wijziging} ({@code einde}: only the end changes; {@code correctie}: anything),
     * and a {@code wijziging} needs a stored placement. The same values again change nothing and pass.
     */
    private static void geenStilleVervanging(List<Gelezen.Regel<Plaatsing>> regels, Context c, List<Regelfout> fouten) {
        Map<String, Plaatsing> opgeslagen = new HashMap<>();
        c.opgeslagen().forEach(p -> opgeslagen.put(p.sleutel(), p));
        for (Gelezen.Regel<Plaatsing> r : regels) {
            Plaatsing p = r.waarde();
            Plaatsing eerder = opgeslagen.get(p.sleutel());
            if (eerder == null) {
                if (p.wijziging() != null) {
                    fouten.add(new Regelfout(r.plaats(), "wijziging", "er is geen opgeslagen plaatsing " + p.sleutel() + " om te wijzigen;"
                            + " laat wijziging leeg voor een nieuwe plaatsing"));
                }
                continue;
            }
            List<String> anders = p.verschillenMet(eerder);
            if (p.wijziging() == null && !anders.isEmpty()) {
                fouten.add(new Regelfout(r.plaats(), "plaatsingnummer", "plaatsing " + p.sleutel() + " is al opgeslagen (ingang "
                        + eerder.ingang() + ", voorziening " + eerder.voorziening() + ") en wijkt af in " + String.join(", ", anders)
                        + "; zet wijziging op einde of correctie om haar te wijzigen, of geef een nieuw plaatsingnummer"));
            } else if (p.wijziging() == nl.samenspel.invoer.Wijziging.EINDE && !List.of("einddatum", "eindreden").containsAll(anders)) {
                fouten.add(new Regelfout(r.plaats(), "wijziging", "einde wijzigt alleen einddatum en eindreden; ook anders: "
                        + String.join(", ", anders.stream().filter(v -> !v.equals("einddatum") && !v.equals("eindreden")).toList())
                        + "; gebruik correctie"));
            }
        }
    }

    /** An application is closed by one placement; a second one would count it twice on the waiting list. */
    private static void eenPlaatsingPerAanmelding(List<Gelezen.Regel<Plaatsing>> regels, Context c, List<Regelfout> fouten) {
        Set<String> inBestand = regels.stream().map(r -> r.waarde().sleutel()).collect(Collectors.toSet());
        Map<String, String> gesloten = new HashMap<>();
        c.opgeslagen().stream().filter(p -> p.aanmelding() != null && !inBestand.contains(p.sleutel()))
                .forEach(p -> gesloten.put(p.herkomstgemeente() + "/" + p.aanmelding(), "een opgeslagen plaatsing"));
        for (Gelezen.Regel<Plaatsing> r : regels) {
            Plaatsing p = r.waarde();
            if (p.aanmelding() == null) {
                continue;
            }
            String eerder = gesloten.putIfAbsent(p.herkomstgemeente() + "/" + p.aanmelding(), r.plaats());
            if (eerder != null) {
                fouten.add(new Regelfout(r.plaats(), "aanmelding", "deze aanmelding van " + p.herkomstgemeente()
                        + " is al gesloten door " + eerder));
            }
        }
    }

    private static void lid(String plaats, String gemeente, LocalDate dag, Map<String, List<Lidmaatschap>> leden, String regio,
                            List<Regelfout> fouten) {
        if (leden.getOrDefault(gemeente, List.of()).stream().noneMatch(l -> l.isGeldigOp(dag))) {
            fouten.add(new Regelfout(plaats, "herkomstgemeente", "gemeente " + gemeente + " is op " + dag + " geen lid van " + regio));
        }
    }

    /**
     * On no day may a facility hold more placements than its capacity, counting what is stored
     * and what the file adds or replaces; placements marked {@code overboeking} are the explicit
     * exception and do not count. A violation names the file's placements in that facility on the
     * first day it occurs.
     */
    private static void capaciteit(List<Plaatsing> nieuw, Map<Plaatsing, String> plaats, Context c,
                                   Map<String, List<Voorziening>> voorzieningen, List<Regelfout> fouten) {
        Set<String> vervangen = nieuw.stream().map(Plaatsing::sleutel).collect(Collectors.toSet());
        Map<String, List<Plaatsing>> perVoorziening = new HashMap<>();
        nieuw.forEach(p -> perVoorziening.computeIfAbsent(p.voorziening(), v -> new ArrayList<>()).add(p));
        Set<String> geraakt = perVoorziening.keySet();
        c.opgeslagen().stream().filter(p -> geraakt.contains(p.voorziening()) && !vervangen.contains(p.sleutel()))
                .forEach(p -> perVoorziening.get(p.voorziening()).add(p));
        for (Map.Entry<String, List<Plaatsing>> e : perVoorziening.entrySet()) {
            List<Voorziening> perioden = voorzieningen.get(e.getKey());
            List<Plaatsing> tellend = e.getValue().stream().filter(p -> !p.overboeking()).toList();
            eersteOverschrijding(tellend, perioden).ifPresent(o -> {
                List<Plaatsing> schuldig = tellend.stream().filter(p -> p.isActiefOp(o.dag()) && plaats.containsKey(p)).toList();
                schuldig.forEach(p -> fouten.add(new Regelfout(plaats.get(p), "voorziening", "voorziening " + e.getKey() + " heeft op "
                        + o.dag() + " " + o.bezet() + " plaatsingen " + o.bijCapaciteit(perioden)
                        + (o.capaciteit() == null ? "" : "; zet overboeking op ja om dit bewust toe te staan"))));
            });
        }
    }

    private static <T> void uniek(List<Gelezen.Regel<T>> regels, Function<T, String> sleutel, String veld, List<Regelfout> fouten) {
        Map<String, String> eerder = new HashMap<>();
        for (Gelezen.Regel<T> r : regels) {
            String vorige = eerder.putIfAbsent(sleutel.apply(r.waarde()), r.plaats());
            if (vorige != null && !Objects.equals(vorige, r.plaats())) {
                fouten.add(new Regelfout(r.plaats(), veld, "komt ook voor op " + vorige));
            }
        }
    }
}
