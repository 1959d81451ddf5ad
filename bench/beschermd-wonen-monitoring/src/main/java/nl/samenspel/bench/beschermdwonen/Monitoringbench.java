package nl.samenspel.bench.beschermdwonen;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.sql.DataSource;
import nl.samenspel.bench.steun.Database;
import nl.samenspel.bench.steun.Profiel;
import nl.samenspel.bench.steun.Spoor;
import nl.samenspel.bench.steun.Statistiek;
import nl.samenspel.bench.steun.Verslag;
import nl.samenspel.beschermdwonen.internal.budget.Budgetbestanden;
import nl.samenspel.beschermdwonen.internal.budget.Budgetten;
import nl.samenspel.beschermdwonen.internal.budget.Budgetverdeling;
import nl.samenspel.beschermdwonen.internal.inlezen.Importdienst;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.beschermdwonen.internal.monitoring.Monitoring;
import nl.samenspel.beschermdwonen.internal.monitoring.Overzichten;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.demodata.BeschermdWonenDemo;
import nl.samenspel.demodata.Plaatsing;

/**
 * The protected-housing monitoring queries over N placements (default 50,000) and F facilities
 * (default 500), as the REST endpoints call them ({@code BwMonitoringResource}: the
 * {@link Monitoring} method with its SQL and Java work), on embedded Derby on disk, against a
 * trivial {@code SELECT COUNT(*) FROM BESCHERMDWONEN.PLAATSING} through the same DataSource.
 *
 * <p>One fresh database; the generated voorzieningen, aanmeldingen and plaatsingen are loaded
 * through {@code Importdienst.importeer} (timed, but not part of the table); every answer is
 * checked once against the generator; then W warm-up rounds and R timed rounds of all queries,
 * round robin with the order rotated each round. Then, cheaply, each query traced on a wrapped
 * DataSource (its statements, their rows and Derby time, Derby's plans; see {@link Spoor}), and a
 * stack-sample profile of the queries that missed the target (see {@link Vraagprofiel}).
 *
 * <pre>
 * java -Xms128m -Xmx1g -XX:+UseSerialGC -cp 'target/beschermd-wonen-monitoring-bench.jar:target/lib/*' \
 *     nl.samenspel.bench.beschermdwonen.Monitoringbench [--plaatsingen 50000] [--voorzieningen 500] [--seed 2016]
 *     [--opwarmen 20] [--metingen 100] [--register ../../regional-config] [--werkmap target/work]
 *     [--resultaat target/result.txt] [--profiel auto|ja|nee] [--profielbestand target/profile.txt] [--profielmetingen 30]
 *     [--plannen target/plans.txt]
 * </pre>
 */
public final class Monitoringbench {

    static final int JAAR = 2016;
    static final LocalDate PEILDATUM = LocalDate.of(2016, 6, 1);
    static final double DOEL_MS = 200;
    static final String TELLING = "SELECT COUNT(*) FROM BESCHERMDWONEN.PLAATSING";

    /** The rows of the table: the baseline, the issue's three queries, and three extras. */
    enum Vraag {
        BASIS("baseline: " + TELLING.replace("BESCHERMDWONEN.", ""), false),
        SPREIDING("spreiding(" + JAAR + ")  [spreading]", true),
        BEZETTING("bezetting(" + PEILDATUM + ")  [occupancy]", true),
        KOSTEN("kosten(" + JAAR + ", budget file)  [cost per origin]", true),
        UITSTROOM("uitstroom(" + JAAR + ")  [outflow, extra]", false),
        SIGNALERINGEN("signaleringen(" + PEILDATUM + ")  [signals, extra]", false),
        WACHTLIJST("wachtlijst(" + JAAR + ")  [waiting list, extra]", false);

        final String titel;
        final boolean uitIssue;

        Vraag(String titel, boolean uitIssue) {
            this.titel = titel;
            this.uitIssue = uitIssue;
        }
    }

    /** The timed calls of one query; GC per collector (index 0 the young, 1 the old/full collector of the JVM's pair). */
    record Reeks(long[] nanos, long[] gcAantal, long[] gcMs) {
        long gcMsTotaal() {
            return Arrays.stream(gcMs).sum();
        }

        double p(int procent) {
            return Statistiek.percentiel(nanos, procent) / 1e6;
        }

        double max() {
            return Arrays.stream(nanos).max().orElseThrow() / 1e6;
        }

        double min() {
            return Arrays.stream(nanos).min().orElseThrow() / 1e6;
        }

        double gemiddeld() {
            return Arrays.stream(nanos).average().orElseThrow() / 1e6;
        }
    }

    private final Omgeving omgeving;
    private final BeschermdWonenDemo demo;
    private final Database db;
    private final BwOpslag opslag;
    private final Monitoring monitoring;
    private final Verslag uit = new Verslag();
    /** Keeps every answer reachable, so nothing is optimised away. */
    static volatile Object put;

    private Monitoringbench(Omgeving omgeving, BeschermdWonenDemo demo, Database db) {
        this.omgeving = omgeving;
        this.demo = demo;
        this.db = db;
        this.opslag = new BwOpslag(db.dataSource());
        this.monitoring = new Monitoring(opslag);
    }

    public static void main(String[] args) throws Exception {
        // before any logger exists: the importer logs an INFO line per accepted file
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        long start = System.nanoTime();
        Map<String, String> opties = opties(args);
        int aantal = Integer.parseInt(opties.getOrDefault("plaatsingen", "50000"));
        int voorzieningen = Integer.parseInt(opties.getOrDefault("voorzieningen", "500"));
        long seed = Long.parseLong(opties.getOrDefault("seed", "2016"));
        int opwarmen = Integer.parseInt(opties.getOrDefault("opwarmen", "20"));
        int metingen = Integer.parseInt(opties.getOrDefault("metingen", "100"));
        String profiel = opties.getOrDefault("profiel", "auto");
        int profielMetingen = Integer.parseInt(opties.getOrDefault("profielmetingen", "30"));
        Path werkmap = Path.of(opties.getOrDefault("werkmap", "target/work")).toAbsolutePath();
        Path register = Path.of(opties.getOrDefault("register", "../../regional-config"));
        Path resultaat = Path.of(opties.getOrDefault("resultaat", "target/result.txt"));
        Path profielbestand = Path.of(opties.getOrDefault("profielbestand", "target/profile.txt"));
        Path planbestand = Path.of(opties.getOrDefault("plannen", "target/plans.txt"));
        Files.createDirectories(werkmap);
        Files.deleteIfExists(profielbestand);
        System.setProperty("derby.system.home", werkmap.resolve("derby").toString());
        System.setProperty("derby.stream.error.file", werkmap.resolve("derby.log").toString());

        Omgeving omgeving = new Omgeving(register, werkmap.resolve("afgewezen"));
        System.out.printf(Locale.ROOT, "# generating %,d placements, %d facilities (seed %d, 2015-2017) ...%n", aantal, voorzieningen, seed);
        BeschermdWonenDemo demo = BeschermdWonenDemo.genereer(seed, BeschermdWonenDemo.Periode.JAREN_2015_2017, aantal, voorzieningen);
        Path data = werkmap.resolve("data");
        demo.schrijfCsv(data, null);
        Map<Bwsoort, byte[]> bestanden = new EnumMap<>(Bwsoort.class);
        for (Bwsoort soort : List.of(Bwsoort.VOORZIENINGEN, Bwsoort.AANMELDINGEN, Bwsoort.PLAATSINGEN)) {
            bestanden.put(soort, Files.readAllBytes(data.resolve(soort.code() + ".csv")));
        }
        try (Database db = Omgeving.database(werkmap.resolve("db").resolve("monitoring"))) {
            Monitoringbench bench = new Monitoringbench(omgeving, demo, db);
            bench.run(seed, bestanden, opwarmen, metingen, profiel, profielMetingen, profielbestand, planbestand, start);
            Verslag.schrijf(resultaat, bench.uit.toString());
            System.out.println("# written to " + resultaat.toAbsolutePath());
        }
    }

    private static Map<String, String> opties(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    private void run(long seed, Map<Bwsoort, byte[]> bestanden, int opwarmen, int metingen, String profiel, int profielMetingen,
                     Path profielbestand, Path planbestand, long start) throws Exception {
        // ---- load through the import (not in the table) ----
        Importdienst dienst = omgeving.importdienst(opslag);
        Map<Bwsoort, Long> laadtijd = new EnumMap<>(Bwsoort.class);
        int[] verwacht = {demo.voorzieningen().size(), demo.aanmeldingen().size(), demo.plaatsingen().size()};
        int i = 0;
        for (Map.Entry<Bwsoort, byte[]> e : bestanden.entrySet()) {
            System.out.printf(Locale.ROOT, "# importing %s.csv (%.1f MB) through Importdienst ...%n", e.getKey().code(), e.getValue().length / 1e6);
            long t0 = System.nanoTime();
            Omgeving.accepteer(dienst, e.getKey(), e.getKey().code() + ".csv", e.getValue(), verwacht[i++]);
            laadtijd.put(e.getKey(), System.nanoTime() - t0);
        }
        long dbNaLaden = db.grootte();
        Map<String, Long> tabellen = new LinkedHashMap<>();
        for (String t : List.of("PLAATSING", "VOORZIENING", "AANMELDING")) {
            tabellen.put(t, telling("SELECT COUNT(*) FROM BESCHERMDWONEN." + t));
        }
        long codes = telling("SELECT COUNT(DISTINCT CODE) FROM BESCHERMDWONEN.VOORZIENING");
        List<String> controles = controleer();
        System.out.println("# answers checked against the generator: " + String.join("; ", controles));

        // ---- the timed rounds ----
        List<Vraag> vragen = List.of(Vraag.values());
        System.out.printf(Locale.ROOT, "# %d warm-up rounds, then %d timed rounds of %d queries ...%n", opwarmen, metingen, vragen.size());
        for (int r = 0; r < opwarmen; r++) {
            for (Vraag v : vragen) {
                put = voer(v);
            }
        }
        Map<Vraag, long[]> nanos = new EnumMap<>(Vraag.class);
        Map<Vraag, long[][]> gc = new EnumMap<>(Vraag.class);
        vragen.forEach(v -> {
            nanos.put(v, new long[metingen]);
            gc.put(v, new long[2][GC_BEANS.size()]);
        });
        System.gc();
        long gcTotaal0 = Verslag.gc()[1];
        long t0Rondes = System.nanoTime();
        for (int r = 0; r < metingen; r++) {
            for (int k = 0; k < vragen.size(); k++) {
                Vraag v = vragen.get((k + r) % vragen.size());
                long[][] g0 = gcPerCollector();
                long t0 = System.nanoTime();
                put = voer(v);
                long ns = System.nanoTime() - t0;
                long[][] g1 = gcPerCollector();
                nanos.get(v)[r] = ns;
                for (int b = 0; b < GC_BEANS.size(); b++) {
                    gc.get(v)[0][b] += g1[0][b] - g0[0][b];
                    gc.get(v)[1][b] += g1[1][b] - g0[1][b];
                }
            }
            if ((r + 1) % 25 == 0) {
                System.out.printf(Locale.ROOT, "#   round %d of %d%n", r + 1, metingen);
            }
        }
        double rondesS = (System.nanoTime() - t0Rondes) / 1e9;
        long gcTotaal = Verslag.gc()[1] - gcTotaal0;
        Map<Vraag, Reeks> reeksen = new EnumMap<>(Vraag.class);
        vragen.forEach(v -> reeksen.put(v, new Reeks(nanos.get(v), gc.get(v)[0], gc.get(v)[1])));
        long dbNaMeten = db.grootte();

        // ---- parts, plans, profile ----
        System.out.println("# tracing each query's statements (Derby time, rows, plans) ...");
        String spoor = spoor(10, planbestand) + vergelijking(20);

        List<Vraag> teProfileren = switch (profiel) {
            case "ja", "1" -> vragen.stream().filter(v -> v != Vraag.BASIS).toList();
            case "nee", "0" -> List.of();
            default -> vragen.stream().filter(v -> v != Vraag.BASIS && reeksen.get(v).p(95) >= DOEL_MS).toList();
        };
        String profielTekst = null;
        if (!teProfileren.isEmpty()) {
            System.out.println("# profiling " + teProfileren + " (stack samples every " + Profiel.PERIODE_MS + " ms, " + profielMetingen + " calls each) ...");
            profielTekst = Vraagprofiel.meet(this, teProfileren, profielMetingen);
            Verslag.schrijf(profielbestand, profielTekst);
        }

        samenvatting(seed, laadtijd, bestanden, tabellen, codes, dbNaLaden, dbNaMeten, controles, opwarmen, metingen, reeksen, rondesS,
                spoor, teProfileren, profielbestand, start);
    }

    /** One call of a query, exactly as the REST resource makes it. */
    Object voer(Vraag v) throws SQLException {
        return voer(v, monitoring, db.dataSource());
    }

    private Object voer(Vraag v, Monitoring monitoring, DataSource ds) throws SQLException {
        return switch (v) {
            case BASIS -> telling(ds, TELLING);
            case SPREIDING -> monitoring.spreiding(register(), JAAR);
            case BEZETTING -> monitoring.bezetting(register(), PEILDATUM);
            case KOSTEN -> {
                // BwMonitoringResource.kosten: the year's budget file is read on every call
                Budgetbestanden.Gelezen gelezen = Budgetten.lees(omgeving.registerService, Omgeving.REGIO, JAAR);
                yield monitoring.kosten(register(), Omgeving.REGIO, JAAR, gelezen.budget(), gelezen.fouten());
            }
            case UITSTROOM -> monitoring.uitstroom(JAAR);
            case SIGNALERINGEN -> monitoring.signaleringen(register(), Omgeving.REGIO, PEILDATUM);
            case WACHTLIJST -> monitoring.wachtlijst(JAAR);
        };
    }

    private nl.samenspel.api.register.Register register() {
        return omgeving.registerService.actueel().orElseThrow();
    }

    long telling(String sql) throws SQLException {
        return telling(db.dataSource(), sql);
    }

    static long telling(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- where the time goes: the statements of each query ----------------------------------

    /**
     * Each query on a second Monitoring whose store has a traced DataSource ({@link Spoor}): 3
     * warm-up calls, one call with Derby's runtime statistics on (the plans), then N calls
     * traced for time. Returns the summary's section; writes the full plans to a file.
     */
    private String spoor(int n, Path planbestand) throws Exception {
        Spoor spoor = new Spoor(db.dataSource(), BwOpslag.SCHEMA);
        DataSource ds = spoor.dataSource();
        Monitoring gevolgd = new Monitoring(new BwOpslag(ds));
        StringBuilder sb = new StringBuilder();
        StringBuilder plannen = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Where the time goes: each query %d more times on a traced DataSource (mean per call; Derby = time in"
                + " executeQuery, where Derby scans and sorts/groups, + ResultSet.next; rest = column getters, building records, Java in"
                + " Monitoring; GC counts where it hits):%n", n));
        for (Vraag v : Vraag.values()) {
            for (int i = 0; i < 3; i++) {
                spoor.begin(false);
                put = voer(v, gevolgd, ds);
            }
            spoor.begin(true);
            put = voer(v, gevolgd, ds);
            Map<String, Spoor.Opdracht> metPlan = new LinkedHashMap<>();
            spoor.opdrachten().forEach(o -> metPlan.put(o.sql, o));
            spoor.begin(false);
            long totaal = 0;
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                put = voer(v, gevolgd, ds);
                totaal += System.nanoTime() - t0;
            }
            long derby = spoor.derbyNs();
            sb.append(String.format(Locale.ROOT, "  %-13s %6.1f ms per call = Derby %6.1f ms (%3.0f %%) + rest %6.1f ms (%3.0f %%)%n", v.name(),
                    totaal / 1e6 / n, derby / 1e6 / n, 100.0 * derby / totaal, (totaal - derby) / 1e6 / n, 100.0 * (totaal - derby) / totaal));
            for (Spoor.Opdracht o : spoor.opdrachten()) {
                sb.append(String.format(Locale.ROOT, "      %4.1f x/call %,7d rows/call  open %6.1f ms  fetch %6.1f ms  %s%n", (double) o.uitvoeringen / n,
                        o.rijen / n, o.openNs / 1e6 / n, o.volgendeNs / 1e6 / n, spoor.kort(o.sql)));
                Spoor.Opdracht p = metPlan.get(o.sql);
                if (p != null && !p.plan.isEmpty()) {
                    sb.append("          plan: ").append(Spoor.planKern(p)).append('\n');
                    plannen.append("==== ").append(v.name()).append(": ").append(o.sql).append('\n').append(Spoor.planTekst(p)).append("\n\n");
                }
            }
        }
        Verslag.schrijf(planbestand, plannen.toString());
        sb.append("  (full plans: ").append(planbestand).append(")\n");
        return sb.toString();
    }

    /**
     * A what-if, not what the product runs: the year's placements read through the index
     * PLAATSING_PERIODE (the optimizer's choice: an index row, then the base row, for 80 % of the
     * table) against a plain table scan (Derby hint index=NULL). Two statements as the module
     * built at the time of writing runs them (spreading's GROUP BY, the cost query's rows);
     * median of N after 3 warm-up calls each, interleaved.
     */
    private String vergelijking(int n) throws SQLException {
        String waar = " WHERE INGANG <= ? AND (EINDE IS NULL OR EINDE >= ?)";
        String[][] opdrachten = {
            {"spreading GROUP BY", "SELECT HERKOMSTGEMEENTE, VESTIGINGSGEMEENTE, COUNT(*) FROM BESCHERMDWONEN.PLAATSING%s" + waar
                    + " GROUP BY HERKOMSTGEMEENTE, VESTIGINGSGEMEENTE"},
            {"cost rows", "SELECT HERKOMSTGEMEENTE, INGANG, EINDE, TARIEF, TARIEFEENHEID FROM BESCHERMDWONEN.PLAATSING%s" + waar}};
        String[] varianten = {"", " --DERBY-PROPERTIES index=NULL\n"};
        long[][][] t = new long[opdrachten.length][2][n];
        for (int r = -3; r < n; r++) {
            for (int i = 0; i < opdrachten.length; i++) {
                for (int j = 0; j < 2; j++) {
                    long t0 = System.nanoTime();
                    try (Connection c = db.dataSource().getConnection();
                         java.sql.PreparedStatement ps = c.prepareStatement(String.format(Locale.ROOT, opdrachten[i][1], varianten[j]))) {
                        ps.setDate(1, java.sql.Date.valueOf(LocalDate.of(JAAR, 12, 31)));
                        ps.setDate(2, java.sql.Date.valueOf(LocalDate.of(JAAR, 1, 1)));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                put = rs.getString(1);
                            }
                        }
                    }
                    if (r >= 0) {
                        t[i][j][r] = System.nanoTime() - t0;
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder("What-if, not run by the product: the year's rows through index PLAATSING_PERIODE (as chosen) or by a"
                + " table scan (--DERBY-PROPERTIES index=NULL), SQL alone, median of " + n + ":\n");
        for (int i = 0; i < opdrachten.length; i++) {
            sb.append(String.format(Locale.ROOT, "  %-20s index %6.1f ms, table scan %6.1f ms%n", opdrachten[i][0], Statistiek.mediaan(t[i][0]) / 1e6,
                    Statistiek.mediaan(t[i][1]) / 1e6));
        }
        return sb.toString();
    }

    // ---- the answers against the generator ---------------------------------------------------

    private List<String> controleer() throws SQLException {
        List<String> ok = new ArrayList<>();
        List<Plaatsing> alle = demo.plaatsingen();
        Predicate<Plaatsing> inJaar = p -> p.ingangsdatum().getYear() <= JAAR && (p.einddatum() == null || p.einddatum().getYear() >= JAAR);
        Predicate<Plaatsing> opDag = p -> !p.ingangsdatum().isAfter(PEILDATUM) && (p.einddatum() == null || !p.einddatum().isBefore(PEILDATUM));

        long n = (long) voer(Vraag.BASIS);
        eis(n == alle.size(), "COUNT(*) " + n + " != " + alle.size());
        ok.add("count " + n);

        Overzichten.Spreiding s = (Overzichten.Spreiding) voer(Vraag.SPREIDING);
        Map<String, Map<String, Integer>> verwacht = new TreeMap<>();
        alle.stream().filter(inJaar).forEach(p -> verwacht.computeIfAbsent(p.herkomstgemeente(), g -> new TreeMap<>())
                .merge(p.vestigingsgemeente(), 1, Integer::sum));
        Map<String, Map<String, Integer>> gekregen = new TreeMap<>();
        s.herkomst().forEach(h -> gekregen.put(h.gemeente(), h.perVestigingsgemeente()));
        eis(gekregen.equals(verwacht), "spreading differs from the generator");
        int inJaarAantal = s.herkomst().stream().mapToInt(Overzichten.Herkomstregel::plaatsingen).sum();
        ok.add(String.format(Locale.ROOT, "spreading %,d placements in %d (%d origins x %d locations)", inJaarAantal, JAAR,
                s.herkomst().size(), s.vestiging().size()));

        Overzichten.Bezetting b = (Overzichten.Bezetting) voer(Vraag.BEZETTING);
        long actief = alle.stream().filter(opDag).count();
        int bezet = b.voorzieningen().stream().mapToInt(r -> r.bezet() + r.overboekt()).sum();
        eis(bezet == actief, "occupancy counts " + bezet + ", generator " + actief);
        ok.add(String.format(Locale.ROOT, "occupancy %,d placements on %s in %d facilities", bezet, PEILDATUM, b.voorzieningen().size()));

        Overzichten.Kosten k = (Overzichten.Kosten) voer(Vraag.KOSTEN);
        long totaal = 0;
        for (Plaatsing p : alle.stream().filter(inJaar).toList()) {
            LocalDate van = p.ingangsdatum().getYear() < JAAR ? LocalDate.of(JAAR, 1, 1) : p.ingangsdatum();
            LocalDate tot = p.einddatum() == null || p.einddatum().getYear() > JAAR ? LocalDate.of(JAAR, 12, 31) : p.einddatum();
            long d = ChronoUnit.DAYS.between(van, tot) + 1;
            totaal += p.tariefeenheid().equals("dag") ? p.tarief() * d
                    : new BigDecimal(BigInteger.valueOf(p.tarief() * d * 12)).divide(BigDecimal.valueOf(365), 0, RoundingMode.HALF_UP).longValueExact();
        }
        eis(k.budgetFouten().isEmpty(), "budget errors: " + k.budgetFouten());
        eis(k.verdeeld() != null, "the 2016 budget was not distributed");
        eis(k.totaleKosten() == totaal, "cost " + k.totaleKosten() + ", generator " + totaal);
        ok.add(String.format(Locale.ROOT, "cost EUR %,d for %d members, budget distributed", totaal / 100, k.gemeenten().size()));

        Overzichten.Uitstroom u = (Overzichten.Uitstroom) voer(Vraag.UITSTROOM);
        long beeindigd = alle.stream().filter(p -> p.einddatum() != null && p.einddatum().getYear() == JAAR).count();
        eis(u.beeindigd() == beeindigd, "outflow " + u.beeindigd() + ", generator " + beeindigd);
        ok.add(String.format(Locale.ROOT, "outflow %,d", beeindigd));

        @SuppressWarnings("unchecked")
        List<Overzichten.Signalering> sig = (List<Overzichten.Signalering>) voer(Vraag.SIGNALERINGEN);
        long overboekt = alle.stream().filter(opDag).filter(Plaatsing::overboeking).count();
        eis(sig.stream().filter(x -> x.soort().equals("overboeking")).count() == overboekt, "overbooking signals differ");
        ok.add(String.format(Locale.ROOT, "signals %,d", sig.size()));

        Overzichten.Wachtlijst w = (Overzichten.Wachtlijst) voer(Vraag.WACHTLIJST);
        long aanmeldingen = demo.aanmeldingen().stream().filter(a -> a.datum().getYear() == JAAR).count();
        eis(w.aanmeldingen() == aanmeldingen && w.geplaatst() + w.open() == w.aanmeldingen(), "waiting list " + w);
        ok.add(String.format(Locale.ROOT, "waiting list %,d applications in %d", aanmeldingen, JAAR));
        return ok;
    }

    private static void eis(boolean waar, String anders) {
        if (!waar) {
            throw new IllegalStateException("wrong answer: " + anders);
        }
    }

    // ---- the summary ------------------------------------------------------------------------

    private void samenvatting(long seed, Map<Bwsoort, Long> laadtijd, Map<Bwsoort, byte[]> bestanden, Map<String, Long> tabellen, long codes,
                              long dbNaLaden, long dbNaMeten, List<String> controles, int opwarmen, int metingen, Map<Vraag, Reeks> reeksen,
                              double rondesS, String spoor, List<Vraag> geprofileerd, Path profielbestand, long start)
            throws SQLException {
        var rt = ManagementFactory.getRuntimeMXBean();
        uit.p("=== Beschermd wonen monitoring: %,d placements, %d facilities, embedded Derby %s on disk ===", tabellen.get("PLAATSING"), codes,
                org.apache.derby.tools.sysinfo.getVersionString());
        uit.p("Measured %s UTC, %d cores, Java %s (%s)", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"));
        uit.p("JVM options: %s; max heap %d MiB; collectors: %s", String.join(" ", rt.getInputArguments()), Runtime.getRuntime().maxMemory() >> 20,
                String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList()));
        uit.p("Data: BeschermdWonenDemo.genereer(%d, JAREN_2015_2017, %,d, %d); stored: PLAATSING %,d rows, VOORZIENING %,d rows (%d facilities,"
                        + " one row per capacity period), AANMELDING %,d rows", seed, demo.plaatsingen().size(), codes, tabellen.get("PLAATSING"),
                tabellen.get("VOORZIENING"), codes, tabellen.get("AANMELDING"));
        uit.p("Module: %s; migrations applied: %s", moduleInfo(), String.join(", ", Omgeving.MIGRATIES.stream().map(Database.Migratie::naam).toList()));
        uit.p("Database on disk: %.1f MB after loading, %.1f MB after the timed rounds (data, indexes and log; Derby page cache default,"
                + " 1000 pages)", dbNaLaden / 1e6, dbNaMeten / 1e6);
        uit.p("Load through Importdienst.importeer (BSN column, HMAC pseudonyms, checks, one transaction per file; not in the table): %s",
                String.join(", ", laadtijd.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s.csv %.1f MB %.1f s", e.getKey().code(),
                        bestanden.get(e.getKey()).length / 1e6, e.getValue() / 1e9)).toList()));
        uit.p("Answers checked against the generator: %s", String.join("; ", controles));
        uit.p("Each query as BwMonitoringResource calls it (kosten reads regional-config/beschermd-wonen/%d.json per call, as the endpoint does);"
                + " JSON serialisation not included.", JAAR);
        uit.p("%d warm-up rounds, then %d timed rounds of all queries, round robin, order rotated per round (%.0f s); ms per call:", opwarmen,
                metingen, rondesS);
        uit.p("");
        uit.p("%-48s %8s %8s %8s %8s %8s %9s %9s %16s  %s", "query", "p50 ms", "p95 ms", "max ms", "min ms", "mean ms", "p50/base", "p95/base",
                "GC ms/call y+f", "target p95 < 200 ms");
        Reeks basis = reeksen.get(Vraag.BASIS);
        for (Map.Entry<Vraag, Reeks> e : reeksen.entrySet()) {
            Vraag v = e.getKey();
            Reeks r = e.getValue();
            String doel = v == Vraag.BASIS ? "" : r.p(95) < DOEL_MS ? "MET" : "MISSED";
            uit.p("%-48s %8.1f %8.1f %8.1f %8.1f %8.1f %9s %9s %16s  %s", v.titel, r.p(50), r.p(95), r.max(), r.min(), r.gemiddeld(),
                    v == Vraag.BASIS ? "1" : String.format(Locale.ROOT, "%.1f", r.p(50) / basis.p(50)),
                    v == Vraag.BASIS ? "1" : String.format(Locale.ROOT, "%.1f", r.p(95) / basis.p(95)),
                    String.format(Locale.ROOT, "%.1f+%.1f", (double) r.gcMs()[0] / metingen, r.gcMs().length > 1 ? (double) r.gcMs()[1] / metingen : 0.0),
                    doel);
        }
        uit.p("percentiles: nearest rank over the %d timed calls; ratio = the query's percentile / the baseline's; GC ms/call = GC time during"
                + " the query's timed calls / %d, young + full collector (%s)", metingen, metingen,
                String.join(" + ", GC_BEANS.stream().map(GarbageCollectorMXBean::getName).toList()));
        long gcAlle = reeksen.values().stream().mapToLong(Reeks::gcMsTotaal).sum();
        long[] volle = new long[2];
        reeksen.values().forEach(r -> {
            if (r.gcAantal().length > 1) {
                volle[0] += r.gcAantal()[1];
                volle[1] += r.gcMs()[1];
            }
        });
        uit.p("GC in the timed rounds: %.1f s of %.0f s (%.0f %%), of which %d full collections %.1f s; heap committed at the end %d MiB of %d MiB",
                gcAlle / 1e3, rondesS, 100 * gcAlle / 1e3 / rondesS, volle[0], volle[1] / 1e3, Runtime.getRuntime().totalMemory() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        for (Vraag v : reeksen.keySet()) {
            if (v.uitIssue) {
                Reeks r = reeksen.get(v);
                uit.p("Target %s p95 < %.0f ms: %s (p95 %.1f ms, %.2f x the target)", v.name(), DOEL_MS, r.p(95) < DOEL_MS ? "MET" : "MISSED", r.p(95),
                        r.p(95) / DOEL_MS);
            }
        }
        uit.p("");
        uit.p("%s", spoor);
        if (!geprofileerd.isEmpty()) {
            uit.p("Profiled (stack samples): %s -> %s", geprofileerd, profielbestand);
        }
        uit.p("Total run time of the benchmark: %s", Verslag.duur(Duration.ofNanos(System.nanoTime() - start)));
        System.out.print(uit);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Which build of the module was measured: the code changes, the numbers belong to one jar. */
    static String moduleInfo() {
        try {
            Path jar = Path.of(BwOpslag.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(jar)) {
                return jar.toString();
            }
            byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar));
            return String.format(Locale.ROOT, "%s built %s UTC, SHA-256 %s", jar.getFileName(),
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(Files.getLastModifiedTime(jar).toInstant()),
                    java.util.HexFormat.of().formatHex(sha).substring(0, 16));
        } catch (Exception e) {
            return "(unknown: " + e + ")";
        }
    }

    static final List<GarbageCollectorMXBean> GC_BEANS = ManagementFactory.getGarbageCollectorMXBeans();

    /** [counts per collector, ms per collector]. */
    static long[][] gcPerCollector() {
        long[][] uit = new long[2][GC_BEANS.size()];
        for (int i = 0; i < GC_BEANS.size(); i++) {
            uit[0][i] = Math.max(0, GC_BEANS.get(i).getCollectionCount());
            uit[1][i] = Math.max(0, GC_BEANS.get(i).getCollectionTime());
        }
        return uit;
    }

    Monitoring monitoring() {
        return monitoring;
    }
}
