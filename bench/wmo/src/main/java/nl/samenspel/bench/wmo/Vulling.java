package nl.samenspel.bench.wmo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.samenspel.bench.steun.Mappen;
import nl.samenspel.demodata.Gebruik;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.demodata.WmoBudget;
import nl.samenspel.demodata.WmoContract;
import nl.samenspel.demodata.WmoDeclaratieregel;
import nl.samenspel.demodata.WmoDemo;
import nl.samenspel.demodata.WmoToewijzing;
import nl.samenspel.wmo.internal.inlezen.Importdienst;
import nl.samenspel.wmo.internal.invoer.Wmosoort;

/**
 * The monitoring bench's database, filled quickly: N allocations (default 200,000) with their
 * starts and stops, L declaration lines (default 1,000,000) and {@code WMO.DECLARATIEMAAND}
 * consistent with them written with raw JDBC batches straight into the module's own tables (as its
 * migrations made them); the master data, contracts, budgets and the use of algemene voorzieningen
 * through the module's import.
 *
 * <p>The allocations and lines are the generator's ({@code WmoDemo}), drawn as three datasets with
 * seeds S, S+1, S+2 (the generator stops at 50,000 clients); each dataset's numbers are raised by
 * k × {@value #VERSCHUIVING} and its clients have their own pseudonym key, so the datasets are
 * three sets of clients of the same region. Each is thinned evenly to a third of N allocations, and
 * the lines of the kept allocations evenly to a third of L (the generator makes about 5.9 lines per
 * allocation; 5.0 are kept, as if a sixth of the months were not yet declared). DECLARATIEMAAND is
 * summed from exactly the lines stored, as the import would have.
 *
 * <p>Contracts (bestedingsruimte per provider and year, the taakgericht wijkteam), budgets and the
 * monthly use of algemene voorzieningen are those of the generator's default dataset (1,500
 * clients, same seed), every amount and participant count multiplied by the ratio of the lines
 * stored to that dataset's lines, so ceilings, budgets and the share of algemene voorzieningen have
 * the generator's proportions. Where the module has {@code WMO.DEELNEMER}, the participants a
 * provider knows by name are a share of the reported use, from a pool per gemeente and product, so
 * that the same people recur from month to month.
 */
final class Vulling {

    static final long VERSCHUIVING = 1_000_000;
    static final int DELEN = 3;
    private static final double PER_CLIENT = 1.60;

    /** What the checks of the answers need of every allocation stored. */
    record Toewijzing(String gemeente, long nummer, String client, String agb, String categorie, String code, LocalDate ingang,
                      LocalDate einde, LocalDate stop, LocalDate aanvraag, LocalDate toegewezen) {
        boolean looptIn(LocalDate van, LocalDate tot) {
            return !ingang.isAfter(tot) && (einde == null || !einde.isBefore(van)) && (stop == null || !stop.isBefore(van));
        }
    }

    /** What was stored, for the header and the answer checks. */
    static final class Inhoud {
        final List<Toewijzing> toewijzingen = new ArrayList<>();
        /** Signed amount per gemeente and month of the lines stored. */
        final Map<String, Map<YearMonth, Long>> gedeclareerd = new TreeMap<>();
        /** Signed amount per agb and year. */
        final Map<String, Map<Integer, Long>> perAgb = new TreeMap<>();
        /** DECLARATIEMAAND as the import would keep it: {bedrag, regels} per gemeente, agb, categorie, code, first of the month. */
        final Map<List<Object>, long[]> perMaand = new LinkedHashMap<>();
        long regels;
        long starts;
        long stops;
        long declaratiemaanden;
        long gebruik;
        long deelnemers;
        long clienten;
        int statistieken;
        double factor;
        String bronnen;
        final Map<String, Long> laadtijdMs = new LinkedHashMap<>();
    }

    private Vulling() {
    }

    static Inhoud vul(DataSource ds, Importdienst dienst, long seed, int aantal, int regels, int bekendProcent, Path werk)
            throws SQLException, IOException {
        Inhoud inhoud = new Inhoud();
        long t0 = System.nanoTime();
        // master data through the import, from the generator's default dataset
        WmoDemo standaard = WmoDemo.genereer(seed, 1_500);
        Path csv = werk.resolve("stamgegevens");
        standaard.schrijfCsv(csv, null);
        for (Wmosoort soort : List.of(Wmosoort.AANBIEDERS, Wmosoort.PRODUCTEN, Wmosoort.TARIEVEN)) {
            Omgeving.accepteer(dienst, soort, soort.code() + ".csv", Files.readAllBytes(csv.resolve(soort.code() + ".csv")), -1);
        }
        inhoud.laadtijdMs.put("master data (import)", (System.nanoTime() - t0) / 1_000_000);

        // the allocations and lines, dataset by dataset into files, then Derby's bulk import into the empty tables
        long t1 = System.nanoTime();
        int clienten = (int) Math.ceil(aantal / (double) DELEN / PER_CLIENT * 1.03);
        Set<String> alleClienten = new HashSet<>();
        List<String> bronnen = new ArrayList<>();
        Path bulk = werk.resolve("bulk");
        Files.createDirectories(bulk);
        // a module that keeps the sum of an allocation's lines on the allocation (TOEWIJZING.GEDECLAREERD, Wmo V5) gets it as its import
        // keeps it: the sum of the lines stored on that allocation
        boolean gedeclareerd = heeftKolom(ds, "TOEWIJZING", "GEDECLAREERD");
        List<String> toewijzingKolommen = new ArrayList<>(TOEWIJZING_KOLOMMEN);
        if (gedeclareerd) {
            toewijzingKolommen.add("GEDECLAREERD");
        }
        try (Bulkbestand toewijzingen = new Bulkbestand(bulk.resolve("toewijzing.csv"), toewijzingKolommen);
             Bulkbestand realisaties = new Bulkbestand(bulk.resolve("realisatie.csv"), REALISATIE_KOLOMMEN)) {
            for (int k = 0; k < DELEN; k++) {
                int quotum = deel(aantal, k);
                int regelquotum = deel(regels, k);
                System.out.printf(Locale.ROOT, "#   dataset %d of %d: WmoDemo.genereer(%d, %,d), keeping %,d allocations and %,d lines ...%n", k + 1,
                        DELEN, seed + k, clienten, quotum, regelquotum);
                WmoDemo demo = WmoDemo.genereer(seed + k, clienten);
                bronnen.add(String.format(Locale.ROOT, "genereer(%d, %,d): %,d allocations, %,d lines", seed + k, clienten,
                        demo.toewijzingen().size(), demo.declaraties().size()));
                schrijfDeel(ds, demo, k, quotum, regelquotum, inhoud, alleClienten, toewijzingen, realisaties, gedeclareerd);
            }
        }
        inhoud.clienten = alleClienten.size();
        inhoud.bronnen = String.join("; ", bronnen);
        System.out.println("#   bulk import of TOEWIJZING and REALISATIE (SYSCS_UTIL.SYSCS_IMPORT_DATA into the empty tables) ...");
        laad(ds, "TOEWIJZING", toewijzingKolommen, bulk.resolve("toewijzing.csv"));
        laad(ds, "REALISATIE", REALISATIE_KOLOMMEN, bulk.resolve("realisatie.csv"));
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            inhoud.declaratiemaanden = declaratiemaanden(c, inhoud.perMaand);
            c.commit();
        }
        inhoud.laadtijdMs.put("allocations, lines, DECLARATIEMAAND (bulk import)", (System.nanoTime() - t1) / 1_000_000);

        // contracts, budgets and use, scaled to the lines stored, through the import
        long t2 = System.nanoTime();
        long standaardSom = standaard.declaraties().stream().mapToLong(Vulling::saldo).sum();
        long opgeslagen = inhoud.gedeclareerd.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        double f = (double) opgeslagen / standaardSom;
        inhoud.factor = f;
        StringBuilder contracten = new StringBuilder("agb;jaar;soort;bedrag;categorie;productcode;gemeente\n");
        for (WmoContract k : standaard.contracten()) {
            contracten.append(k.agb()).append(';').append(k.jaar()).append(';').append(k.soort()).append(';').append(Math.round(k.bedrag() * f))
                    .append(';').append(tekst(k.categorie())).append(';').append(tekst(k.productcode())).append(';').append(tekst(k.gemeente()))
                    .append('\n');
        }
        Omgeving.accepteer(dienst, Wmosoort.CONTRACTEN, "contracten.csv", contracten.toString().getBytes(StandardCharsets.UTF_8), -1);
        StringBuilder budgetten = new StringBuilder("gemeente;jaar;budget\n");
        for (WmoBudget b : standaard.budgetten()) {
            budgetten.append(b.gemeente()).append(';').append(b.jaar()).append(';').append(Math.round(b.budget() * f)).append('\n');
        }
        Omgeving.accepteer(dienst, Wmosoort.BUDGETTEN, "budgetten.csv", budgetten.toString().getBytes(StandardCharsets.UTF_8), -1);
        StringBuilder gebruik = new StringBuilder("gemeente;agb;categorie;productcode;maand;deelnemers;bedrag\n");
        List<Gebruik> geschaald = new ArrayList<>();
        for (Gebruik g : standaard.gebruik()) {
            Gebruik s = new Gebruik(g.gemeente(), g.agb(), g.categorie(), g.productcode(), g.maand(), (int) Math.round(g.deelnemers() * f),
                    Math.round(g.bedrag() * f));
            geschaald.add(s);
            gebruik.append(s.gemeente()).append(';').append(s.agb()).append(';').append(s.categorie()).append(';').append(s.productcode())
                    .append(';').append(s.maand()).append(';').append(s.deelnemers()).append(';').append(s.bedrag()).append('\n');
        }
        inhoud.gebruik = Omgeving.accepteer(dienst, Wmosoort.GEBRUIK, "gebruik.csv", gebruik.toString().getBytes(StandardCharsets.UTF_8), -1);
        inhoud.laadtijdMs.put("contracts, budgets, use (import)", (System.nanoTime() - t2) / 1_000_000);
        if (heeftTabel(ds, "DEELNEMER")) {
            long t3 = System.nanoTime();
            inhoud.deelnemers = deelnemers(ds, geschaald, bekendProcent, bulk.resolve("deelnemer.csv"));
            if (heeftTabel(ds, "DEELNEMERJAAR")) {
                // the participants' months per gemeente, year and client (Wmo V5), as the import keeps them: here summed from the rows
                // loaded, as the migration sums those stored before it
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.executeUpdate(DEELNEMERJAAR);
                }
            }
            inhoud.laadtijdMs.put("known participants (bulk import)", (System.nanoTime() - t3) / 1_000_000);
        }
        long t4 = System.nanoTime();
        inhoud.statistieken = statistieken(ds);
        inhoud.laadtijdMs.put("index statistics", (System.nanoTime() - t4) / 1_000_000);
        Mappen.verwijder(bulk);
        return inhoud;
    }

    /** The k-th of {@link #DELEN} shares of n, the first ones one more until the remainder is gone. */
    private static int deel(int n, int k) {
        return n / DELEN + (k < n % DELEN ? 1 : 0);
    }

    /** Keeps item i of n when it brings the kept count to the next whole share: {@code q} of {@code n}, evenly spread. */
    private static boolean houd(long i, long n, long q) {
        return (i + 1) * q / n > i * q / n;
    }

    private static long saldo(WmoDeclaratieregel d) {
        return "C".equals(d.debetCredit()) ? -d.bedrag() : d.bedrag();
    }

    private static void schrijfDeel(DataSource ds, WmoDemo demo, int k, int quotum, int regelquotum, Inhoud inhoud, Set<String> alleClienten,
                                    Bulkbestand toewijzingen, Bulkbestand realisaties, boolean gedeclareerd) throws SQLException, IOException {
        List<WmoToewijzing> alle = demo.toewijzingen();
        if (alle.size() < quotum) {
            throw new IllegalStateException("dataset " + k + " has " + alle.size() + " allocations, fewer than " + quotum);
        }
        Map<String, WmoToewijzing> gehouden = new LinkedHashMap<>();
        for (int i = 0; i < alle.size(); i++) {
            if (houd(i, alle.size(), quotum)) {
                WmoToewijzing t = alle.get(i);
                gehouden.put(t.gemeente() + "/" + t.toewijzingnummer(), t);
            }
        }
        List<WmoDeclaratieregel> kandidaten = demo.declaraties().stream().filter(d -> gehouden.containsKey(d.gemeente() + "/" + d.toewijzingnummer()))
                .toList();
        if (kandidaten.size() < regelquotum) {
            throw new IllegalStateException("dataset " + k + " has " + kandidaten.size() + " lines on the kept allocations, fewer than " + regelquotum);
        }
        byte[] sleutel = k == 0 ? Omgeving.SLEUTEL : (new String(Omgeving.SLEUTEL, StandardCharsets.US_ASCII) + " #" + k).getBytes(StandardCharsets.US_ASCII);
        long verschuiving = k * VERSCHUIVING;
        Map<String, String> pseudoniemen = new HashMap<>();
        long toewijzingenId;
        long declaratiesId;
        try (Connection c = ds.getConnection()) {
            toewijzingenId = importlog(c, "toewijzingen", gehouden.size());
            declaratiesId = importlog(c, "declaraties", regelquotum);
        }
        // the lines kept, and their signed sum per allocation (GEDECLAREERD)
        List<WmoDeclaratieregel> regelsGehouden = new ArrayList<>(regelquotum);
        Map<String, Long> perToewijzing = new HashMap<>();
        for (int i = 0; i < kandidaten.size(); i++) {
            if (houd(i, kandidaten.size(), regelquotum)) {
                WmoDeclaratieregel d = kandidaten.get(i);
                regelsGehouden.add(d);
                perToewijzing.merge(d.gemeente() + "/" + d.toewijzingnummer(), saldo(d), Long::sum);
            }
        }
        for (WmoToewijzing t : gehouden.values()) {
            String client = pseudoniemen.computeIfAbsent(t.bsn(), b -> JeugdhulpDemo.pseudoniem(sleutel, b));
            alleClienten.add(client);
            long nummer = t.toewijzingnummer() + verschuiving;
            List<Object> rij = new ArrayList<>(Arrays.asList(t.gemeente(), nummer, client, t.agb(), t.categorie(), t.productcode(), t.toewijzingsdatum(), t.ingangsdatum(),
                    t.einddatum(), t.volume(), t.eenheid(), t.frequentie(), t.budget(), t.aanvraagdatum(),
                    java.time.Period.between(t.geboortedatum(), t.ingangsdatum()).getYears() < 18, t.startZorg(), t.stopZorg(),
                    t.stopZorg() == null ? null : t.stopReden(), toewijzingenId));
            if (gedeclareerd) {
                rij.add(perToewijzing.getOrDefault(t.gemeente() + "/" + t.toewijzingnummer(), 0L));
            }
            toewijzingen.rij(rij.toArray());
            inhoud.starts += t.startZorg() != null ? 1 : 0;
            inhoud.stops += t.stopZorg() != null ? 1 : 0;
            inhoud.toewijzingen.add(new Toewijzing(t.gemeente(), nummer, client, t.agb(), t.categorie(), t.productcode(), t.ingangsdatum(),
                    t.einddatum(), t.stopZorg(), t.aanvraagdatum(), t.toewijzingsdatum() != null ? t.toewijzingsdatum() : t.ingangsdatum()));
        }
        for (WmoDeclaratieregel d : regelsGehouden) {
            boolean credit = "C".equals(d.debetCredit());
            realisaties.rij(d.gemeente(), d.toewijzingnummer() + verschuiving, d.declaratienummer(), d.begindatum(), d.einddatum(),
                    credit ? -d.volume() : d.volume(), d.eenheid(), d.tarief(), saldo(d), declaratiesId);
            inhoud.regels++;
            inhoud.gedeclareerd.computeIfAbsent(d.gemeente(), g -> new TreeMap<>()).merge(YearMonth.from(d.begindatum()), saldo(d), Long::sum);
            inhoud.perAgb.computeIfAbsent(d.agb(), g -> new TreeMap<>()).merge(d.begindatum().getYear(), saldo(d), Long::sum);
            WmoToewijzing t = gehouden.get(d.gemeente() + "/" + d.toewijzingnummer());
            long[] som = inhoud.perMaand.computeIfAbsent(List.of(d.gemeente(), t.agb(), t.categorie(), t.productcode(),
                    d.begindatum().withDayOfMonth(1)), x -> new long[2]);
            som[0] += saldo(d);
            som[1]++;
        }
    }

    /**
     * DECLARATIEMAAND from the lines stored, as the import keeps it: per gemeente, provider, product
     * (the allocation's) and month of the line, the signed amount and the number of lines.
     */
    private static long declaratiemaanden(Connection c, Map<List<Object>, long[]> perMaand) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO WMO.DECLARATIEMAAND (GEMEENTE, AGB, CATEGORIE, CODE, MAAND, BEDRAG, REGELS)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<List<Object>, long[]> e : perMaand.entrySet()) {
                List<Object> k = e.getKey();
                ps.setString(1, (String) k.get(0));
                ps.setString(2, (String) k.get(1));
                ps.setString(3, (String) k.get(2));
                ps.setString(4, (String) k.get(3));
                ps.setDate(5, Date.valueOf((LocalDate) k.get(4)));
                ps.setLong(6, e.getValue()[0]);
                ps.setInt(7, (int) e.getValue()[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return perMaand.size();
    }

    /**
     * The participants providers know by name: per line of use, {@code bekendProcent} % of its
     * participants, taken from a pool per gemeente and product that moves on a little each month, so
     * most of them recur. Their pseudonyms are of the region's form (64 hex characters).
     */
    private static long deelnemers(DataSource ds, List<Gebruik> gebruik, int bekendProcent, Path bestand) throws SQLException, IOException {
        Map<String, Integer> grootste = new HashMap<>();
        for (Gebruik g : gebruik) {
            grootste.merge(g.gemeente() + "/" + g.categorie() + "/" + g.productcode(), g.deelnemers(), Math::max);
        }
        long n = 0;
        long id;
        try (Connection c = ds.getConnection()) {
            id = importlog(c, "deelnemers", 0);
        }
        try (Bulkbestand uit = new Bulkbestand(bestand, DEELNEMER_KOLOMMEN)) {
            for (Gebruik g : gebruik) {
                String pool = g.gemeente() + "/" + g.categorie() + "/" + g.productcode();
                int grootte = (int) Math.ceil(grootste.get(pool) * bekendProcent / 100.0 * 1.5) + 1;
                int bekend = (int) Math.round(g.deelnemers() * bekendProcent / 100.0);
                int begin = (int) ((g.maand().getYear() * 12L + g.maand().getMonthValue()) * Math.max(1, grootte / 20) % grootte);
                for (int j = 0; j < bekend; j++) {
                    uit.rij(g.gemeente(), g.agb(), g.categorie(), g.productcode(), g.maand().atDay(1),
                            JeugdhulpDemo.pseudoniem(Omgeving.SLEUTEL, pool + "/" + g.agb() + "/" + (begin + j) % grootte), id);
                    n++;
                }
            }
        }
        laad(ds, "DEELNEMER", DEELNEMER_KOLOMMEN, bestand);
        return n;
    }

    static final List<String> TOEWIJZING_KOLOMMEN = List.of("GEMEENTE", "NUMMER", "CLIENT", "AGB", "CATEGORIE", "CODE", "TOEWIJZINGSDATUM", "INGANG",
            "EINDE", "VOLUME", "EENHEID", "FREQUENTIE", "BUDGET", "AANVRAAGDATUM", "MINDERJARIG", "START_ZORG", "STOP_ZORG", "STOP_REDEN", "IMPORT_ID");
    static final List<String> REALISATIE_KOLOMMEN = List.of("GEMEENTE", "NUMMER", "DECLARATIENUMMER", "BEGINDATUM", "EINDDATUM", "VOLUME",
            "EENHEID", "TARIEF", "BEDRAG", "IMPORT_ID");
    /** DEELNEMERJAAR from DEELNEMER, the statement of the module's V5__monitoring.sql. */
    private static final String DEELNEMERJAAR = "INSERT INTO WMO.DEELNEMERJAAR (GEMEENTE, JAAR, CLIENT, MAANDEN) SELECT GEMEENTE, JAAR, CLIENT,"
            + " SUM(MAANDBIT) FROM (SELECT DISTINCT GEMEENTE, YEAR(MAAND) AS JAAR, CLIENT, CASE MONTH(MAAND) WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 4"
            + " WHEN 4 THEN 8 WHEN 5 THEN 16 WHEN 6 THEN 32 WHEN 7 THEN 64 WHEN 8 THEN 128 WHEN 9 THEN 256 WHEN 10 THEN 512 WHEN 11 THEN 1024"
            + " ELSE 2048 END AS MAANDBIT FROM WMO.DEELNEMER) AS D GROUP BY GEMEENTE, JAAR, CLIENT";

    static final List<String> DEELNEMER_KOLOMMEN = List.of("GEMEENTE", "AGB", "CATEGORIE", "CODE", "MAAND", "CLIENT", "IMPORT_ID");

    /** Rows for Derby's import procedure: ';' between fields, an empty field is NULL, dates as yyyy-mm-dd. */
    static final class Bulkbestand implements AutoCloseable {
        private final java.io.BufferedWriter uit;
        private final int kolommen;

        Bulkbestand(Path bestand, List<String> kolommen) throws IOException {
            this.uit = Files.newBufferedWriter(bestand, StandardCharsets.UTF_8);
            this.kolommen = kolommen.size();
        }

        void rij(Object... waarden) throws IOException {
            if (waarden.length != kolommen) {
                throw new IllegalArgumentException(waarden.length + " values for " + kolommen + " columns");
            }
            for (int i = 0; i < waarden.length; i++) {
                if (i > 0) {
                    uit.write(';');
                }
                if (waarden[i] != null) {
                    String w = waarden[i].toString();
                    if (w.indexOf(';') >= 0 || w.indexOf('"') >= 0 || w.isEmpty()) {
                        throw new IllegalArgumentException("a value Derby's import would misread: " + w);
                    }
                    uit.write(w);
                }
            }
            uit.write('\n');
        }

        @Override
        public void close() throws IOException {
            uit.close();
        }
    }

    /**
     * Derby's own bulk import into an empty table (SYSCS_UTIL.SYSCS_IMPORT_DATA): the rows go into a
     * new container and every index of the table is rebuilt by sorting, constraints checked, one
     * transaction. The table's schema is the module's, as its migrations made it.
     */
    static void laad(DataSource ds, String tabel, List<String> kolommen, Path bestand) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA('WMO', ?, ?, NULL, ?, ';', '\"', 'UTF-8', 0)")) {
            ps.setString(1, tabel);
            ps.setString(2, String.join(",", kolommen));
            ps.setString(3, bestand.toAbsolutePath().toString());
            ps.execute();
        }
    }

    /**
     * Index statistics of every table of the schema (SYSCS_UPDATE_STATISTICS), as Derby's own
     * statistics daemon keeps them on a database that grew by imports: the plans are those of a
     * database in use, not of one just loaded. Returns the number of statistics rows.
     */
    static int statistieken(DataSource ds) throws SQLException {
        List<String> tabellen = new ArrayList<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getTables(null, "WMO", null, new String[] {"TABLE"})) {
            while (rs.next()) {
                tabellen.add(rs.getString("TABLE_NAME"));
            }
        }
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('WMO', ?, NULL)")) {
            for (String t : tabellen) {
                ps.setString(1, t);
                ps.execute();
            }
        }
        return (int) telling(ds, "SELECT COUNT(*) FROM SYS.SYSSTATISTICS S JOIN SYS.SYSTABLES T ON S.TABLEID = T.TABLEID"
                + " JOIN SYS.SYSSCHEMAS C ON T.SCHEMAID = C.SCHEMAID WHERE C.SCHEMANAME = 'WMO'");
    }

    private static long importlog(Connection c, String soort, int records) throws SQLException {
        try (PreparedStatement log = c.prepareStatement("INSERT INTO WMO.IMPORTLOG (SOORT, FORMAAT, BESTAND, TIJDSTIP, GEACCEPTEERD, RECORDS, FOUTEN)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            log.setString(1, soort);
            log.setString(2, "CSV");
            log.setString(3, "bench-vulling");
            log.setTimestamp(4, Timestamp.from(Instant.now()));
            log.setBoolean(5, true);
            log.setInt(6, records);
            log.setInt(7, 0);
            log.executeUpdate();
            try (ResultSet keys = log.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static boolean heeftKolom(DataSource ds, String tabel, String kolom) throws SQLException {
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, "WMO", tabel, kolom)) {
            return rs.next();
        }
    }

    static boolean heeftTabel(DataSource ds, String tabel) throws SQLException {
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getTables(null, "WMO", tabel, null)) {
                return rs.next();
            }
        }
    }

    static long telling(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void datum(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    private static String tekst(String s) {
        return s == null ? "" : s;
    }
}
