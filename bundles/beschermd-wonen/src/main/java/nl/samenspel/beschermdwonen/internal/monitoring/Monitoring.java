package nl.samenspel.beschermdwonen.internal.monitoring;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import nl.samenspel.api.cijfers.Percentage;
import java.util.stream.Collectors;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Register;
import nl.samenspel.beschermdwonen.internal.budget.Budgetverdeling;
import nl.samenspel.beschermdwonen.internal.budget.Regiobudget;
import nl.samenspel.beschermdwonen.internal.domein.Codes;
import nl.samenspel.beschermdwonen.internal.domein.Lidmaatschapsdagen;
import nl.samenspel.beschermdwonen.internal.domein.Plaatsing;
import nl.samenspel.beschermdwonen.internal.domein.Regels;
import nl.samenspel.beschermdwonen.internal.domein.Voorziening;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The centrumgemeente's figures, computed from what is stored and the year's budget file. */
@Component(service = Monitoring.class)
public class Monitoring {

    private final BwOpslag opslag;

    @Activate
    public Monitoring(@Reference BwOpslag opslag) {
        this.opslag = opslag;
    }

    public Overzichten.Bezetting bezetting(Register register, LocalDate dag) throws SQLException {
        Map<String, int[]> perVoorziening = opslag.bezetOp(dag);
        List<Overzichten.Bezettingregel> regels = new ArrayList<>();
        Map<String, int[]> perGemeente = new TreeMap<>();
        for (Voorziening v : opslag.voorzieningen()) {
            if (!v.isGeldigOp(dag)) {
                continue;
            }
            int[] n = perVoorziening.getOrDefault(v.code(), new int[2]);
            regels.add(new Overzichten.Bezettingregel(v.code(), v.naam(), v.vestigingsgemeente(), Codes.code(v.soort()), v.capaciteit(), n[0], n[1],
                    Percentage.van(n[0] + n[1], v.capaciteit())));
            int[] g = perGemeente.computeIfAbsent(v.vestigingsgemeente(), x -> new int[3]);
            g[0] += v.capaciteit();
            g[1] += n[0];
            g[2] += n[1];
        }
        List<Overzichten.Gemeentebezetting> gemeenten = new ArrayList<>();
        perGemeente.forEach((code, g) -> gemeenten.add(new Overzichten.Gemeentebezetting(code, naam(register, code), g[0], g[1], g[2],
                Percentage.van(g[1] + g[2], g[0]))));
        return new Overzichten.Bezetting(dag, regels, gemeenten);
    }

    public Overzichten.Spreiding spreiding(Register register, int jaar) throws SQLException {
        Map<String, Map<String, Integer>> herkomstNaarVestiging = new TreeMap<>();
        Map<String, Map<String, Integer>> vestigingUitHerkomst = new TreeMap<>();
        for (BwOpslag.Telling t : opslag.tel(BwOpslag.HERKOMST, BwOpslag.VESTIGING, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31))) {
            herkomstNaarVestiging.computeIfAbsent(t.a(), g -> new TreeMap<>()).merge(t.b(), t.aantal(), Integer::sum);
            vestigingUitHerkomst.computeIfAbsent(t.b(), g -> new TreeMap<>()).merge(t.a(), t.aantal(), Integer::sum);
        }
        List<Overzichten.Herkomstregel> herkomst = new ArrayList<>();
        herkomstNaarVestiging.forEach((g, waar) -> {
            int totaal = waar.values().stream().mapToInt(Integer::intValue).sum();
            int eigen = waar.getOrDefault(g, 0);
            herkomst.add(new Overzichten.Herkomstregel(g, naam(register, g), totaal, eigen, totaal - eigen, Percentage.van(totaal - eigen, totaal), waar));
        });
        List<Overzichten.Vestigingregel> vestiging = new ArrayList<>();
        vestigingUitHerkomst.forEach((g, van) -> {
            int totaal = van.values().stream().mapToInt(Integer::intValue).sum();
            vestiging.add(new Overzichten.Vestigingregel(g, naam(register, g), totaal, totaal - van.getOrDefault(g, 0), van));
        });
        return new Overzichten.Spreiding(jaar, herkomst, vestiging);
    }

    public Overzichten.Uitstroom uitstroom(int jaar) throws SQLException {
        Map<String, Integer> perReden = new TreeMap<>();
        Codes.codes(Codes.Eindreden.class).forEach(r -> perReden.put(r, 0));
        perReden.putAll(opslag.beeindigdPerReden(jaar));
        int beeindigd = perReden.values().stream().mapToInt(Integer::intValue).sum();
        return new Overzichten.Uitstroom(jaar, beeindigd, perReden,
                Percentage.van(perReden.get(Codes.code(Codes.Eindreden.UITSTROOM_ZELFSTANDIG)), beeindigd));
    }

    /**
     * The year's cost per herkomstgemeente, split by its membership of the region: {@code leden}
     * the cost of the days on which it is a member (what the region carries, K of the
     * equalization), {@code naUittreding} the cost of the other days (only gemeenten that have
     * them). Each part of a placement is rounded once ({@link Lidmaatschapsdagen#kosten}).
     */
    public record Kostenverdeling(Map<String, Long> leden, Map<String, Long> naUittreding) {

        public long totaalLeden() {
            return leden.values().stream().mapToLong(Long::longValue).sum();
        }

        public long totaalNaUittreding() {
            return naUittreding.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Kostenverdeling kostenPerHerkomst(Register register, String regio, int jaar) throws SQLException {
        Map<String, List<Lidmaatschap>> lidmaatschappen = register.lidmaatschappen(regio).stream()
                .collect(Collectors.groupingBy(Lidmaatschap::gemeente));
        Map<String, Long> leden = new TreeMap<>();
        Map<String, Long> naUittreding = new TreeMap<>();
        for (BwOpslag.Kostenregel k : opslag.kostenregels(jaar)) {
            Lidmaatschapsdagen dagen = Lidmaatschapsdagen.in(k.ingang(), k.einde(), jaar,
                    lidmaatschappen.getOrDefault(k.herkomstgemeente(), List.of()));
            long[] kosten = dagen.kosten(k.tarief(), k.eenheid());
            if (dagen.lid() > 0) {
                leden.merge(k.herkomstgemeente(), kosten[0], Long::sum);
            }
            if (dagen.naUittreding() > 0) {
                naUittreding.merge(k.herkomstgemeente(), kosten[1], Long::sum);
            }
        }
        return new Kostenverdeling(leden, naUittreding);
    }

    public Overzichten.Kosten kosten(Register register, String regio, int jaar, Optional<Regiobudget> budget, List<String> budgetFouten)
            throws SQLException {
        Kostenverdeling kosten = kostenPerHerkomst(register, regio, jaar);
        List<String> fouten = new ArrayList<>(budgetFouten);
        Map<String, Long> lokaal = Map.of();
        if (budget.isPresent()) {
            Budgetverdeling.Uitkomst u = Budgetverdeling.verdeel(budget.get(), register);
            fouten.addAll(u.fouten());
            lokaal = u.lokaal();
        }
        TreeMap<String, Long> alle = new TreeMap<>(kosten.leden());
        kosten.naUittreding().keySet().forEach(g -> alle.putIfAbsent(g, 0L));
        register.ledenInJaar(regio, jaar).forEach(g -> alle.putIfAbsent(g.code(), 0L));
        List<Overzichten.Kostenregel> regels = new ArrayList<>();
        for (Map.Entry<String, Long> e : alle.entrySet()) {
            Long b = lokaal.get(e.getKey());
            regels.add(new Overzichten.Kostenregel(e.getKey(), naam(register, e.getKey()), b, e.getValue(),
                    kosten.naUittreding().getOrDefault(e.getKey(), 0L), b == null ? null : b - e.getValue()));
        }
        long totaal = kosten.totaalLeden();
        long naUittreding = kosten.totaalNaUittreding();
        boolean verdeeld = !lokaal.isEmpty();
        Long resultaat = verdeeld ? budget.get().verdeelbaar() - totaal : null;
        Function<Function<Regiobudget, Long>, Long> uitBudget = f -> budget.map(f).orElse(null);
        return new Overzichten.Kosten(jaar, uitBudget.apply(Regiobudget::rijksbudget), uitBudget.apply(Regiobudget::behoudenBw),
                uitBudget.apply(Regiobudget::behoudenMo), verdeeld ? budget.get().verdeelbaar() : null, regels, totaal, naUittreding,
                resultaat, new Overzichten.Aansluiting(totaal + naUittreding, naUittreding, totaal, verdeeld ? budget.get().verdeelbaar() : null,
                resultaat), fouten);
    }

    /**
     * What to look at on the day: full packages at home near or past six months, the transitional
     * right after 2019, overbookings, and placements whose herkomstgemeente is no longer a member
     * of the region: they no longer count for it (docs/beschermd-wonen.md, "Membership").
     */
    public List<Overzichten.Signalering> signaleringen(Register register, String regio, LocalDate dag) throws SQLException {
        List<Overzichten.Signalering> uit = new ArrayList<>();
        for (Plaatsing p : opslag.teSignaleren(dag)) {
            if (p.vorm() == Codes.Vorm.VOLLEDIG_PAKKET_THUIS && p.einde() == null) {
                LocalDate uiterlijk = Regels.vptUiterlijk(p.ingang());
                long dagen = ChronoUnit.DAYS.between(dag, uiterlijk);
                if (dagen < 0) {
                    uit.add(new Overzichten.Signalering("vpt-overschreden", p.sleutel(), p.voorziening(), uiterlijk,
                            "volledig pakket thuis loopt langer dan " + Regels.VPT_MAXIMUM_MAANDEN + " maanden (uiterlijk " + uiterlijk + ")"));
                } else if (dagen <= Regels.VPT_SIGNALERING_DAGEN) {
                    uit.add(new Overzichten.Signalering("vpt-bijna-zes-maanden", p.sleutel(), p.voorziening(), uiterlijk,
                            "volledig pakket thuis bereikt over " + dagen + " dagen de grens van " + Regels.VPT_MAXIMUM_MAANDEN + " maanden"));
                }
            }
            if (p.overgangsrecht() && dag.isAfter(Regels.OVERGANGSRECHT_EINDE)) {
                uit.add(new Overzichten.Signalering("overgangsrecht-verlopen", p.sleutel(), p.voorziening(), Regels.OVERGANGSRECHT_EINDE,
                        "plaatsing onder het overgangsrecht loopt na " + Regels.OVERGANGSRECHT_EINDE + " door"));
            }
            if (p.overboeking()) {
                uit.add(new Overzichten.Signalering("overboeking", p.sleutel(), p.voorziening(), p.ingang(), "bewust boven de capaciteit geplaatst"));
            }
        }
        uit.addAll(naUittreding(register, regio, dag));
        return uit;
    }

    /** Placements running on the day for a herkomstgemeente that is not a member then, dated at the first day it was not. */
    private List<Overzichten.Signalering> naUittreding(Register register, String regio, LocalDate dag) throws SQLException {
        Map<String, List<Lidmaatschap>> lidmaatschappen = register.lidmaatschappen(regio).stream()
                .collect(Collectors.groupingBy(Lidmaatschap::gemeente));
        List<Overzichten.Signalering> uit = new ArrayList<>();
        for (Plaatsing p : opslag.plaatsingen(dag, dag)) {
            LocalDate geenLid = Lidmaatschap.geenLidSinds(lidmaatschappen.getOrDefault(p.herkomstgemeente(), List.of()), dag, p.ingang());
            if (geenLid == null) {
                continue;
            }
            uit.add(new Overzichten.Signalering("na-uittreding", p.sleutel(), p.voorziening(), geenLid, "herkomstgemeente "
                    + p.herkomstgemeente() + " is sinds " + geenLid + " geen lid van " + regio + "; de plaatsing loopt door maar telt sindsdien"
                    + " niet voor de regio (apart in de kosten, niet in de verevening)"));
        }
        return uit;
    }

    public Overzichten.Wachtlijst wachtlijst(int jaar) throws SQLException {
        int aantal = 0;
        List<Integer> wachttijden = new ArrayList<>();
        for (BwOpslag.Wachttijd w : opslag.wachttijden(jaar)) {
            aantal++;
            if (w.geplaatst() != null) {
                wachttijden.add((int) ChronoUnit.DAYS.between(w.aangemeld(), w.geplaatst()));
            }
        }
        List<Integer> gesorteerd = wachttijden.stream().sorted().toList();
        return new Overzichten.Wachtlijst(jaar, aantal, gesorteerd.size(), aantal - gesorteerd.size(), Percentage.percentiel(gesorteerd, 50),
                Percentage.percentiel(gesorteerd, 90));
    }

    private static String naam(Register register, String code) {
        return register.gemeente(code).map(Gemeente::naam).orElse(code);
    }
}
