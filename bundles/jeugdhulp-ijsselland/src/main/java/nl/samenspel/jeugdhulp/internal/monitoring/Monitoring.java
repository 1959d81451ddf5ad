package nl.samenspel.jeugdhulp.internal.monitoring;

import java.sql.SQLException;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.toewijzing.Opgeslagen;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.samenspel.api.cijfers.Percentage;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;
import nl.samenspel.jeugdhulp.internal.domein.Inkoop;
import nl.samenspel.jeugdhulp.internal.domein.Productperioden;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.jeugdhulp.internal.domein.Verwijzer;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;

/**
 * The region's figures for a year, computed from what is stored: budgets against allocated
 * and realised cost, ceiling uptake, waiting times and referrers. Allocated cost follows
 * {@link nl.samenspel.module.toewijzing.Omvang}; realised cost is declared debit minus credit by period start.
 */
@org.osgi.service.component.annotations.Component(service = Monitoring.class)
public class Monitoring {

    public static final String WAARSCHUWING = "waarschuwing";
    public static final String OVERSCHREDEN = "overschreden";
    public static final String NORMAAL = "normaal";

    private final JeugdhulpOpslag opslag;

    @org.osgi.service.component.annotations.Activate
    public Monitoring(@org.osgi.service.component.annotations.Reference JeugdhulpOpslag opslag) {
        this.opslag = opslag;
    }

    /**
     * Allocations running on the day (valid, care not stopped) whose gemeente is no member of the
     * region then: they no longer count for it, in cost nor equalization (docs/jeugdhulp.md,
     * "Membership"), so someone should end them or know why they run on. Dated at the first day the
     * gemeente was no member.
     */
    public List<Overzichten.Signalering> signaleringen(Register register, String regio, java.time.LocalDate dag) throws SQLException {
        Ledendagen ledendagen = Ledendagen.van(register, regio);
        List<Overzichten.Signalering> uit = new ArrayList<>();
        for (Opgeslagen<Zorg.Toewijzing> o : opslag.lopendOp(dag)) {
            Zorg.Toewijzing t = o.toewijzing();
            java.time.LocalDate geenLid = ledendagen.geenLidSinds(t.gemeente(), dag, t.ingang());
            if (geenLid != null) {
                uit.add(new Overzichten.Signalering("na-uittreding", t.sleutel().toString(), t.agb(), t.product().toString(), geenLid,
                        "gemeente " + t.gemeente() + " is sinds " + geenLid + " geen lid van " + regio + "; de toewijzing loopt door maar telt"
                                + " sindsdien niet voor de regio (apart als naUittreding in de budgetten, niet in de verevening)"));
            }
        }
        return uit;
    }

    /**
     * Allocated cost in the year per allocation, and the part of it on the days its gemeente is a
     * member of the region; allocations whose tariff is missing are counted apart.
     */
    record Toewijzingskosten(Map<Zorg.Toewijzing, Long> perToewijzing, Map<Zorg.Toewijzing, Long> voorRegio, int zonderTarief) {
    }

    Toewijzingskosten toegewezen(int jaar, List<Opgeslagen<Zorg.Toewijzing>> inJaar, Ledendagen ledendagen) throws SQLException {
        Map<Productsleutel, List<Stamgegevens.Tarief>> tarieven = opslag.tarieven();
        Map<Zorg.Toewijzing, Long> uit = new LinkedHashMap<>();
        Map<Zorg.Toewijzing, Long> voorRegio = new LinkedHashMap<>();
        int zonderTarief = 0;
        for (Opgeslagen<Zorg.Toewijzing> o : inJaar) {
            Zorg.Toewijzing t = o.toewijzing();
            var dag = t.omvang().tariefdag(jaar);
            Optional<Stamgegevens.Tarief> tarief = tarieven.getOrDefault(t.product(), List.of()).stream().filter(x -> x.isGeldigOp(dag)).findFirst();
            boolean tariefNodig = t.budget() == null && !"83".equals(t.eenheid());
            if (tariefNodig && tarief.isEmpty()) {
                zonderTarief++;
                continue;
            }
            long perEenheid = tarief.map(Stamgegevens.Tarief::tarief).orElse(0L);
            uit.put(t, t.omvang().inJaar(jaar, perEenheid));
            voorRegio.put(t, t.omvang().voorDagen(ledendagen.dagenInJaar(t, jaar), perEenheid));
        }
        return new Toewijzingskosten(uit, voorRegio, zonderTarief);
    }

    /**
     * Per gemeente everything stored of it, also of days it was no member (shown, not hidden); the
     * region's row counts only what falls on member days, and {@code naUittreding} shows the rest, so
     * the sum of the gemeenten's rows is the region's row plus {@code naUittreding}.
     */
    public Overzichten.Budgetoverzicht budgetten(Register register, String regio, int jaar) throws SQLException {
        // as purchased on the allocation's first day in the year (docs/jeugdhulp.md, "Dated master data")
        Productperioden producten = opslag.productperioden();
        Predicate<Zorg.Toewijzing> regionaal = t -> producten.inJaar(t, jaar).inkoop() == Inkoop.REGIONAAL;
        Ledendagen ledendagen = Ledendagen.van(register, regio);
        List<Opgeslagen<Zorg.Toewijzing>> inJaar = opslag.toewijzingenInJaar(jaar);
        Toewijzingskosten kosten = toegewezen(jaar, inJaar, ledendagen);
        List<JeugdhulpOpslag.Realisatiesom> realisatie = opslag.gerealiseerd(jaar);
        Predicate<JeugdhulpOpslag.Realisatiesom> voorRegio = r -> ledendagen.isLidOp(r.gemeente(), r.begindatum());
        Map<String, Stamgegevens.Budget> budgetten = opslag.budgetten().stream().filter(b -> b.jaar() == jaar)
                .collect(Collectors.toMap(Stamgegevens.Budget::gemeente, b -> b));
        Map<String, Set<String>> clienten = new HashMap<>();
        inJaar.forEach(o -> clienten.computeIfAbsent(o.toewijzing().gemeente(), g -> new HashSet<>()).add(o.toewijzing().client()));

        Set<String> leden = new java.util.TreeSet<>();
        register.ledenInJaar(regio, jaar).forEach(g -> leden.add(g.code()));
        Set<String> codes = new java.util.TreeSet<>(leden);
        codes.addAll(clienten.keySet()); // data of a gemeente that left is shown, not hidden
        List<Overzichten.Budgetregel> regels = new ArrayList<>();
        List<Overzichten.Uittredingsregel> naUittreding = new ArrayList<>();
        for (String code : codes) {
            String naam = register.gemeente(code).map(Gemeente::naam).orElse(code);
            long[] toe = som(kosten.perToewijzing(), t -> t.gemeente().equals(code), regionaal);
            long[] ger = somRealisatie(realisatie, r -> r.gemeente().equals(code));
            regels.add(regel(code, naam, Optional.ofNullable(budgetten.get(code)), toe, ger, clienten.getOrDefault(code, Set.of()).size()));
            long[] toeRegio = som(kosten.voorRegio(), t -> t.gemeente().equals(code), regionaal);
            long[] gerRegio = somRealisatie(realisatie, voorRegio.and(r -> r.gemeente().equals(code)));
            if (toe[0] != toeRegio[0] || toe[1] != toeRegio[1] || ger[0] != gerRegio[0] || ger[1] != gerRegio[1]) {
                naUittreding.add(new Overzichten.Uittredingsregel(code, naam, toe[0] - toeRegio[0], toe[1] - toeRegio[1],
                        ger[0] - gerRegio[0], ger[1] - gerRegio[1]));
            }
        }
        long[] toe = som(kosten.voorRegio(), t -> true, regionaal);
        long[] ger = somRealisatie(realisatie, voorRegio);
        // the region's budget is its members' of the year: a gemeente that left is no reason to show none
        boolean allesBegroot = leden.stream().allMatch(budgetten::containsKey);
        Optional<Stamgegevens.Budget> totaal = allesBegroot ? Optional.of(new Stamgegevens.Budget(regio, jaar,
                leden.stream().mapToLong(c -> budgetten.get(c).totaal()).sum(),
                leden.stream().mapToLong(c -> budgetten.get(c).regionaal()).sum(),
                leden.stream().mapToLong(c -> budgetten.get(c).lokaal()).sum())) : Optional.empty();
        int distinct = (int) inJaar.stream().map(Opgeslagen<Zorg.Toewijzing>::toewijzing)
                .filter(t -> ledendagen.dagenInJaar(t, jaar) > 0).map(Zorg.Toewijzing::client).distinct().count();
        Overzichten.Uittredingsregel naUittredingTotaal = new Overzichten.Uittredingsregel(regio, "na uittreding",
                naUittreding.stream().mapToLong(Overzichten.Uittredingsregel::toegewezenRegionaal).sum(),
                naUittreding.stream().mapToLong(Overzichten.Uittredingsregel::toegewezenLokaal).sum(),
                naUittreding.stream().mapToLong(Overzichten.Uittredingsregel::gerealiseerdRegionaal).sum(),
                naUittreding.stream().mapToLong(Overzichten.Uittredingsregel::gerealiseerdLokaal).sum());
        return new Overzichten.Budgetoverzicht(regio, jaar, regels,
                regel(regio, register.regio(regio).map(r -> r.naam()).orElse(regio), totaal, toe, ger, distinct), kosten.zonderTarief(),
                naUittreding, naUittredingTotaal);
    }

    private static Overzichten.Budgetregel regel(String code, String naam, Optional<Stamgegevens.Budget> b, long[] toe, long[] ger, int clienten) {
        return new Overzichten.Budgetregel(code, naam, b.map(Stamgegevens.Budget::totaal).orElse(null),
                b.map(Stamgegevens.Budget::regionaal).orElse(null), b.map(Stamgegevens.Budget::lokaal).orElse(null),
                toe[0], toe[1], toe[0] + toe[1], ger[0], ger[1], ger[0] + ger[1],
                b.map(x -> x.regionaal() - ger[0]).orElse(null), b.map(x -> x.lokaal() - ger[1]).orElse(null),
                b.map(x -> x.totaal() - ger[0] - ger[1]).orElse(null), clienten);
    }

    /** {regional, local} sums of the allocations that pass the filter. */
    private static long[] som(Map<Zorg.Toewijzing, Long> kosten, Predicate<Zorg.Toewijzing> filter, Predicate<Zorg.Toewijzing> regionaal) {
        long[] som = new long[2];
        kosten.forEach((t, bedrag) -> {
            if (filter.test(t)) {
                som[regionaal.test(t) ? 0 : 1] += bedrag;
            }
        });
        return som;
    }

    private static long[] somRealisatie(List<JeugdhulpOpslag.Realisatiesom> realisatie, Predicate<JeugdhulpOpslag.Realisatiesom> filter) {
        long[] som = new long[2];
        realisatie.stream().filter(filter).forEach(r -> som[r.inkoop() == Inkoop.REGIONAAL ? 0 : 1] += r.bedrag());
        return som;
    }

    public Overzichten.Plafondoverzicht plafonds(int jaar) throws SQLException {
        Map<String, String> namen = opslag.aanbieders().stream().collect(Collectors.toMap(Stamgegevens.Aanbieder::agb, Stamgegevens.Aanbieder::naam));
        Map<String, Long> toegewezen = new HashMap<>();
        // a contract's ceiling covers all the provider was allocated under it, whatever the gemeente's membership
        toegewezen(jaar, opslag.toewijzingenInJaar(jaar), Ledendagen.altijd()).perToewijzing().forEach((t, bedrag) -> toegewezen.merge(t.agb(), bedrag, Long::sum));
        Map<String, Long> gerealiseerd = new HashMap<>();
        opslag.gerealiseerd(jaar).forEach(r -> gerealiseerd.merge(r.agb(), r.bedrag(), Long::sum));
        List<Overzichten.Plafondregel> regels = new ArrayList<>();
        int waarschuwingen = 0;
        int overschreden = 0;
        for (Stamgegevens.Contract k : opslag.contracten()) {
            if (k.jaar() != jaar) {
                continue;
            }
            long toe = toegewezen.getOrDefault(k.agb(), 0L);
            long ger = gerealiseerd.getOrDefault(k.agb(), 0L);
            String status = status(Math.max(toe, ger), k.plafond());
            waarschuwingen += status.equals(WAARSCHUWING) ? 1 : 0;
            overschreden += status.equals(OVERSCHREDEN) ? 1 : 0;
            regels.add(new Overzichten.Plafondregel(k.agb(), namen.get(k.agb()), k.plafond(), toe, ger,
                    Percentage.naarBeneden(toe, k.plafond()), Percentage.naarBeneden(ger, k.plafond()), status(toe, k.plafond()), status(ger, k.plafond()),
                    status));
        }
        return new Overzichten.Plafondoverzicht(jaar, regels, waarschuwingen, overschreden);
    }

    private static String status(long bedrag, long plafond) {
        return Percentage.minstens(bedrag, plafond, 100) ? OVERSCHREDEN : Percentage.minstens(bedrag, plafond, 90) ? WAARSCHUWING : NORMAAL;
    }

    /** @param gemeente null for the whole region */
    public Overzichten.Wachttijden wachttijden(int jaar, String gemeente) throws SQLException {
        Map<String, List<Integer>> perCategorie = new TreeMap<>();
        List<Integer> alle = new ArrayList<>();
        int zonder = 0;
        for (Opgeslagen<Zorg.Toewijzing> o : opslag.gestartInJaar(jaar)) {
            Zorg.Toewijzing t = o.toewijzing();
            if (gemeente != null && !gemeente.equals(t.gemeente())) {
                continue;
            }
            if (t.aanmelddatum() == null) {
                zonder++;
                continue;
            }
            int dagen = (int) java.time.temporal.ChronoUnit.DAYS.between(t.aanmelddatum(), o.startZorg());
            perCategorie.computeIfAbsent(t.categorie(), c -> new ArrayList<>()).add(dagen);
            alle.add(dagen);
        }
        List<Overzichten.Wachttijdregel> regels = new ArrayList<>();
        perCategorie.forEach((categorie, dagen) -> regels.add(wachttijd(categorie, dagen)));
        return new Overzichten.Wachttijden(jaar, gemeente, regels, wachttijd("alle", alle), zonder);
    }

    private static Overzichten.Wachttijdregel wachttijd(String categorie, List<Integer> dagen) {
        List<Integer> gesorteerd = dagen.stream().sorted().toList();
        return new Overzichten.Wachttijdregel(categorie, gesorteerd.size(), Percentage.percentiel(gesorteerd, 50), Percentage.percentiel(gesorteerd, 90));
    }

    public Overzichten.Verwijzers verwijzers(Register register, int jaar) throws SQLException {
        Map<String, Map<String, Integer>> perGemeente = new TreeMap<>();
        Map<String, Integer> onbekend = new HashMap<>();
        for (Opgeslagen<Zorg.Toewijzing> o : opslag.aangemeldInJaar(jaar)) {
            Zorg.Toewijzing t = o.toewijzing();
            Map<String, Integer> tellingen = perGemeente.computeIfAbsent(t.gemeente(), g -> nulTellingen());
            // without a referral date the referral belongs to no year, so its referrer is not counted as known either
            if (t.verwijzer() == null || t.aanmelddatum() == null) {
                onbekend.merge(t.gemeente(), 1, Integer::sum);
            } else {
                tellingen.merge(t.verwijzer().code(), 1, Integer::sum);
            }
        }
        List<Overzichten.Verwijzerregel> regels = new ArrayList<>();
        Map<String, Integer> regio = nulTellingen();
        perGemeente.forEach((code, tellingen) -> {
            tellingen.forEach((v, n) -> regio.merge(v, n, Integer::sum));
            regels.add(verwijzerregel(code, register.gemeente(code).map(Gemeente::naam).orElse(code), tellingen, onbekend.getOrDefault(code, 0)));
        });
        int regioOnbekend = onbekend.values().stream().mapToInt(Integer::intValue).sum();
        return new Overzichten.Verwijzers(jaar, regels, verwijzerregel("regio", "regio", regio, regioOnbekend));
    }

    private static Map<String, Integer> nulTellingen() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Verwijzer v : Verwijzer.values()) {
            m.put(v.code(), 0);
        }
        return m;
    }

    private static Overzichten.Verwijzerregel verwijzerregel(String code, String naam, Map<String, Integer> tellingen, int onbekend) {
        int bekend = tellingen.values().stream().mapToInt(Integer::intValue).sum();
        return new Overzichten.Verwijzerregel(code, naam, tellingen, bekend, onbekend,
                Percentage.van(tellingen.get(Verwijzer.HUISARTS.code()), bekend));
    }
}
