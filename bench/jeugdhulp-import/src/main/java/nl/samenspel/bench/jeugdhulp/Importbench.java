package nl.samenspel.bench.jeugdhulp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.bench.steun.Basislijn;
import nl.samenspel.bench.steun.Database;
import nl.samenspel.bench.steun.Mappen;
import nl.samenspel.bench.steun.Statistiek;
import nl.samenspel.bench.steun.Verslag;
import nl.samenspel.jeugdhulp.internal.controle.Context;
import nl.samenspel.jeugdhulp.internal.controle.Controle;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;
import nl.samenspel.jeugdhulp.internal.inlezen.Importdienst;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.jeugdhulp.internal.invoer.Recordlezer;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;

/**
 * Import of N allocations (default 100,000) as CSV and as JW301 messages through
 * {@code Importdienst.importeer}, against raw JDBC batch inserts of the same rows, on embedded
 * Derby on disk. Every measured run gets a fresh database with the stamgegevens loaded first
 * (not timed). One warm-up run per row, then R rounds (default 3) of all rows, interleaved.
 *
 * <pre>
 * java -Xms128m -Xmx1g -XX:+UseSerialGC -cp 'target/jeugdhulp-import-bench.jar:target/lib/*' \
 *     nl.samenspel.bench.jeugdhulp.Importbench [--aantal 100000] [--herhalingen 3] [--seed 2016]
 *     [--register ../../regional-config] [--werkmap target/work] [--resultaat target/result.txt]
 *     [--rijen BASIS_CSV,CSV,BASIS_JW301,JW301] [--titel "..."] [--geen-stadia] [--profiel target/profile.txt]
 * </pre>
 *
 * {@code --profiel}: instead of the comparison, warm up and run the chosen imports R times each
 * while a sampler takes the stack of the measuring thread every 10 ms, then summarise the
 * samples by stage and method (see {@link Importprofiel}).
 */
public final class Importbench {

    /** The rows of the table. */
    enum Meting {
        BASIS_CSV("baseline JDBC batch (CSV rows)"),
        CSV("CSV import, 1 file"),
        BASIS_JW301("baseline JDBC batch (JW301 rows)"),
        JW301("JW301 import, 11 zip files");

        final String titel;

        Meting(String titel) {
            this.titel = titel;
        }

        boolean basislijn() {
            return this == BASIS_CSV || this == BASIS_JW301;
        }

        Meting basis() {
            return this == CSV ? BASIS_CSV : this == JW301 ? BASIS_JW301 : this;
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

    private final Dataset data;
    private final Omgeving omgeving;
    private final Path werkmap;
    private final Verslag uit = new Verslag();

    private Importbench(Dataset data, Omgeving omgeving, Path werkmap) {
        this.data = data;
        this.omgeving = omgeving;
        this.werkmap = werkmap;
    }

    public static void main(String[] args) throws Exception {
        // before any logger exists: the importer logs an INFO line per accepted file
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Map<String, String> opties = opties(args);
        int aantal = Integer.parseInt(opties.getOrDefault("aantal", "100000"));
        int herhalingen = Integer.parseInt(opties.getOrDefault("herhalingen", "3"));
        long seed = Long.parseLong(opties.getOrDefault("seed", "2016"));
        Path werkmap = Path.of(opties.getOrDefault("werkmap", "target/work")).toAbsolutePath();
        Path register = Path.of(opties.getOrDefault("register", "../../regional-config"));
        Path resultaat = Path.of(opties.getOrDefault("resultaat", "target/result.txt"));
        List<Meting> rijen = Arrays.stream(opties.getOrDefault("rijen", "BASIS_CSV,CSV,BASIS_JW301,JW301").split(","))
                .map(String::strip).map(Meting::valueOf).sorted().toList();
        Files.createDirectories(werkmap);
        System.setProperty("derby.system.home", werkmap.resolve("derby").toString());
        System.setProperty("derby.stream.error.file", werkmap.resolve("derby.log").toString());

        long start = System.nanoTime();
        Omgeving omgeving = new Omgeving(register, werkmap.resolve("afgewezen"));
        System.out.printf(Locale.ROOT, "# %,d allocations (seed %d): generating, writing (or reusing) CSV + iJw files in %s ...%n", aantal,
                seed, werkmap.resolve("data"));
        Dataset data = Dataset.maak(seed, aantal, werkmap.resolve("data"));
        System.gc();
        Importbench bench = new Importbench(data, omgeving, werkmap);
        if (opties.containsKey("profiel")) {
            Importprofiel.meet(bench, rijen.stream().filter(m -> !m.basislijn()).toList(), herhalingen, Path.of(opties.get("profiel")));
            return;
        }
        bench.vergelijk(rijen, herhalingen, !opties.containsKey("geen-stadia"), opties.get("titel"), start);
        Verslag.schrijf(resultaat, bench.uit.toString());
        System.out.println("# written to " + resultaat.toAbsolutePath());
    }

    private static Map<String, String> opties(String[] args) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            String naam = args[i].substring(2);
            if (naam.equals("geen-stadia")) {
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

    private void vergelijk(List<Meting> rijen, int herhalingen, boolean stadia, String titel, long start) throws Exception {
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
        samenvatting(herhalingen, titel, warm, gemeten, stadiaRegels, start);
    }

    private static Uitkomst log(Uitkomst u) {
        System.out.printf(Locale.ROOT, "# %-8s %-34s %,9d records  %7.2f s  %,9.0f rec/s  GC %d x, %d ms%n",
                u.ronde() == 0 ? "warm-up" : "round " + u.ronde(), u.meting().titel, u.records(), u.seconden(), u.perSeconde(),
                u.gcAantal(), u.gcMs());
        return u;
    }

    /** One run on a fresh database: stamgegevens (not timed), then the timed operation, then the content check (not timed). */
    Uitkomst meet(Meting m, int ronde) throws SQLException {
        return meet(m, ronde, () -> { }, () -> { });
    }

    Uitkomst meet(Meting m, int ronde, Runnable voor, Runnable na) throws SQLException {
        Path map = werkmap.resolve("db").resolve(m.name().toLowerCase(Locale.ROOT) + "-" + ronde);
        try (Database db = Omgeving.database(map)) {
            JeugdhulpOpslag opslag = new JeugdhulpOpslag(db.dataSource());
            Importdienst dienst = omgeving.importdienst(opslag);
            omgeving.laadStamgegevens(opslag, dienst, data);
            System.gc();
            long[] gc0 = Verslag.gc();
            voor.run();
            long t0 = System.nanoTime();
            int records = switch (m) {
                case BASIS_CSV -> {
                    Basislijn.voegIn(db.dataSource(), data.rijenCsv, "CSV");
                    yield data.rijenCsv.size();
                }
                case BASIS_JW301 -> {
                    Basislijn.voegIn(db.dataSource(), data.rijenJw301, "ZIP");
                    yield data.rijenJw301.size();
                }
                case CSV -> Omgeving.accepteer(dienst, Importsoort.TOEWIJZINGEN, data.csv, data.aantal);
                case JW301 -> {
                    int n = 0;
                    for (Dataset.Bestand zip : data.jw301) {
                        n += Omgeving.accepteer(dienst, Importsoort.TOEWIJZINGEN, zip, -1);
                    }
                    yield n;
                }
            };
            long nanos = System.nanoTime() - t0;
            na.run();
            long[] gc1 = Verslag.gc();
            String[] inhoud = Omgeving.inhoud(db.dataSource());
            String verwacht = m == Meting.BASIS_CSV || m == Meting.CSV ? data.verwachtCsv : data.verwachtJw301;
            if (records != data.aantal || !inhoud[0].equals(Integer.toString(data.aantal)) || !inhoud[1].equals(verwacht)) {
                throw new IllegalStateException(m + ": TOEWIJZING holds " + inhoud[0] + " rows (digest " + inhoud[1]
                        + "), expected " + data.aantal + " (digest " + verwacht + "); reported " + records);
            }
            return new Uitkomst(m, ronde, records, nanos, gc1[0] - gc0[0], gc1[1] - gc0[1], Mappen.grootte(map));
        }
    }

    Dataset data() {
        return data;
    }

    Omgeving omgeving() {
        return omgeving;
    }

    // ---- stages ----------------------------------------------------------------------------

    /**
     * Where the importer's time goes, cheaply: the reading step alone on the same bytes
     * (Invoerbestand.lees as Importdienst calls it), the HMAC pseudonyms alone, for JW301 also unzip
     * alone and unzip + a bare StAX pass over every event; the checks alone (context from the
     * database + Controle) on a database with only the stamgegevens. The rest of the import's
     * median is storing: the second context (with every stored allocation), JDBC batch, commit.
     */
    private List<String> stadia(int herhalingen, Map<Meting, List<Uitkomst>> gemeten) throws SQLException {
        System.out.println("# stages: reading alone, checks alone ...");
        List<String> regels = new ArrayList<>();
        long hmac = mediaan(herhalingen, this::pseudoniemen);
        try (Database db = Omgeving.database(werkmap.resolve("db").resolve("stadia"))) {
            JeugdhulpOpslag opslag = new JeugdhulpOpslag(db.dataSource());
            omgeving.laadStamgegevens(opslag, omgeving.importdienst(opslag), data);
            for (Meting m : List.of(Meting.CSV, Meting.JW301)) {
                if (!gemeten.containsKey(m)) {
                    continue;
                }
                List<Dataset.Bestand> bestanden = m == Meting.CSV ? List.of(data.csv) : data.jw301;
                long lees = mediaan(herhalingen, () -> leesAlles(bestanden, null));
                List<List<Gelezen.Regel<Zorg.Toewijzing>>> gelezen = new ArrayList<>();
                leesAlles(bestanden, gelezen);
                long controle = mediaan(herhalingen, () -> controleer(opslag, gelezen));
                gelezen.clear();
                long totaal = Statistiek.mediaan(gemeten.get(m).stream().mapToLong(Uitkomst::nanos).toArray());
                long rest = totaal - lees - controle;
                regels.add(String.format(Locale.ROOT, "%-24s total %6.2f s = read %5.2f s (%2.0f %%) + checks %5.2f s (%2.0f %%)"
                                + " + store, the rest, %5.2f s (%2.0f %%)", m == Meting.CSV ? "CSV import:" : "JW301 import (11 files):",
                        totaal / 1e9, lees / 1e9, 100.0 * lees / totaal, controle / 1e9, 100.0 * controle / totaal, rest / 1e9,
                        100.0 * rest / totaal));
                if (m == Meting.JW301) {
                    long unzip = mediaan(herhalingen, () -> stax(false));
                    long stax = mediaan(herhalingen, () -> stax(true)) - unzip;
                    regels.add(String.format(Locale.ROOT, "  JW301 read %.2f s, in parts: unzip %.2f s + bare StAX pass over every event"
                                    + " %.2f s + the rest %.2f s (the message reader's path and record maps, Recordlezer, pseudonym);"
                                    + " StAX: %s", lees / 1e9, unzip / 1e9, stax / 1e9, (lees - unzip - stax) / 1e9,
                            XMLInputFactory.newFactory().getClass().getName()));
                }
            }
            regels.add(String.format(Locale.ROOT, "  of the read: HMAC-SHA256 pseudonym of %,d BSNs alone (as PseudoniemComponent,"
                    + " a new Mac per call) %.2f s", data.bsns.size(), hmac / 1e9));
            if (gemeten.containsKey(Meting.JW301)) {
                // the store step's own context reads every stored allocation back: time that on a full table
                Omgeving.accepteer(omgeving.importdienst(opslag), Importsoort.TOEWIJZINGEN, data.csv, data.aantal);
                long context = mediaan(herhalingen, () -> {
                    long t0 = System.nanoTime();
                    try {
                        opslag.context(omgeving.register, Omgeving.REGIO, true, false);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return System.nanoTime() - t0;
                });
                double factor = data.jw301Terugleesfactor();
                regels.add(String.format(Locale.ROOT, "  of the store: the context Importdienst.schrijver loads reads every stored"
                        + " allocation back, %.2f s for %,d rows; the JW301 import does that before each of its 11 files, %.1f x the"
                        + " table in all: about %.2f s", context / 1e9, data.aantal, factor, factor * context / 1e9));
            }
        }
        return regels;
    }

    /** Invoerbestand.lees as Importdienst calls it for allocations; returns elapsed nanoseconds. */
    long leesAlles(List<Dataset.Bestand> bestanden, List<List<Gelezen.Regel<Zorg.Toewijzing>>> bewaar) {
        Function<Bsn, String> pseudoniem = omgeving.pseudoniemdienst::pseudoniem;
        long t0 = System.nanoTime();
        int n = 0;
        for (Dataset.Bestand b : bestanden) {
            Gelezen<Zorg.Toewijzing> g = Importsoort.BESTAND.lees(Importsoort.TOEWIJZINGEN, b.naam(), b.inhoud(),
                    (v, k) -> Recordlezer.toewijzing(v, k, pseudoniem));
            if (!g.fouten().isEmpty()) {
                throw new IllegalStateException(b.naam() + ": " + g.fouten().get(0));
            }
            n += g.regels().size();
            if (bewaar != null) {
                bewaar.add(g.regels());
            }
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

    /** Unzips every JW301 message as Bestand does (readAllBytes per entry) and, if asked, runs a bare StAX pass over it. */
    private long stax(boolean parse) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        long t0 = System.nanoTime();
        long h = 0;
        try {
            for (Dataset.Bestand b : data.jw301) {
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b.inhoud()))) {
                    while (zip.getNextEntry() != null) {
                        byte[] bericht = zip.readAllBytes();
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
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        if (h == 0) {
            throw new IllegalStateException();
        }
        return System.nanoTime() - t0;
    }

    /** What Importdienst.controleer does per file: load the context, run Controle.toewijzingen. */
    private long controleer(JeugdhulpOpslag opslag, List<List<Gelezen.Regel<Zorg.Toewijzing>>> perBestand) {
        long t0 = System.nanoTime();
        try {
            for (List<Gelezen.Regel<Zorg.Toewijzing>> regels : perBestand) {
                List<Regelfout> fouten = new ArrayList<>();
                Context c = opslag.context(omgeving.register, Omgeving.REGIO, false, false);
                Controle.toewijzingen(regels, c, opslag.opgeslagen(regels.stream().map(r -> r.waarde().sleutel()).toList()), fouten);
                if (!fouten.isEmpty()) {
                    throw new IllegalStateException(fouten.get(0).toString());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
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

    private void samenvatting(int herhalingen, String titel, List<Uitkomst> warm, Map<Meting, List<Uitkomst>> gemeten,
                              List<String> stadia, long start) {
        var rt = ManagementFactory.getRuntimeMXBean();
        uit.p("=== Jeugdhulp import: %,d allocations, embedded Derby %s on disk%s ===", data.aantal,
                org.apache.derby.tools.sysinfo.getVersionString(), titel == null ? "" : "; " + titel);
        uit.p("Measured %s UTC, %d cores, Java %s (%s)", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"));
        uit.p("JVM options: %s; max heap %d MiB; collectors: %s", String.join(" ", rt.getInputArguments()),
                Runtime.getRuntime().maxMemory() >> 20,
                String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList()));
        uit.p("StAX (XMLInputFactory.newFactory()): %s", XMLInputFactory.newFactory().getClass().getName());
        uit.p("Data: JeugdhulpDemo.genereer(%d, %,d); toewijzingen.csv (bsn column) %.1f MB; %d JW301 zips %.1f MB, %,d messages;",
                data.seed, data.aantal, data.csv.inhoud().length / 1e6, data.jw301.size(), data.jw301Bytes() / 1e6, data.jw301Berichten());
        uit.p("  %s", data.herkomst);
        uit.p("Each run: fresh database, stamgegevens imported first (not timed); timed from the file bytes in memory to committed;");
        uit.p("rows checked afterwards (count + SHA-256 of all columns) against the generator. 1 warm-up + %d measured runs per row,"
                + " interleaved.", herhalingen);
        uit.p("");
        uit.p("%-34s %9s %9s %9s %11s %11s %11s %8s %9s", "row", "median s", "min s", "max s", "median r/s", "min r/s", "max r/s",
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
            uit.p("%-34s %9.2f %9.2f %9.2f %,11.0f %,11.0f %,11.0f %8s %9d", m.titel, Statistiek.mediaan(s), Arrays.stream(s).min().orElseThrow(),
                    Arrays.stream(s).max().orElseThrow(), med, Arrays.stream(r).min().orElseThrow(), Arrays.stream(r).max().orElseThrow(),
                    ratio, Statistiek.mediaan(u.stream().mapToLong(Uitkomst::gcMs).toArray()));
        }
        uit.p("ratio = median records/s of the import / median records/s of the baseline with the same rows; GC ms = median GC time in the run");
        List<String> perRonde = new ArrayList<>();
        List<String> doelen = new ArrayList<>();
        for (Meting m : List.of(Meting.CSV, Meting.JW301)) {
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
            uit.p("Stages of the importer (median of %d after a warm-up; reading, checks, pseudonyms, unzip and StAX timed alone on the"
                    + " same input; the rest = median import time minus read and checks):", herhalingen);
            stadia.forEach(s -> uit.p("  %s", s));
        }
        uit.p("Total run time of the benchmark: %s", Verslag.duur(Duration.ofNanos(System.nanoTime() - start)));
        System.out.print(uit);
    }
}
