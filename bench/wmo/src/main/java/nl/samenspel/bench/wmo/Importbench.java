package nl.samenspel.bench.wmo;

import java.io.ByteArrayInputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.bench.steun.Basislijn;
import nl.samenspel.bench.steun.Database;
import nl.samenspel.bench.steun.Mappen;
import nl.samenspel.bench.steun.Statistiek;
import nl.samenspel.bench.steun.Verslag;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Istandaardbericht;
import nl.samenspel.wmo.internal.domein.Ondersteuning;
import nl.samenspel.wmo.internal.inlezen.Importdienst;
import nl.samenspel.wmo.internal.invoer.Recordlezer;
import nl.samenspel.wmo.internal.invoer.Wmosoort;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;

/**
 * Import of N WMO301 allocations (default 100,000) through {@code Importdienst.importeer}, as one
 * CSV and as iWmo 3.2 messages in one ZIP per gemeente, against raw JDBC batch inserts of the same
 * rows into WMO.TOEWIJZING ({@link Basislijn}), on embedded Derby on disk; the method of
 * bench/jeugdhulp-import. Every measured run gets a fresh database with the master data imported
 * first (not timed). One warm-up run per row, then R rounds (default 3) of all rows, interleaved.
 *
 * <pre>
 * java -Xms128m -Xmx1g -XX:+UseSerialGC -cp 'target/wmo-bench.jar:target/lib/*:target/lib-woodstox/*' \
 *     nl.samenspel.bench.wmo.Importbench [--aantal 100000] [--herhalingen 3] [--seed 2016]
 *     [--register ../../regional-config] [--werkmap target/work/import] [--resultaat target/result-import.txt]
 *     [--rijen BASIS_CSV,CSV,BASIS_WMO301,WMO301] [--geen-stadia] [--profiel target/profile-import.txt]
 * </pre>
 *
 * {@code --profiel}: instead of the comparison, warm up and run the chosen imports R times each under
 * the stack sampler (see {@link Importprofiel}).
 */
public final class Importbench {

    /** The rows of the table. */
    enum Meting {
        BASIS_CSV("baseline JDBC batch (CSV rows)"),
        CSV("CSV import, 1 file"),
        BASIS_WMO301("baseline JDBC batch (WMO301 rows)"),
        WMO301("WMO301 import, zips per gemeente");

        final String titel;

        Meting(String titel) {
            this.titel = titel;
        }

        boolean basislijn() {
            return this == BASIS_CSV || this == BASIS_WMO301;
        }

        Meting basis() {
            return this == CSV ? BASIS_CSV : this == WMO301 ? BASIS_WMO301 : this;
        }
    }

    record Uitkomst(Meting meting, int ronde, int records, long nanos, long gcAantal, long gcMs, long dbBytes) {
        double perSeconde() {
            return records / (nanos / 1e9);
        }

        double seconden() {
            return nanos / 1e9;
        }
    }

    private final Importgegevens data;
    private final Omgeving omgeving;
    private final Path werkmap;
    private final Verslag uit = new Verslag();

    private Importbench(Importgegevens data, Omgeving omgeving, Path werkmap) {
        this.data = data;
        this.omgeving = omgeving;
        this.werkmap = werkmap;
    }

    public static void main(String[] args) throws Exception {
        // before any logger exists: the importer logs an INFO line per accepted file
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // the generator writes its messages with the JDK's StAX writer (it does not run on Woodstox's); reading, which is measured,
        // takes whatever XMLInputFactory.newFactory() finds: Woodstox when it is on the class path, as in Karaf
        System.setProperty("javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl");
        Map<String, String> opties = opties(args, "geen-stadia");
        int aantal = Integer.parseInt(opties.getOrDefault("aantal", "100000"));
        int herhalingen = Integer.parseInt(opties.getOrDefault("herhalingen", "3"));
        long seed = Long.parseLong(opties.getOrDefault("seed", "2016"));
        Path werkmap = Path.of(opties.getOrDefault("werkmap", "target/work/import")).toAbsolutePath();
        Path register = Path.of(opties.getOrDefault("register", "../../regional-config"));
        Path resultaat = Path.of(opties.getOrDefault("resultaat", "target/result-import.txt"));
        List<Meting> rijen = Arrays.stream(opties.getOrDefault("rijen", "BASIS_CSV,CSV,BASIS_WMO301,WMO301").split(","))
                .map(String::strip).map(Meting::valueOf).sorted().toList();
        Files.createDirectories(werkmap);
        System.setProperty("derby.system.home", werkmap.resolve("derby").toString());
        System.setProperty("derby.stream.error.file", werkmap.resolve("derby.log").toString());

        long start = System.nanoTime();
        Omgeving omgeving = new Omgeving(register, werkmap.resolve("afgewezen"));
        System.out.printf(Locale.ROOT, "# %,d allocations (seeds %d and %d): generating, writing (or reusing) CSV + iWmo files in %s ...%n",
                aantal, seed, seed + 1, werkmap.resolve("data"));
        Importgegevens data = Importgegevens.maak(seed, aantal, werkmap.resolve("data"));
        System.out.println("# " + data.herkomst);
        System.gc();
        Importbench bench = new Importbench(data, omgeving, werkmap);
        if (opties.containsKey("profiel")) {
            Importprofiel.meet(bench, rijen.stream().filter(m -> !m.basislijn()).toList(), herhalingen, Path.of(opties.get("profiel")));
            return;
        }
        bench.vergelijk(rijen, herhalingen, !opties.containsKey("geen-stadia"), start);
        Verslag.schrijf(resultaat, bench.uit.toString());
        System.out.println("# written to " + resultaat.toAbsolutePath());
    }

    /** --naam waarde pairs; the flags named take no value. */
    static Map<String, String> opties(String[] args, String... vlaggen) {
        Map<String, String> m = new HashMap<>();
        List<String> zonderWaarde = List.of(vlaggen);
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            String naam = args[i].substring(2);
            if (zonderWaarde.contains(naam)) {
                m.put(naam, "");
            } else if (i + 1 < args.length) {
                m.put(naam, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + naam + " needs a value");
            }
        }
        return m;
    }

    // ---- the comparison --------------------------------------------------------------------

    private void vergelijk(List<Meting> rijen, int herhalingen, boolean stadia, long start) throws Exception {
        List<Uitkomst> warm = new ArrayList<>();
        Map<Meting, List<Uitkomst>> gemeten = new EnumMap<>(Meting.class);
        for (Meting m : rijen) {
            warm.add(log(meet(m, 0)));
        }
        for (int ronde = 1; ronde <= herhalingen; ronde++) {
            for (Meting m : rijen) {
                gemeten.computeIfAbsent(m, k -> new ArrayList<>()).add(log(meet(m, ronde)));
            }
        }
        List<String> stadiaRegels = stadia ? stadia(herhalingen, gemeten) : List.of();
        samenvatting(herhalingen, warm, gemeten, stadiaRegels, start);
    }

    private static Uitkomst log(Uitkomst u) {
        System.out.printf(Locale.ROOT, "# %-8s %-36s %,9d records  %7.2f s  %,9.0f rec/s  GC %d x, %d ms%n",
                u.ronde() == 0 ? "warm-up" : "round " + u.ronde(), u.meting().titel, u.records(), u.seconden(), u.perSeconde(),
                u.gcAantal(), u.gcMs());
        return u;
    }

    Uitkomst meet(Meting m, int ronde) throws SQLException {
        return meet(m, ronde, () -> { }, () -> { });
    }

    /** One run on a fresh database: master data (not timed), then the timed operation, then the content check (not timed). */
    Uitkomst meet(Meting m, int ronde, Runnable voor, Runnable na) throws SQLException {
        Path map = werkmap.resolve("db").resolve(m.name().toLowerCase(Locale.ROOT) + "-" + ronde);
        try (Database db = Omgeving.database(map)) {
            WmoOpslag opslag = new WmoOpslag(db.dataSource());
            Importdienst dienst = omgeving.importdienst(opslag);
            laadStamgegevens(dienst);
            System.gc();
            long[] gc0 = Verslag.gc();
            voor.run();
            long t0 = System.nanoTime();
            int records = switch (m) {
                case BASIS_CSV -> {
                    Basislijn.voegIn(db.dataSource(), Importgegevens.TABEL, data.rijenCsv, "CSV");
                    yield data.rijenCsv.size();
                }
                case BASIS_WMO301 -> {
                    Basislijn.voegIn(db.dataSource(), Importgegevens.TABEL, data.rijenWmo301, "ZIP");
                    yield data.rijenWmo301.size();
                }
                case CSV -> Omgeving.accepteer(dienst, Wmosoort.TOEWIJZINGEN, data.csv.naam(), data.csv.inhoud(), data.aantal);
                case WMO301 -> {
                    int n = 0;
                    for (Importgegevens.Bestand zip : data.wmo301) {
                        n += Omgeving.accepteer(dienst, Wmosoort.TOEWIJZINGEN, zip.naam(), zip.inhoud(), -1);
                    }
                    yield n;
                }
            };
            long nanos = System.nanoTime() - t0;
            na.run();
            long[] gc1 = Verslag.gc();
            String[] inhoud = inhoud(db.dataSource());
            String verwacht = m == Meting.BASIS_CSV || m == Meting.CSV ? data.verwachtCsv : data.verwachtWmo301;
            if (records != data.aantal || !inhoud[0].equals(Integer.toString(data.aantal)) || !inhoud[1].equals(verwacht)) {
                throw new IllegalStateException(m + ": TOEWIJZING holds " + inhoud[0] + " rows (digest " + inhoud[1]
                        + "), expected " + data.aantal + " (digest " + verwacht + "); reported " + records);
            }
            return new Uitkomst(m, ronde, records, nanos, gc1[0] - gc0[0], gc1[1] - gc0[1], Mappen.grootte(map));
        }
    }

    /** Providers, products, tariffs, contracts and budgets, through the import as a region loads them. */
    void laadStamgegevens(Importdienst dienst) throws SQLException {
        for (int i = 0; i < Importgegevens.STAMGEGEVENS.size(); i++) {
            Importgegevens.Bestand b = data.stamgegevens.get(i);
            Omgeving.accepteer(dienst, Importgegevens.STAMGEGEVENS.get(i), b.naam(), b.inhoud(), -1);
        }
    }

    /** Row count and SHA-256 of TOEWIJZING's import columns as stored, in the form of {@link Importgegevens#digest}. */
    static String[] inhoud(DataSource ds) throws SQLException {
        var md = Importgegevens.sha256();
        long n = 0;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT GEMEENTE, NUMMER, CLIENT, AGB, CATEGORIE, CODE, TOEWIJZINGSDATUM, INGANG, EINDE, VOLUME,"
                     + " EENHEID, FREQUENTIE, BUDGET, AANVRAAGDATUM, MINDERJARIG FROM WMO.TOEWIJZING ORDER BY GEMEENTE, NUMMER")) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= 15; i++) {
                    if (i > 1) {
                        sb.append('|');
                    }
                    Object o = switch (i) {
                        case 7, 8, 9, 14 -> rs.getDate(i) == null ? null : rs.getDate(i).toLocalDate();
                        case 2, 13 -> rs.getObject(i) == null ? null : rs.getLong(i);
                        case 10 -> rs.getObject(i) == null ? null : rs.getInt(i);
                        case 15 -> rs.getObject(i) == null ? null : rs.getBoolean(i);
                        default -> rs.getString(i) == null ? null : rs.getString(i).strip();
                    };
                    sb.append(o == null ? "" : o.toString());
                }
                sb.append('\n');
                md.update(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                n++;
            }
        }
        return new String[] {Long.toString(n), HexFormat.of().formatHex(md.digest())};
    }

    Importgegevens data() {
        return data;
    }

    // ---- stages ----------------------------------------------------------------------------

    /**
     * Where the importer's time goes, cheaply: the reading step alone on the same bytes
     * (Invoerbestand.lees as Importdienst calls it: unzip, parse, fields, pseudonym), the HMAC
     * pseudonyms alone, for WMO301 also unzip alone and unzip + a bare StAX pass over every event.
     * The rest of the import's median is the checks (master data read per file, Controle) and
     * storing (the log row, JDBC batch, commit); a profile splits those (--profiel).
     */
    private List<String> stadia(int herhalingen, Map<Meting, List<Uitkomst>> gemeten) {
        System.out.println("# stages: reading alone ...");
        List<String> regels = new ArrayList<>();
        long hmac = mediaan(herhalingen, this::pseudoniemen);
        for (Meting m : List.of(Meting.CSV, Meting.WMO301)) {
            if (!gemeten.containsKey(m)) {
                continue;
            }
            List<Importgegevens.Bestand> bestanden = m == Meting.CSV ? List.of(data.csv) : data.wmo301;
            long lees = mediaan(herhalingen, () -> leesAlles(bestanden));
            long totaal = Statistiek.mediaan(gemeten.get(m).stream().mapToLong(Uitkomst::nanos).toArray());
            long basis = gemeten.containsKey(m.basis()) ? Statistiek.mediaan(gemeten.get(m.basis()).stream().mapToLong(Uitkomst::nanos).toArray()) : 0;
            regels.add(String.format(Locale.ROOT, "%-26s total %6.2f s = read %5.2f s (%2.0f %%) + checks and store, the rest, %5.2f s (%2.0f %%);"
                            + " the baseline's insert of the same rows %5.2f s", m == Meting.CSV ? "CSV import:" : "WMO301 import (" + data.wmo301.size()
                            + " zips):", totaal / 1e9, lees / 1e9, 100.0 * lees / totaal, (totaal - lees) / 1e9, 100.0 * (totaal - lees) / totaal,
                    basis / 1e9));
            if (m == Meting.WMO301) {
                long unzip = mediaan(herhalingen, () -> stax(false));
                long stax = mediaan(herhalingen, () -> stax(true)) - unzip;
                regels.add(String.format(Locale.ROOT, "  WMO301 read %.2f s, in parts: unzip %.2f s + bare StAX pass over every event %.2f s + the"
                                + " rest %.2f s (the message reader's paths and record maps, Recordlezer, pseudonym); StAX: %s", lees / 1e9, unzip / 1e9,
                        stax / 1e9, (lees - unzip - stax) / 1e9, XMLInputFactory.newFactory().getClass().getName()));
            }
        }
        regels.add(String.format(Locale.ROOT, "  of the read: HMAC-SHA256 pseudonym of %,d BSNs alone (as PseudoniemComponent, a new Mac per call)"
                + " %.2f s", data.bsns.size(), hmac / 1e9));
        return regels;
    }

    /** Invoerbestand.lees as Importdienst calls it for allocations; returns elapsed nanoseconds. */
    long leesAlles(List<Importgegevens.Bestand> bestanden) {
        Function<Bsn, String> pseudoniem = omgeving.pseudoniemdienst::pseudoniem;
        Invoerlimieten limieten = Invoerlimieten.standaard();
        long t0 = System.nanoTime();
        int n = 0;
        for (Importgegevens.Bestand b : bestanden) {
            Gelezen<Ondersteuning.Toewijzing> g = Wmosoort.BESTAND.lees(Wmosoort.TOEWIJZINGEN, b.naam(), b.inhoud(), limieten,
                    (v, k) -> Recordlezer.toewijzing(v, k, pseudoniem));
            if (!g.fouten().isEmpty()) {
                throw new IllegalStateException(b.naam() + ": " + g.fouten().get(0));
            }
            n += g.regels().size();
        }
        long ns = System.nanoTime() - t0;
        if (n != data.aantal) {
            throw new IllegalStateException("read " + n + " records, expected " + data.aantal);
        }
        return ns;
    }

    private long pseudoniemen() {
        long t0 = System.nanoTime();
        int h = 0;
        for (String bsn : data.bsns) {
            h += omgeving.pseudoniemdienst.pseudoniem(Bsn.van(bsn).orElseThrow()).length();
        }
        if (h != 64 * data.bsns.size()) {
            throw new IllegalStateException();
        }
        return System.nanoTime() - t0;
    }

    /** Unzips every WMO301 message and, if asked, runs a bare StAX pass over it. */
    private long stax(boolean parse) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        long t0 = System.nanoTime();
        long h = 0;
        try {
            for (Importgegevens.Bestand b : data.wmo301) {
                for (byte[] bericht : Importgegevens.berichten(b.inhoud())) {
                    h += bericht.length;
                    if (parse) {
                        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(bericht), "UTF-8");
                        while (r.hasNext()) {
                            int e = r.next();
                            if (e == XMLStreamConstants.START_ELEMENT) {
                                h += r.getLocalName().length() + r.getNamespaceURI().length();
                            } else if (e == XMLStreamConstants.CHARACTERS) {
                                h += r.getText().length();
                            }
                        }
                        r.close();
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        if (h == 0) {
            throw new IllegalStateException();
        }
        return System.nanoTime() - t0;
    }

    static long mediaan(int n, LongSupplier meting) {
        meting.getAsLong(); // warm-up
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = meting.getAsLong();
        }
        return Statistiek.mediaan(t);
    }

    // ---- the summary -----------------------------------------------------------------------

    private void samenvatting(int herhalingen, List<Uitkomst> warm, Map<Meting, List<Uitkomst>> gemeten, List<String> stadia, long start) {
        var rt = ManagementFactory.getRuntimeMXBean();
        uit.p("=== Wmo import: %,d allocations (WMO301), embedded Derby %s on disk ===", data.aantal, org.apache.derby.tools.sysinfo.getVersionString());
        uit.p("Measured %s UTC, %d cores, Java %s (%s)", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"));
        uit.p("JVM options: %s; max heap %d MiB; collectors: %s", String.join(" ", rt.getInputArguments()),
                Runtime.getRuntime().maxMemory() >> 20,
                String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList()));
        uit.p("StAX of the module's iWmo reader (Istandaardbericht.parser()): %s", Istandaardbericht.parser());
        uit.p("Module: %s; migrations applied: %s", Omgeving.module(), String.join(", ", Omgeving.MIGRATIES.stream().map(Database.Migratie::naam)
                .toList()));
        uit.p("Data: WmoDemo.genereer(%d, n) and genereer(%d, n), numbers of the second raised by %,d, %,d allocations kept;", data.seed, data.seed + 1,
                Importgegevens.VERSCHUIVING, data.aantal);
        uit.p("  toewijzingen.csv (bsn, geboortedatum) %.1f MB; %d WMO301 zips %.1f MB (%.0f MB of XML), %,d messages; per gemeente: %s",
                data.csv.inhoud().length / 1e6, data.wmo301.size(), data.wmo301Bytes() / 1e6, data.wmo301Uitgepakt() / 1e6, data.berichten,
                data.perGemeente());
        uit.p("  %s", data.herkomst);
        uit.p("Each run: fresh database, master data imported first (not timed); timed from the file bytes in memory to committed;");
        uit.p("rows checked afterwards (count + SHA-256 of the 15 columns) against the generator. 1 warm-up + %d measured runs per row,"
                + " interleaved.", herhalingen);
        uit.p("");
        uit.p("%-36s %9s %9s %9s %11s %11s %11s %8s %9s", "row", "median s", "min s", "max s", "median r/s", "min r/s", "max r/s",
                "ratio", "GC ms");
        Map<Meting, Double> medianen = new EnumMap<>(Meting.class);
        for (Meting m : gemeten.keySet()) {
            List<Uitkomst> u = gemeten.get(m);
            double[] s = u.stream().mapToDouble(Uitkomst::seconden).toArray();
            double[] r = u.stream().mapToDouble(Uitkomst::perSeconde).toArray();
            double med = Statistiek.mediaan(r);
            medianen.put(m, med);
            String ratio = m.basislijn() || !medianen.containsKey(m.basis()) ? ""
                    : String.format(Locale.ROOT, "%.2f", med / medianen.get(m.basis()));
            uit.p("%-36s %9.2f %9.2f %9.2f %,11.0f %,11.0f %,11.0f %8s %9d", m.titel, Statistiek.mediaan(s), Arrays.stream(s).min().orElseThrow(),
                    Arrays.stream(s).max().orElseThrow(), med, Arrays.stream(r).min().orElseThrow(), Arrays.stream(r).max().orElseThrow(),
                    ratio, Statistiek.mediaan(u.stream().mapToLong(Uitkomst::gcMs).toArray()));
        }
        uit.p("ratio = median records/s of the import / median records/s of the baseline with the same rows; GC ms = median GC time in the run");
        List<String> perRonde = new ArrayList<>();
        List<String> doelen = new ArrayList<>();
        for (Meting m : List.of(Meting.CSV, Meting.WMO301)) {
            if (!gemeten.containsKey(m) || !gemeten.containsKey(m.basis())) {
                continue;
            }
            List<Uitkomst> imp = gemeten.get(m);
            List<Uitkomst> bas = gemeten.get(m.basis());
            double[] q = new double[imp.size()];
            for (int i = 0; i < q.length; i++) {
                q[i] = imp.get(i).perSeconde() / bas.get(i).perSeconde();
            }
            perRonde.add(String.format(Locale.ROOT, "%s %.2f to %.2f", m.name(), Arrays.stream(q).min().orElseThrow(),
                    Arrays.stream(q).max().orElseThrow()));
            double ratio = medianen.get(m) / medianen.get(m.basis());
            doelen.add(String.format(Locale.ROOT, "Target %s import >= 0.6 x baseline: %s (%.2f)", m.name(), ratio >= 0.6 ? "MET" : "MISSED",
                    ratio));
        }
        uit.p("ratio within one round (import / baseline of the same round): %s", String.join("; ", perRonde));
        uit.p("warm-up runs (not in the table): %s", String.join("; ", warm.stream()
                .map(u -> String.format(Locale.ROOT, "%s %.2f s", u.meting().name(), u.seconden())).toList()));
        uit.p("database size after a run (MB): %s", String.join("; ", gemeten.keySet().stream()
                .map(m -> String.format(Locale.ROOT, "%s %.0f", m.name(), gemeten.get(m).get(0).dbBytes() / 1e6)).toList()));
        doelen.forEach(d -> uit.p("%s", d));
        if (!stadia.isEmpty()) {
            uit.p("");
            uit.p("Stages of the importer (median of %d after a warm-up; reading, pseudonyms, unzip and StAX timed alone on the same input):",
                    herhalingen);
            stadia.forEach(s -> uit.p("  %s", s));
        }
        uit.p("Total run time of the benchmark: %s", Verslag.duur(Duration.ofNanos(System.nanoTime() - start)));
        System.out.print(uit);
    }
}
