package nl.samenspel.bench.wmo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;
import nl.samenspel.bench.steun.Database;
import nl.samenspel.bench.steun.Profiel;
import nl.samenspel.bench.steun.Spoor;
import nl.samenspel.bench.steun.Statistiek;
import nl.samenspel.bench.steun.Verslag;
import nl.samenspel.wmo.internal.eigenbijdrage.Eigenbijdragebron;
import nl.samenspel.wmo.internal.monitoring.Halfjaar;
import nl.samenspel.wmo.internal.monitoring.Monitoring;
import nl.samenspel.wmo.internal.monitoring.Overzichten;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;

/**
 * Every monitoring question of the Wmo module over N allocations (default 200,000) and L
 * declaration lines (default 1,000,000), as the REST endpoints call them (the {@link Monitoring}
 * method, and for the eigen bijdrage {@link Eigenbijdragebron#opbrengsten} as
 * {@code WmoEigenBijdrageResource.opbrengst} does; JSON not included), on embedded Derby on disk,
 * against a trivial {@code SELECT COUNT(*)} and the bare SQL of the distinct-client count through the
 * same DataSource, as bench/beschermd-wonen-monitoring does.
 *
 * <p>One fresh database filled by {@link Vulling}; every answer checked once against what was
 * stored; W warm-up rounds and R timed rounds of all questions, round robin with the order rotated
 * each round; then each question traced on a wrapped DataSource (statements, rows, Derby time,
 * plans; {@link Spoor}), and a stack-sample profile of the questions that missed the target
 * ({@link Vraagprofiel}).
 *
 * <pre>
 * java -Xms128m -Xmx1g -XX:+UseSerialGC -cp 'target/wmo-bench.jar:target/lib/*' nl.samenspel.bench.wmo.Monitoringbench
 *     [--toewijzingen 200000] [--regels 1000000] [--bekend 50] [--seed 2016] [--opwarmen 5] [--metingen 50]
 *     [--register ../../regional-config] [--werkmap target/work/monitoring] [--resultaat target/result-monitoring.txt]
 *     [--profiel auto|ja|nee] [--profielbestand target/profile-monitoring.txt] [--profielmetingen 10] [--plannen target/plans.txt]
 * </pre>
 */
public final class Monitoringbench {

    static final int JAAR = 2025;
    static final Halfjaar HALFJAAR = new Halfjaar(JAAR, 1);
    static final double DOEL_MS = 200;
    static final String TELLING = "SELECT COUNT(*) FROM WMO.TOEWIJZING";
    /** The bench's own copy of the distinct-client count the clienten question starts from: constant when the module changes. */
    static final String KALE_SQL = "SELECT GEMEENTE, CATEGORIE, COUNT(DISTINCT CLIENT) FROM WMO.TOEWIJZING WHERE INGANG <= ? AND (EINDE IS NULL OR"
            + " EINDE >= ?) AND (STOP_ZORG IS NULL OR STOP_ZORG >= ?) GROUP BY GEMEENTE, CATEGORIE";

    /** The rows of the table: two baselines and every question. */
    enum Vraag {
        BASIS("baseline: SELECT COUNT(*) FROM TOEWIJZING", false),
        KALE_SQL("baseline: bare SQL, distinct clients " + HALFJAAR, false),
        CLIENTEN("clienten(" + HALFJAAR + ")", true),
        BUDGETTEN("budgetten(" + JAAR + ")", true),
        PLAFONDS("plafonds(" + JAAR + ")", true),
        TRAJECTEN("trajecten(" + JAAR + ")", true),
        BEWEGING("beweging(" + HALFJAAR + ")", true),
        DOORLOOPTIJDEN("doorlooptijden(" + JAAR + ")", true),
        OPBRENGST("eigen bijdrage opbrengst(" + JAAR + ")", true);

        final String titel;
        final boolean doel;

        Vraag(String titel, boolean doel) {
            this.titel = titel;
            this.doel = doel;
        }
    }

    /** The timed calls of one question; GC per collector (index 0 the young, 1 the old/full collector). */
    record Reeks(long[] nanos, long[] gcAantal, long[] gcMs) {
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

        long gcMsTotaal() {
            return Arrays.stream(gcMs).sum();
        }
    }

    /** The module's objects on one DataSource: the real one, or a traced one. */
    record Module(Monitoring monitoring, Eigenbijdragebron bron, DataSource ds) {
    }

    private final Omgeving omgeving;
    private final Database db;
    private final Module module;
    private final Verslag uit = new Verslag();
    /** Keeps every answer reachable, so nothing is optimised away. */
    static volatile Object put;

    private Monitoringbench(Omgeving omgeving, Database db) {
        this.omgeving = omgeving;
        this.db = db;
        this.module = module(db.dataSource());
    }

    private Module module(DataSource ds) {
        WmoOpslag opslag = new WmoOpslag(ds);
        return new Module(new Monitoring(opslag), new Eigenbijdragebron(opslag, omgeving.registerService), ds);
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        long start = System.nanoTime();
        Map<String, String> opties = Importbench.opties(args);
        int aantal = Integer.parseInt(opties.getOrDefault("toewijzingen", "200000"));
        int regels = Integer.parseInt(opties.getOrDefault("regels", "1000000"));
        int bekend = Integer.parseInt(opties.getOrDefault("bekend", "50"));
        long seed = Long.parseLong(opties.getOrDefault("seed", "2016"));
        int opwarmen = Integer.parseInt(opties.getOrDefault("opwarmen", "5"));
        int metingen = Integer.parseInt(opties.getOrDefault("metingen", "50"));
        String profiel = opties.getOrDefault("profiel", "auto");
        int profielMetingen = Integer.parseInt(opties.getOrDefault("profielmetingen", "10"));
        Path werkmap = Path.of(opties.getOrDefault("werkmap", "target/work/monitoring")).toAbsolutePath();
        Path register = Path.of(opties.getOrDefault("register", "../../regional-config"));
        Path resultaat = Path.of(opties.getOrDefault("resultaat", "target/result-monitoring.txt"));
        Path profielbestand = Path.of(opties.getOrDefault("profielbestand", "target/profile-monitoring.txt"));
        Path planbestand = Path.of(opties.getOrDefault("plannen", "target/plans.txt"));
        Files.createDirectories(werkmap);
        Files.deleteIfExists(profielbestand);
        System.setProperty("derby.system.home", werkmap.resolve("derby").toString());
        System.setProperty("derby.stream.error.file", werkmap.resolve("derby.log").toString());

        Omgeving omgeving = new Omgeving(register, werkmap.resolve("afgewezen"));
        try (Database db = Omgeving.database(werkmap.resolve("db"))) {
            Monitoringbench bench = new Monitoringbench(omgeving, db);
            System.out.printf(Locale.ROOT, "# filling the database: %,d allocations, %,d declaration lines ...%n", aantal, regels);
            long t0 = System.nanoTime();
            Vulling.Inhoud inhoud = Vulling.vul(db.dataSource(), omgeving.importdienst(new WmoOpslag(db.dataSource())), seed, aantal, regels, bekend,
                    werkmap);
            double vullingS = (System.nanoTime() - t0) / 1e9;
            bench.run(inhoud, vullingS, seed, opwarmen, metingen, profiel, profielMetingen, profielbestand, planbestand, start);
            Verslag.schrijf(resultaat, bench.uit.toString());
            System.out.println("# written to " + resultaat.toAbsolutePath());
        }
    }

    private void run(Vulling.Inhoud inhoud, double vullingS, long seed, int opwarmen, int metingen, String profiel, int profielMetingen,
                     Path profielbestand, Path planbestand, long start) throws Exception {
        long dbNaVullen = db.grootte();
        Map<String, Long> tabellen = new LinkedHashMap<>();
        for (String t : List.of("TOEWIJZING", "REALISATIE", "DECLARATIEMAAND", "GEBRUIK", "CONTRACT", "BUDGET", "DEELNEMER")) {
            if (Vulling.heeftTabel(db.dataSource(), t)) {
                tabellen.put(t, Vulling.telling(db.dataSource(), "SELECT COUNT(*) FROM WMO." + t));
            }
        }
        System.out.println("# stored: " + tabellen);
        List<String> controles = controleer(inhoud);
        System.out.println("# answers checked against what was stored: " + String.join("; ", controles));
        Map<Vraag, String> antwoorden = new EnumMap<>(Vraag.class);
        for (Vraag v : Vraag.values()) {
            antwoorden.put(v, vingerafdruk(voer(v)));
        }

        List<Vraag> vragen = List.of(Vraag.values());
        System.out.printf(Locale.ROOT, "# %d warm-up rounds, then %d timed rounds of %d questions ...%n", opwarmen, metingen, vragen.size());
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
            if ((r + 1) % 10 == 0) {
                System.out.printf(Locale.ROOT, "#   round %d of %d%n", r + 1, metingen);
            }
        }
        double rondesS = (System.nanoTime() - t0Rondes) / 1e9;
        Map<Vraag, Reeks> reeksen = new EnumMap<>(Vraag.class);
        vragen.forEach(v -> reeksen.put(v, new Reeks(nanos.get(v), gc.get(v)[0], gc.get(v)[1])));

        System.out.println("# tracing each question's statements (Derby time, rows, plans) ...");
        String spoor = spoor(5, planbestand);

        List<Vraag> teProfileren = switch (profiel) {
            case "ja", "1" -> vragen.stream().filter(v -> v.doel).toList();
            case "nee", "0" -> List.of();
            default -> vragen.stream().filter(v -> v.doel && reeksen.get(v).p(95) >= DOEL_MS).toList();
        };
        if (!teProfileren.isEmpty()) {
            System.out.println("# profiling " + teProfileren + " (stack samples every " + Profiel.PERIODE_MS + " ms, " + profielMetingen
                    + " calls each) ...");
            Verslag.schrijf(profielbestand, Vraagprofiel.meet(this, teProfileren, profielMetingen));
        }
        samenvatting(inhoud, vullingS, seed, tabellen, dbNaVullen, controles, antwoorden, opwarmen, metingen, reeksen, rondesS, spoor, teProfileren,
                profielbestand, start);
    }

    /** One call of a question, exactly as the REST resource makes it (JSON aside). */
    Object voer(Vraag v) throws SQLException {
        return voer(v, module);
    }

    private Object voer(Vraag v, Module m) throws SQLException {
        Register register = omgeving.registerService.actueel().orElseThrow();
        return switch (v) {
            case BASIS -> Vulling.telling(m.ds(), TELLING);
            case KALE_SQL -> kaleSql(m.ds());
            case CLIENTEN -> m.monitoring().clienten(register, Omgeving.REGIO, HALFJAAR);
            case BUDGETTEN -> m.monitoring().budgetten(register, Omgeving.REGIO, JAAR);
            case PLAFONDS -> m.monitoring().plafonds(JAAR);
            case TRAJECTEN -> m.monitoring().trajecten(JAAR);
            case BEWEGING -> m.monitoring().beweging(register, Omgeving.REGIO, HALFJAAR);
            case DOORLOOPTIJDEN -> m.monitoring().doorlooptijden(register, Omgeving.REGIO, JAAR);
            // WmoEigenBijdrageResource.opbrengst: the rates file is read on every call
            case OPBRENGST -> opbrengst(m.bron());
        };
    }

    /** The revenue of the year as {@code WmoEigenBijdrageResource.opbrengst} computes it. */
    private static Object opbrengst(Eigenbijdragebron bron) throws SQLException {
        return bron.opbrengsten(JAAR, bron.tarieven());
    }

    private static List<long[]> kaleSql(DataSource ds) throws SQLException {
        List<long[]> uit = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(KALE_SQL)) {
            ps.setDate(1, Date.valueOf(HALFJAAR.tot()));
            ps.setDate(2, Date.valueOf(HALFJAAR.van()));
            ps.setDate(3, Date.valueOf(HALFJAAR.van()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(new long[] {Long.parseLong(rs.getString(1)), Long.parseLong(rs.getString(2)), rs.getLong(3)});
                }
            }
        }
        return uit;
    }

    /** The first 16 hex characters of the SHA-256 of the answer's text: the same answer before and after a change of the module. */
    static String vingerafdruk(Object antwoord) {
        String tekst = antwoord instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof long[]
                ? String.join(";", l.stream().map(x -> Arrays.toString((long[]) x)).toList()) : String.valueOf(antwoord);
        return HexFormat.of().formatHex(Importgegevens.sha256().digest(tekst.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    // ---- where the time goes: the statements of each question ---------------------------------

    /**
     * Each question on a second Monitoring whose store has a traced DataSource ({@link Spoor}): 2
     * warm-up calls, one call with Derby's runtime statistics on (the plans), then N calls traced
     * for time. Returns the summary's section; writes the full plans to a file.
     */
    private String spoor(int n, Path planbestand) throws Exception {
        Spoor spoor = new Spoor(db.dataSource(), WmoOpslag.SCHEMA);
        Module gevolgd = module(spoor.dataSource());
        StringBuilder sb = new StringBuilder();
        StringBuilder plannen = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Where the time goes: each question %d more times on a traced DataSource (mean per call; Derby = time"
                + " in executeQuery, where Derby scans and sorts/groups, + ResultSet.next; rest = column getters, building records, the Java of"
                + " the question; GC counts where it hits):%n", n));
        for (Vraag v : Vraag.values()) {
            for (int i = 0; i < 2; i++) {
                spoor.begin(false);
                put = voer(v, gevolgd);
            }
            spoor.begin(true);
            put = voer(v, gevolgd);
            Map<String, Spoor.Opdracht> metPlan = new LinkedHashMap<>();
            spoor.opdrachten().forEach(o -> metPlan.put(o.sql, o));
            spoor.begin(false);
            long totaal = 0;
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                put = voer(v, gevolgd);
                totaal += System.nanoTime() - t0;
            }
            long derby = spoor.derbyNs();
            sb.append(String.format(Locale.ROOT, "  %-14s %7.1f ms per call = Derby %7.1f ms (%3.0f %%) + rest %7.1f ms (%3.0f %%)%n", v.name(),
                    totaal / 1e6 / n, derby / 1e6 / n, 100.0 * derby / totaal, (totaal - derby) / 1e6 / n, 100.0 * (totaal - derby) / totaal));
            for (Spoor.Opdracht o : spoor.opdrachten()) {
                sb.append(String.format(Locale.ROOT, "      %4.1f x/call %,8d rows/call  open %7.1f ms  fetch %7.1f ms  %s%n",
                        (double) o.uitvoeringen / n, o.rijen / n, o.openNs / 1e6 / n, o.volgendeNs / 1e6 / n, spoor.kort(o.sql)));
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

    // ---- the answers against what was stored -------------------------------------------------

    private List<String> controleer(Vulling.Inhoud inhoud) throws SQLException {
        List<String> ok = new ArrayList<>();
        Register register = omgeving.registerService.actueel().orElseThrow();
        List<String> leden = register.ledenInJaar(Omgeving.REGIO, JAAR).stream().map(Gemeente::code).sorted().toList();

        long n = (long) voer(Vraag.BASIS);
        eis(n == inhoud.toewijzingen.size(), "COUNT(*) " + n + " != " + inhoud.toewijzingen.size());
        ok.add(String.format(Locale.ROOT, "count %,d", n));

        Overzichten.Clientenoverzicht c = (Overzichten.Clientenoverzicht) voer(Vraag.CLIENTEN);
        Map<String, Set<String>> verwacht = new HashMap<>();
        for (Vulling.Toewijzing t : inhoud.toewijzingen) {
            if (t.looptIn(HALFJAAR.van(), HALFJAAR.tot())) {
                verwacht.computeIfAbsent(t.gemeente(), g -> new HashSet<>()).add(t.client());
            }
        }
        long totaal = 0;
        for (Overzichten.Clientenregel r : c.regels()) {
            if (r.categorie() == null) {
                int v = verwacht.getOrDefault(r.gemeente(), Set.of()).size();
                eis(r.clienten() == v, "clients of " + r.gemeente() + ": " + r.clienten() + ", stored " + v);
                totaal += v;
            }
        }
        ok.add(String.format(Locale.ROOT, "clients %s %,d in %d members", HALFJAAR, totaal, leden.size()));

        Overzichten.Budgetoverzicht b = (Overzichten.Budgetoverzicht) voer(Vraag.BUDGETTEN);
        long maatwerk = 0;
        for (Overzichten.Budgetregel r : b.gemeenten()) {
            long v = inhoud.gedeclareerd.getOrDefault(r.gemeente(), Map.of()).entrySet().stream().filter(e -> e.getKey().getYear() == JAAR)
                    .mapToLong(Map.Entry::getValue).sum();
            eis(r.maatwerk() == v, "declared maatwerk of " + r.gemeente() + ": " + r.maatwerk() + ", stored " + v);
            maatwerk += v;
        }
        ok.add(String.format(Locale.ROOT, "budgets: declared %d EUR %,d", JAAR, maatwerk / 100));

        Overzichten.Plafondoverzicht p = (Overzichten.Plafondoverzicht) voer(Vraag.PLAFONDS);
        int signalen = 0;
        for (Overzichten.Plafondregel r : p.contracten()) {
            long v = inhoud.perAgb.getOrDefault(r.agb(), Map.of()).getOrDefault(JAAR, 0L);
            eis(r.besteed() == v, "ceiling of " + r.agb() + ": " + r.besteed() + ", stored " + v);
            signalen += r.signaal().equals(Monitoring.NORMAAL) ? 0 : 1;
        }
        ok.add(String.format(Locale.ROOT, "ceilings %d (%d signals)", p.contracten().size(), signalen));

        Overzichten.Bewegingoverzicht w = (Overzichten.Bewegingoverzicht) voer(Vraag.BEWEGING);
        for (Overzichten.Bewegingregel r : w.gemeenten()) {
            long som = 0;
            for (YearMonth m : HALFJAAR.maanden()) {
                som += inhoud.toewijzingen.stream().filter(t -> t.gemeente().equals(r.gemeente()) && t.looptIn(m.atDay(1), m.atEndOfMonth()))
                        .map(Vulling.Toewijzing::client).distinct().count();
            }
            eis(r.clientenMaatwerk() == Math.floorDiv(2 * som + 6, 12), "maatwerk clients per month of " + r.gemeente() + ": "
                    + r.clientenMaatwerk() + ", stored " + som + " over six months");
        }
        ok.add(String.format(Locale.ROOT, "beweging: maatwerk clients per month %,d, participants %,d", w.regio().clientenMaatwerk(),
                w.regio().deelnemersAlgemeen()));

        Overzichten.Doorlooptijden d = (Overzichten.Doorlooptijden) voer(Vraag.DOORLOOPTIJDEN);
        int laat = 0;
        for (Overzichten.Doorlooptijdregel r : d.gemeenten()) {
            long v = inhoud.toewijzingen.stream().filter(t -> t.gemeente().equals(r.gemeente()) && t.aanvraag() != null
                    && t.aanvraag().getYear() == JAAR).count();
            long l = inhoud.toewijzingen.stream().filter(t -> t.gemeente().equals(r.gemeente()) && t.aanvraag() != null
                    && t.aanvraag().getYear() == JAAR && ChronoUnit.DAYS.between(t.aanvraag(), t.toegewezen()) > Monitoring.WETTELIJKE_DAGEN).count();
            eis(r.aanvragen() == v && r.langerDanAchtWeken() == l, "applications of " + r.gemeente() + ": " + r.aanvragen() + "/"
                    + r.langerDanAchtWeken() + ", stored " + v + "/" + l);
            laat += l;
        }
        ok.add(String.format(Locale.ROOT, "applications %d: %d beyond 8 weeks", JAAR, laat));
        return ok;
    }

    private static void eis(boolean waar, String anders) {
        if (!waar) {
            throw new IllegalStateException("wrong answer: " + anders);
        }
    }

    // ---- the summary ------------------------------------------------------------------------

    private void samenvatting(Vulling.Inhoud inhoud, double vullingS, long seed, Map<String, Long> tabellen, long dbNaVullen, List<String> controles,
                              Map<Vraag, String> antwoorden, int opwarmen, int metingen, Map<Vraag, Reeks> reeksen, double rondesS, String spoor,
                              List<Vraag> geprofileerd, Path profielbestand, long start) {
        var rt = ManagementFactory.getRuntimeMXBean();
        uit.p("=== Wmo monitoring: %,d allocations, %,d declaration lines, embedded Derby %s on disk ===", tabellen.get("TOEWIJZING"),
                tabellen.get("REALISATIE"), org.apache.derby.tools.sysinfo.getVersionString());
        uit.p("Measured %s UTC, %d cores, Java %s (%s)", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"));
        uit.p("JVM options: %s; max heap %d MiB; collectors: %s", String.join(" ", rt.getInputArguments()), Runtime.getRuntime().maxMemory() >> 20,
                String.join(", ", GC_BEANS.stream().map(GarbageCollectorMXBean::getName).toList()));
        uit.p("Module: %s; migrations applied: %s", Omgeving.module(), String.join(", ", Omgeving.MIGRATIES.stream().map(Database.Migratie::naam)
                .toList()));
        uit.p("Data: %s; thinned evenly; numbers of dataset k raised by k x %,d, each its own pseudonym key;", inhoud.bronnen,
                Vulling.VERSCHUIVING);
        uit.p("  stored: %s; %,d distinct clients, %,d starts, %,d stops; contracts, budgets and use from WmoDemo.genereer(%d, 1500) x %.1f"
                + " (the ratio of declared amounts)", tabellen, inhoud.clienten, inhoud.starts, inhoud.stops, seed, inhoud.factor);
        uit.p("Filled in %.0f s (%s); index statistics updated after the fill (%d rows in SYS.SYSSTATISTICS); database on disk %.0f MB (data,"
                + " indexes and log; Derby page cache default, 1000 pages)", vullingS, String.join(", ", inhoud.laadtijdMs.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue() / 1e3)).toList()), inhoud.statistieken, dbNaVullen / 1e6);
        uit.p("Answers checked against what was stored: %s", String.join("; ", controles));
        uit.p("Answer fingerprints (SHA-256 of the answer's text, the same before and after a change of the module): %s",
                String.join(", ", antwoorden.entrySet().stream().filter(e -> e.getKey().doel).map(e -> e.getKey().name().toLowerCase(Locale.ROOT)
                        + " " + e.getValue()).toList()));
        uit.p("Each question as the REST resource calls it (Monitoring; eigen bijdrage: Eigenbijdragebron.tarieven + opbrengsten);"
                + " JSON not included.");
        uit.p("%d warm-up rounds, then %d timed rounds of all questions, round robin, order rotated per round (%.0f s); ms per call:", opwarmen,
                metingen, rondesS);
        uit.p("");
        uit.p("%-44s %8s %8s %8s %8s %8s %9s %9s %14s  %s", "question", "p50 ms", "p95 ms", "max ms", "min ms", "mean ms", "p50/base", "p95/base",
                "GC ms/call y+f", "target p95 < 200 ms");
        Reeks basis = reeksen.get(Vraag.BASIS);
        for (Map.Entry<Vraag, Reeks> e : reeksen.entrySet()) {
            Vraag v = e.getKey();
            Reeks r = e.getValue();
            String doel = !v.doel ? "" : r.p(95) < DOEL_MS ? "MET" : "MISSED";
            uit.p("%-44s %8.1f %8.1f %8.1f %8.1f %8.1f %9s %9s %14s  %s", v.titel, r.p(50), r.p(95), r.max(), r.min(), r.gemiddeld(),
                    v == Vraag.BASIS ? "1" : String.format(Locale.ROOT, "%.1f", r.p(50) / basis.p(50)),
                    v == Vraag.BASIS ? "1" : String.format(Locale.ROOT, "%.1f", r.p(95) / basis.p(95)),
                    String.format(Locale.ROOT, "%.1f+%.1f", (double) r.gcMs()[0] / metingen, r.gcMs().length > 1 ? (double) r.gcMs()[1] / metingen : 0.0),
                    doel);
        }
        uit.p("percentiles: nearest rank over the %d timed calls; ratio = the question's percentile / the COUNT(*) baseline's; GC ms/call = GC time"
                + " during the question's timed calls / %d, young + full collector (%s)", metingen, metingen,
                String.join(" + ", GC_BEANS.stream().map(GarbageCollectorMXBean::getName).toList()));
        long gcAlle = reeksen.values().stream().mapToLong(Reeks::gcMsTotaal).sum();
        uit.p("GC in the timed rounds: %.1f s of %.0f s (%.0f %%); heap committed at the end %d MiB of %d MiB", gcAlle / 1e3, rondesS,
                100 * gcAlle / 1e3 / rondesS, Runtime.getRuntime().totalMemory() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        for (Vraag v : reeksen.keySet()) {
            if (v.doel) {
                Reeks r = reeksen.get(v);
                uit.p("Target %-14s p95 < %.0f ms: %s (p95 %.1f ms, %.2f x the target)", v.name(), DOEL_MS, r.p(95) < DOEL_MS ? "MET" : "MISSED",
                        r.p(95), r.p(95) / DOEL_MS);
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
}
