package nl.samenspel.wmo.internal.monitoring;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import nl.samenspel.api.cijfers.Percentage;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.wmo.internal.domein.Codes;
import nl.samenspel.wmo.internal.domein.Ondersteuning;
import nl.samenspel.wmo.internal.domein.Productperioden;
import nl.samenspel.wmo.internal.domein.Stamgegevens;
import nl.samenspel.wmo.internal.domein.Uitvoeringsvariant;
import nl.samenspel.wmo.internal.domein.Voorziening;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;
import nl.samenspel.wmo.internal.opslag.Wmocijfers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The region's Wmo figures, computed from what is stored (docs/wmo.md, "Monitoring"): clients per
 * 1,000 inhabitants, budget against allocated and realised, ceiling uptake, trajectories, the
 * beweging naar voren, and the time from application to allocation. Only the gemeenten that are
 * members of the region in the year are listed.
 */
@Component(service = Monitoring.class)
public class Monitoring {

    public static final String NORMAAL = "normaal";
    public static final String OVERLEG = "overleg";
    public static final String STOP = "stop";
    /** The statutory time for a decision on an application: 8 weeks (Wmo 2015 art. 2.3.2 and 2.3.5). */
    public static final int WETTELIJKE_DAGEN = 56;

    private final WmoOpslag opslag;

    @Activate
    public Monitoring(@Reference WmoOpslag opslag) {
        this.opslag = opslag;
    }

    private static List<Gemeente> leden(Register register, String regio, int jaar) {
        return register.ledenInJaar(regio, jaar).stream().sorted(java.util.Comparator.comparing(Gemeente::code)).toList();
    }

    /** Distinct clients per gemeente and productcategorie (and over all, categorie null) in the half-year, per 1,000 inhabitants. */
    public Overzichten.Clientenoverzicht clienten(Register register, String regio, Halfjaar periode) throws SQLException {
        Map<String, Map<String, Integer>> tellingen = new HashMap<>();
        for (Wmocijfers.Clientental t : opslag.cijfers().clienten(periode.van(), periode.tot())) {
            tellingen.computeIfAbsent(t.gemeente(), g -> new HashMap<>()).put(t.categorie() == null ? "" : t.categorie(), t.clienten());
        }
        List<Overzichten.Clientenregel> regels = new ArrayList<>();
        for (Gemeente g : leden(register, regio, periode.jaar())) {
            OptionalLong inwoners = register.kerncijfer(g.code(), periode.jaar(), "inwoners");
            Map<String, Integer> perCategorie = new TreeMap<>(tellingen.getOrDefault(g.code(), Map.of()));
            perCategorie.putIfAbsent("", 0);
            for (Map.Entry<String, Integer> e : perCategorie.entrySet()) {
                String categorie = e.getKey().isEmpty() ? null : e.getKey();
                regels.add(new Overzichten.Clientenregel(g.code(), g.naam(), categorie, categorie == null ? "alle" : Codes.CATEGORIEEN.get(categorie),
                        e.getValue(), inwoners.isPresent() ? inwoners.getAsLong() : null,
                        inwoners.isPresent() ? per1000(e.getValue(), inwoners.getAsLong()) : null));
            }
        }
        return new Overzichten.Clientenoverzicht(periode.toString(), regels);
    }

    /** {@code 1000 × teller / noemer} with one decimal, half up; null without inhabitants. */
    static String per1000(long teller, long noemer) {
        if (noemer <= 0) {
            return null;
        }
        long tienden = (teller * 20_000 + noemer) / (2 * noemer);
        return tienden / 10 + "." + tienden % 10;
    }

    /** Per member gemeente in the year: budget, allocated, and realised maatwerk, algemeen and taakgericht; and the region's total. */
    public Overzichten.Budgetoverzicht budgetten(Register register, String regio, int jaar) throws SQLException {
        YearMonth van = YearMonth.of(jaar, 1);
        YearMonth tot = YearMonth.of(jaar, 12);
        Map<String, Long> budget = new HashMap<>();
        opslag.budgetten().stream().filter(b -> b.jaar() == jaar).forEach(b -> budget.put(b.gemeente(), b.budget()));
        Map<String, Long> maatwerk = new HashMap<>();
        opslag.cijfers().gedeclareerd(van, tot).forEach(s -> maatwerk.merge(s.gemeente(), s.bedrag(), Long::sum));
        Map<String, Long> algemeen = new HashMap<>();
        opslag.cijfers().gebruik(van, tot).forEach(g -> algemeen.merge(g.gemeente(), g.bedrag(), Long::sum));
        Map<String, Long> taak = new HashMap<>();
        opslag.contracten().stream().filter(k -> k.jaar() == jaar && k.soort() == Stamgegevens.Contractsoort.TAAKGERICHT)
                .forEach(k -> taak.merge(k.gemeente(), k.bedrag(), Long::sum));
        Toegewezen toegewezen = toegewezen(jaar);
        List<Overzichten.Budgetregel> regels = new ArrayList<>();
        long[] som = new long[6];
        boolean budgetVolledig = true;
        for (Gemeente g : leden(register, regio, jaar)) {
            Long b = budget.get(g.code());
            long toeg = toegewezen.perGemeente.getOrDefault(g.code(), 0L) + taak.getOrDefault(g.code(), 0L);
            long mw = maatwerk.getOrDefault(g.code(), 0L);
            long alg = algemeen.getOrDefault(g.code(), 0L);
            long tg = taak.getOrDefault(g.code(), 0L);
            int zonder = toegewezen.zonderTarief.getOrDefault(g.code(), 0);
            regels.add(new Overzichten.Budgetregel(g.code(), g.naam(), b, toeg, mw, alg, tg, mw + alg + tg,
                    b == null ? null : Percentage.van(mw + alg + tg, b), zonder));
            budgetVolledig &= b != null;
            long[] rij = {b == null ? 0 : b, toeg, mw, alg, tg, zonder};
            for (int i = 0; i < som.length; i++) {
                som[i] += rij[i];
            }
        }
        long totaal = som[2] + som[3] + som[4];
        Overzichten.Budgetregel regio2 = new Overzichten.Budgetregel(null, regio, budgetVolledig ? som[0] : null, som[1], som[2], som[3], som[4],
                totaal, budgetVolledig ? Percentage.van(totaal, som[0]) : null, (int) som[5]);
        return new Overzichten.Budgetoverzicht(jaar, regels, regio2);
    }

    private record Toegewezen(Map<String, Long> perGemeente, Map<String, Integer> zonderTarief) {
    }

    /** What the maatwerk allocations commit in the year, to the day their support stopped, at the tariff on their first day in the year. */
    private Toegewezen toegewezen(int jaar) throws SQLException {
        Map<Productsleutel, List<Stamgegevens.Tarief>> tarieven = opslag.tarieven();
        Map<String, Long> perGemeente = new HashMap<>();
        Map<String, Integer> zonderTarief = new HashMap<>();
        LocalDate eerste = LocalDate.of(jaar, 1, 1);
        LocalDate laatste = LocalDate.of(jaar, 12, 31);
        opslag.cijfers().omvangen(eerste, laatste, t -> {
            LocalDate tot = t.stopZorg() != null && t.stopZorg().isBefore(laatste) ? t.stopZorg() : laatste;
            LocalDate dag = t.omvang().tariefdag(jaar);
            // the first tariff valid on the day (a loop: this runs for every allocation of the year)
            Long tarief = null;
            for (Stamgegevens.Tarief x : tarieven.getOrDefault(t.product(), List.of())) {
                if (x.isGeldigOp(dag)) {
                    tarief = x.tarief();
                    break;
                }
            }
            boolean tariefNodig = t.omvang().budget() == null && !Codes.EENHEID_EURO.equals(t.omvang().eenheid());
            if (tariefNodig && tarief == null) {
                zonderTarief.merge(t.gemeente(), 1, Integer::sum);
                return;
            }
            long bedrag = t.omvang().voorDagen(t.omvang().dagen(eerste, tot), tarief == null ? 0L : tarief);
            perGemeente.merge(t.gemeente(), bedrag, Long::sum);
        });
        return new Toegewezen(perGemeente, zonderTarief);
    }

    /** Every bestedingsruimte of the year with what was declared under it, and its signal at 70 % and 100 %. */
    public Overzichten.Plafondoverzicht plafonds(int jaar) throws SQLException {
        Map<String, String> namen = new HashMap<>();
        opslag.aanbieders().forEach(a -> namen.put(a.agb(), a.naam()));
        List<Wmocijfers.Maandsom> sommen = opslag.cijfers().gedeclareerd(YearMonth.of(jaar, 1), YearMonth.of(jaar, 12));
        List<Overzichten.Plafondregel> uit = new ArrayList<>();
        for (Stamgegevens.Contract k : opslag.contracten()) {
            if (k.jaar() != jaar || k.soort() != Stamgegevens.Contractsoort.BESTEDINGSRUIMTE) {
                continue;
            }
            long besteed = sommen.stream().filter(s -> k.dekt(s.agb(), new Productsleutel(s.categorie(), s.code())))
                    .mapToLong(Wmocijfers.Maandsom::bedrag).sum();
            String signaal = Percentage.minstens(besteed, k.bedrag(), 100) ? STOP : Percentage.minstens(besteed, k.bedrag(), 70) ? OVERLEG : NORMAAL;
            String onderwerp = k.code() != null ? "product " + k.categorie() + "/" + k.code()
                    : k.categorie() != null ? "categorie " + k.categorie() + " " + Codes.CATEGORIEEN.get(k.categorie()) : "contract";
            uit.add(new Overzichten.Plafondregel(k.agb(), namen.get(k.agb()), onderwerp, k.bedrag(), besteed,
                    Percentage.naarBeneden(besteed, k.bedrag()), signaal));
        }
        return new Overzichten.Plafondoverzicht(jaar, uit);
    }

    /** Outputgericht allocations that took effect in the year, per product: how many, how many ended, and their declared cost. */
    public Overzichten.Trajectoverzicht trajecten(int jaar) throws SQLException {
        Productperioden producten = opslag.productperioden();
        Map<Productsleutel, long[]> per = new TreeMap<>(java.util.Comparator.comparing(Productsleutel::toString));
        for (Wmocijfers.Ingegaan t : opslag.cijfers().ingegaan(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31))) {
            boolean traject = producten.op(t.product(), t.ingang()).map(w -> w.variant() == Uitvoeringsvariant.OUTPUTGERICHT).orElse(false);
            if (!traject) {
                continue;
            }
            long[] s = per.computeIfAbsent(t.product(), p -> new long[3]);
            s[0]++;
            s[1] += t.gestopt() ? 1 : 0;
            s[2] += t.gedeclareerd();
        }
        List<Overzichten.Trajectregel> uit = new ArrayList<>();
        per.forEach((p, s) -> uit.add(new Overzichten.Trajectregel(p.categorie(), p.code(), producten.omschrijvingen().get(p), (int) s[0],
                (int) s[1], s[2], s[0] == 0 ? null : Math.floorDiv(2 * s[2] + s[0], 2 * s[0]))));
        return new Overzichten.Trajectoverzicht(jaar, uit);
    }

    /**
     * The beweging naar voren per member gemeente in the half-year, and for the region: the share of
     * algemene voorzieningen in clients (average per month) and in cost, with the change against the
     * same half-year a year before.
     */
    public Overzichten.Bewegingoverzicht beweging(Register register, String regio, Halfjaar periode) throws SQLException {
        // the maatwerk clients per month of both half-years from one read of the allocations that run from the first to the last
        List<Wmocijfers.Maandtal> perMaand = opslag.cijfers().clientenPerMaand(periode.jaarEerder().eersteMaand(), periode.laatsteMaand());
        Map<String, long[]> nu = beweging(periode, perMaand);
        Map<String, long[]> eerder = beweging(periode.jaarEerder(), perMaand);
        Map<String, Integer> bekend = opslag.cijfers().bekendeDeelnemers(periode.eersteMaand(), periode.laatsteMaand());
        List<Overzichten.Bewegingregel> regels = new ArrayList<>();
        long[] regioNu = new long[4];
        long[] regioEerder = new long[4];
        long regioBekend = 0;
        for (Gemeente g : leden(register, regio, periode.jaar())) {
            long[] n = nu.getOrDefault(g.code(), new long[4]);
            long[] e = eerder.getOrDefault(g.code(), new long[4]);
            int b = bekend.getOrDefault(g.code(), 0);
            regels.add(bewegingregel(g.code(), g.naam(), periode, n, e, b));
            for (int i = 0; i < 4; i++) {
                regioNu[i] += n[i];
                regioEerder[i] += e[i];
            }
            // a pseudonym is the region's: one person known in two gemeenten is rare, and counted twice here
            regioBekend += b;
        }
        return new Overzichten.Bewegingoverzicht(periode.toString(), regels, bewegingregel(null, regio, periode, regioNu, regioEerder, regioBekend));
    }

    /** The region's row of {@link #beweging} for every half-year from {@code van} to {@code tot}, oldest first. */
    public Overzichten.Bewegingreeks bewegingreeks(Register register, String regio, Halfjaar van, Halfjaar tot) throws SQLException {
        List<Overzichten.Bewegingregel> perioden = new ArrayList<>();
        Halfjaar h = van;
        for (int i = 0; i < van.aantalTot(tot); i++, h = h.volgende()) {
            perioden.add(beweging(register, regio, h).regio());
        }
        return new Overzichten.Bewegingreeks(van.toString(), tot.toString(), perioden);
    }

    private static Overzichten.Bewegingregel bewegingregel(String code, String naam, Halfjaar periode, long[] n, long[] e, long bekend) {
        long clientenMaatwerk = gemiddeld(n[0]);
        long deelnemers = gemiddeld(n[1]);
        return new Overzichten.Bewegingregel(code, naam, periode.toString(), clientenMaatwerk, deelnemers, Percentage.van(n[1], n[0] + n[1]),
                n[2], n[3], Percentage.van(n[3], n[2] + n[3]), verschil(n[1], n[0] + n[1], e[1], e[0] + e[1]),
                verschil(n[3], n[2] + n[3], e[3], e[2] + e[3]), bekend);
    }

    /** The six months' total as an average per month, half up. */
    private static long gemiddeld(long zesMaanden) {
        return Math.floorDiv(2 * zesMaanden + 6, 12);
    }

    /** The change of a share in percentage points with one decimal (half up on the magnitude); null when either share has no base. */
    static String verschil(long teller, long noemer, long tellerEerder, long noemerEerder) {
        if (noemer <= 0 || noemerEerder <= 0) {
            return null;
        }
        // exact: (a/b − c/d) × 1000 tenths of a point, as one fraction
        java.math.BigInteger t = java.math.BigInteger.valueOf(teller).multiply(java.math.BigInteger.valueOf(noemerEerder))
                .subtract(java.math.BigInteger.valueOf(tellerEerder).multiply(java.math.BigInteger.valueOf(noemer)))
                .multiply(java.math.BigInteger.valueOf(1000));
        java.math.BigInteger d = java.math.BigInteger.valueOf(noemer).multiply(java.math.BigInteger.valueOf(noemerEerder));
        java.math.BigDecimal tienden = new java.math.BigDecimal(t).divide(new java.math.BigDecimal(d), 0, java.math.RoundingMode.HALF_UP);
        java.math.BigDecimal punten = tienden.movePointLeft(1).setScale(1, java.math.RoundingMode.UNNECESSARY);
        return (punten.signum() > 0 ? "+" : "") + punten.toPlainString();
    }

    /**
     * Per gemeente over the half-year's months: [0] maatwerk clients summed over the months (of
     * {@code clientenPerMaand}, which may hold other months too), [1]
     * participants of algemene voorzieningen summed over the months, [2] maatwerk cost, [3] algemeen
     * cost. Taakgericht sums count on the side of their product's kind of provision.
     */
    private Map<String, long[]> beweging(Halfjaar periode, List<Wmocijfers.Maandtal> clientenPerMaand) throws SQLException {
        Map<String, long[]> uit = new HashMap<>();
        for (Wmocijfers.Maandtal t : clientenPerMaand) {
            if (!t.maand().isBefore(periode.eersteMaand()) && !t.maand().isAfter(periode.laatsteMaand())) {
                uit.computeIfAbsent(t.gemeente(), g -> new long[4])[0] += t.clienten();
            }
        }
        for (Ondersteuning.Gebruik g : opslag.cijfers().gebruik(periode.eersteMaand(), periode.laatsteMaand())) {
            long[] s = uit.computeIfAbsent(g.gemeente(), x -> new long[4]);
            s[1] += g.deelnemers();
            s[3] += g.bedrag();
        }
        for (Wmocijfers.Maandsom s : opslag.cijfers().gedeclareerd(periode.eersteMaand(), periode.laatsteMaand())) {
            uit.computeIfAbsent(s.gemeente(), x -> new long[4])[2] += s.bedrag();
        }
        Productperioden producten = opslag.productperioden();
        for (Stamgegevens.Contract k : opslag.contracten()) {
            if (k.soort() != Stamgegevens.Contractsoort.TAAKGERICHT || k.jaar() != periode.jaar()) {
                continue;
            }
            boolean algemeen = producten.op(new Productsleutel(k.categorie(), k.code()), LocalDate.of(k.jaar(), 1, 1))
                    .map(w -> w.voorziening() == Voorziening.ALGEMEEN).orElse(false);
            uit.computeIfAbsent(k.gemeente(), x -> new long[4])[algemeen ? 3 : 2] += Taaksom.inMaanden(k.bedrag(), k.jaar(),
                    periode.eersteMaand(), periode.laatsteMaand());
        }
        return uit;
    }

    /** Days from application to allocation for the applications of the year, per member gemeente, and each beyond 8 weeks. */
    public Overzichten.Doorlooptijden doorlooptijden(Register register, String regio, int jaar) throws SQLException {
        Map<String, List<Integer>> dagen = new HashMap<>();
        List<Overzichten.Overschrijding> signaleringen = new ArrayList<>();
        for (Wmocijfers.Aanvraag a : opslag.cijfers().aanvragen(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31))) {
            LocalDate toegewezen = a.toewijzingsdatum() != null ? a.toewijzingsdatum() : a.ingang();
            int d = (int) ChronoUnit.DAYS.between(a.aanvraagdatum(), toegewezen);
            dagen.computeIfAbsent(a.toewijzing().gemeente(), g -> new ArrayList<>()).add(d);
            if (d > WETTELIJKE_DAGEN) {
                signaleringen.add(new Overzichten.Overschrijding(a.toewijzing().toString(), a.aanvraagdatum(), toegewezen, d));
            }
        }
        List<Overzichten.Doorlooptijdregel> regels = new ArrayList<>();
        for (Gemeente g : leden(register, regio, jaar)) {
            List<Integer> lijst = dagen.getOrDefault(g.code(), List.of()).stream().sorted().toList();
            regels.add(new Overzichten.Doorlooptijdregel(g.code(), g.naam(), lijst.size(), Percentage.percentiel(lijst, 50),
                    Percentage.percentiel(lijst, 90), (int) lijst.stream().filter(x -> x > WETTELIJKE_DAGEN).count()));
        }
        return new Overzichten.Doorlooptijden(jaar, regels, signaleringen);
    }
}
