package nl.samenspel.wmo.internal.opslag;

import java.sql.Connection;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.toewijzing.Opgeslagen;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.samenspel.module.toewijzing.Omvang;
import nl.samenspel.module.toewijzing.Toewijzingsgegevens;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;
import nl.samenspel.store.Jdbc;
import nl.samenspel.wmo.internal.domein.Ondersteuning;

/**
 * The monitoring's reads: sums per month computed by the database, and what a question needs of the
 * allocations of a period read through an index that holds it (V2), so a question over a year of a
 * region reads the allocations that run in it, not every allocation since the start. Distinct
 * clients are counted here, not by the database: its COUNT(DISTINCT) sorts every row it counts.
 */
public class Wmocijfers {

    private final DataSource dataSource;

    Wmocijfers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Where an allocation counts on a day: valid, and its support not stopped before. */
    private static final String LOOPT = "INGANG <= ? AND (EINDE IS NULL OR EINDE >= ?) AND (STOP_ZORG IS NULL OR STOP_ZORG >= ?)";

    /**
     * {@link #LOOPT} in two parts, the allocations that run to a day on or after the period's first day
     * ({@code LOOPT_TOT}, V5: the end, or the day support stopped where that came first) and those that
     * run on without an end: so written, each part is a range of index TOEWIJZING_LOOPT_CLIENT or
     * TOEWIJZING_LOOPT (V5), which hold every column these reads select; {@code LOOPT_TOT IS NULL OR
     * LOOPT_TOT >= ?} in one predicate
     * would read every allocation since the start. Its parameters: {@link #zetPeriode}.
     */
    private static String lopendeRijen(String kolommen) {
        return "SELECT " + kolommen + " FROM WMO.TOEWIJZING WHERE LOOPT_TOT >= ? AND INGANG <= ?"
                + " UNION ALL SELECT " + kolommen + " FROM WMO.TOEWIJZING WHERE LOOPT_TOT IS NULL AND INGANG <= ?";
    }

    private static void zetPeriode(PreparedStatement ps, LocalDate van, LocalDate tot) throws SQLException {
        Jdbc.datum(ps, 1, van);
        Jdbc.datum(ps, 2, tot);
        Jdbc.datum(ps, 3, tot);
    }


    /** A count of distinct clients per gemeente and productcategorie ({@code categorie} null: all of the gemeente's). */
    public record Clientental(String gemeente, String categorie, int clienten) {
    }

    /**
     * Distinct clients with an allocation that runs on at least one day from {@code van} through
     * {@code tot}, per gemeente and category, and per gemeente over all categories (a client with two
     * categories counts once there).
     */
    public List<Clientental> clienten(LocalDate van, LocalDate tot) throws SQLException {
        // per gemeente and client the categories of the client's allocations, one bit a category: one map entry a client, not a set per category
        List<String> categorieen = new ArrayList<>();
        Map<String, Integer> bit = new HashMap<>();
        Map<String, Map<String, Long>> perGemeente = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(lopendeRijen("GEMEENTE, CATEGORIE, CLIENT"))) {
            zetPeriode(ps, van, tot);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String categorie = rs.getString(2);
                    Integer b = bit.get(categorie);
                    if (b == null) {
                        if (categorieen.size() == Long.SIZE) {
                            throw new IllegalStateException("more than " + Long.SIZE + " productcategorieen among the allocations");
                        }
                        b = categorieen.size();
                        categorieen.add(categorie);
                        bit.put(categorie, b);
                    }
                    perGemeente.computeIfAbsent(rs.getString(1), g -> new HashMap<>()).merge(rs.getString(3), 1L << b, (x, y) -> x | y);
                }
            }
        }
        List<String> gemeenten = perGemeente.keySet().stream().sorted().toList();
        List<String> opVolgorde = categorieen.stream().sorted().toList();
        List<Clientental> uit = new ArrayList<>();
        for (String g : gemeenten) {
            int[] aantal = new int[categorieen.size()];
            for (long bits : perGemeente.get(g).values()) {
                for (int i = 0; i < aantal.length; i++) {
                    aantal[i] += (int) (bits >>> i & 1);
                }
            }
            for (String k : opVolgorde) {
                if (aantal[bit.get(k)] > 0) {
                    uit.add(new Clientental(g, k, aantal[bit.get(k)]));
                }
            }
        }
        for (String g : gemeenten) {
            uit.add(new Clientental(g, null, perGemeente.get(g).size()));
        }
        return uit;
    }

    /** Distinct clients of a gemeente with an allocation that runs on at least one day of the month. */
    public record Maandtal(String gemeente, YearMonth maand, int clienten) {
    }

    /**
     * For every month from {@code van} through {@code tot}, what {@link #clienten} counts over all
     * categories for that month alone, from one read of the allocations that run in the months;
     * gemeenten without clients in a month are left out, in order of gemeente and month.
     */
    public List<Maandtal> clientenPerMaand(YearMonth van, YearMonth tot) throws SQLException {
        List<YearMonth> maanden = new ArrayList<>();
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
            maanden.add(m);
        }
        if (maanden.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " months at once: " + van + " to " + tot);
        }
        LocalDate[] begin = maanden.stream().map(m -> m.atDay(1)).toArray(LocalDate[]::new);
        LocalDate[] eind = maanden.stream().map(YearMonth::atEndOfMonth).toArray(LocalDate[]::new);
        // per gemeente and client the months in which one of the client's allocations runs, one bit a month
        Map<String, Map<String, Long>> perGemeente = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(lopendeRijen("GEMEENTE, CLIENT, INGANG, LOOPT_TOT"))) {
            zetPeriode(ps, van.atDay(1), tot.atEndOfMonth());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate ingang = datum(rs, 3);
                    LocalDate looptTot = datum(rs, 4);
                    long bits = 0;
                    for (int i = 0; i < maanden.size(); i++) {
                        // runs on a day of the month: from before its last day, to (LOOPT_TOT) on or after its first
                        if (!ingang.isAfter(eind[i]) && (looptTot == null || !looptTot.isBefore(begin[i]))) {
                            bits |= 1L << i;
                        }
                    }
                    if (bits != 0) {
                        perGemeente.computeIfAbsent(rs.getString(1), g -> new HashMap<>()).merge(rs.getString(2), bits, (a, b) -> a | b);
                    }
                }
            }
        }
        List<Maandtal> uit = new ArrayList<>();
        perGemeente.forEach((g, clienten) -> {
            int[] aantal = new int[maanden.size()];
            for (long bits : clienten.values()) {
                for (int i = 0; i < aantal.length; i++) {
                    aantal[i] += (int) (bits >>> i & 1);
                }
            }
            for (int i = 0; i < aantal.length; i++) {
                if (aantal[i] > 0) {
                    uit.add(new Maandtal(g, maanden.get(i), aantal[i]));
                }
            }
        });
        return uit;
    }

    /** What an allocation commits in a period depends on: its gemeente, product, size and validity, and when its support stopped. */
    public record Omvangregel(String gemeente, String categorie, String code, Omvang omvang, LocalDate stopZorg) {
        public Productsleutel product() {
            return new Productsleutel(categorie, code);
        }
    }

    /**
     * Hands every allocation that runs on at least one day from {@code van} through {@code tot}, as far
     * as what it commits goes, to {@code per}, in no order; one at a time, so that a year's allocations
     * are never all in memory at once.
     */
    public void omvangen(LocalDate van, LocalDate tot, Consumer<Omvangregel> per) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(lopendeRijen(
                "GEMEENTE, CATEGORIE, CODE, INGANG, EINDE, VOLUME, EENHEID, FREQUENTIE, BUDGET, STOP_ZORG"))) {
            zetPeriode(ps, van, tot);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    per.accept(new Omvangregel(rs.getString(1), rs.getString(2), tekst(rs, 3), new Omvang(datum(rs, 4), datum(rs, 5), geheel(rs, 6),
                            tekst(rs, 7), tekst(rs, 8), lang(rs, 9)), datum(rs, 10)));
                }
            }
        }
    }

    /** Declared amounts per gemeente, provider, product and month, for the months from {@code van} through {@code tot}. */
    public record Maandsom(String gemeente, String agb, String categorie, String code, YearMonth maand, long bedrag) {
    }

    public List<Maandsom> gedeclareerd(YearMonth van, YearMonth tot) throws SQLException {
        return Jdbc.lijst(dataSource, "SELECT GEMEENTE, AGB, CATEGORIE, CODE, MAAND, BEDRAG FROM WMO.DECLARATIEMAAND WHERE MAAND BETWEEN ? AND ?",
                rs -> new Maandsom(rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.tekst(rs, "CODE"),
                        YearMonth.from(Jdbc.datum(rs, "MAAND")), rs.getLong(6)), van.atDay(1), tot.atDay(1));
    }

    /** The use of algemene voorzieningen in the months from {@code van} through {@code tot}. */
    public List<Ondersteuning.Gebruik> gebruik(YearMonth van, YearMonth tot) throws SQLException {
        return Jdbc.lijst(dataSource, "SELECT * FROM WMO.GEBRUIK WHERE MAAND BETWEEN ? AND ? ORDER BY MAAND, GEMEENTE", WmoOpslag::gebruik,
                van.atDay(1), tot.atDay(1));
    }

    /**
     * Distinct known participants of algemene voorzieningen per gemeente in the months from {@code van}
     * through {@code tot}. Within one year (a half-year, a year) counted from DEELNEMERJAAR (V5): per
     * gemeente and set of months how many participants were known in exactly those months of the year,
     * grouped by Derby along index DEELNEMERJAAR_TELLING; a participant counts once when one of the
     * months is in the period. Across years from the rows of DEELNEMER.
     */
    public Map<String, Integer> bekendeDeelnemers(YearMonth van, YearMonth tot) throws SQLException {
        if (van.getYear() != tot.getYear()) {
            return bekendeDeelnemersUitRijen(van, tot);
        }
        // the period's months as bits, January 1 ... December 2048 (DEELNEMERJAAR.MAANDEN)
        int periode = 0;
        for (int m = van.getMonthValue(); m <= tot.getMonthValue(); m++) {
            periode |= 1 << (m - 1);
        }
        Map<String, Integer> uit = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT GEMEENTE, MAANDEN, COUNT(*)"
                + " FROM WMO.DEELNEMERJAAR WHERE JAAR = ? GROUP BY GEMEENTE, MAANDEN")) {
            ps.setInt(1, van.getYear());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ((rs.getInt(2) & periode) != 0) {
                        uit.merge(rs.getString(1), rs.getInt(3), Integer::sum);
                    }
                }
            }
        }
        return uit;
    }

    private Map<String, Integer> bekendeDeelnemersUitRijen(YearMonth van, YearMonth tot) throws SQLException {
        Map<String, Set<String>> clienten = new HashMap<>();
        Jdbc.perRij(dataSource, "SELECT GEMEENTE, CLIENT FROM WMO.DEELNEMER WHERE MAAND BETWEEN ? AND ?",
                rs -> clienten.computeIfAbsent(rs.getString(1), g -> new HashSet<>()).add(rs.getString(2)), van.atDay(1), tot.atDay(1));
        Map<String, Integer> uit = new HashMap<>();
        clienten.forEach((g, c) -> uit.put(g, c.size()));
        return uit;
    }

    /**
     * Adds participants to DEELNEMERJAAR (V5), in the import's transaction on {@code c}: the month of
     * each becomes a bit of its gemeente, year and client. Setting a bit twice changes nothing, so a
     * participant reported again, or by a second provider in the month, leaves the row as it was
     * (Deelnemerjaartest checks the table against DEELNEMER).
     */
    public static void deelnemersBij(Connection c, List<Ondersteuning.Deelnemer> lijst) throws SQLException {
        Map<List<Object>, Integer> bits = new LinkedHashMap<>();
        for (Ondersteuning.Deelnemer d : lijst) {
            bits.merge(List.of(d.gemeente(), d.maand().getYear(), d.client()), 1 << (d.maand().getMonthValue() - 1), (a, b) -> a | b);
        }
        try (PreparedStatement lees = c.prepareStatement("SELECT MAANDEN FROM WMO.DEELNEMERJAAR WHERE GEMEENTE = ? AND JAAR = ? AND CLIENT = ?");
             PreparedStatement wijzig = c.prepareStatement("UPDATE WMO.DEELNEMERJAAR SET MAANDEN = ? WHERE GEMEENTE = ? AND JAAR = ? AND CLIENT = ?");
             PreparedStatement nieuw = c.prepareStatement("INSERT INTO WMO.DEELNEMERJAAR (MAANDEN, GEMEENTE, JAAR, CLIENT) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<List<Object>, Integer> e : bits.entrySet()) {
                String gemeente = (String) e.getKey().get(0);
                int jaar = (Integer) e.getKey().get(1);
                String client = (String) e.getKey().get(2);
                lees.setString(1, gemeente);
                lees.setInt(2, jaar);
                lees.setString(3, client);
                Integer was = null;
                try (ResultSet rs = lees.executeQuery()) {
                    if (rs.next()) {
                        was = rs.getInt(1);
                    }
                }
                PreparedStatement ps = was == null ? nieuw : wijzig;
                if (was != null && (was | e.getValue()) == was) {
                    continue;
                }
                ps.setInt(1, was == null ? e.getValue() : was | e.getValue());
                ps.setString(2, gemeente);
                ps.setInt(3, jaar);
                ps.setString(4, client);
                ps.executeUpdate();
            }
        }
    }

    /** Allocations that run on at least one day from {@code van} through {@code tot}, with what was reported of them; by gemeente and number. */
    public List<Opgeslagen<Ondersteuning.Toewijzing>> lopend(LocalDate van, LocalDate tot) throws SQLException {
        return toewijzingen("SELECT " + KOLOMMEN + " FROM WMO.TOEWIJZING WHERE " + LOOPT, tot, van, van);
    }

    /** An application and when it was decided: the time from application to allocation. */
    public record Aanvraag(Toewijzingsleutel toewijzing, LocalDate aanvraagdatum, LocalDate toewijzingsdatum, LocalDate ingang) {
    }

    /** Allocations applied for from {@code van} through {@code tot} (read from index TOEWIJZING_AANVRAAG alone); by gemeente and number. */
    public List<Aanvraag> aanvragen(LocalDate van, LocalDate tot) throws SQLException {
        List<Aanvraag> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT GEMEENTE, NUMMER, AANVRAAGDATUM,"
                + " TOEWIJZINGSDATUM, INGANG FROM WMO.TOEWIJZING WHERE AANVRAAGDATUM BETWEEN ? AND ?")) {
            Jdbc.datum(ps, 1, van);
            Jdbc.datum(ps, 2, tot);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(new Aanvraag(new Toewijzingsleutel(rs.getString(1), rs.getLong(2)), datum(rs, 3), datum(rs, 4),
                            datum(rs, 5)));
                }
            }
        }
        uit.sort(Comparator.comparing((Aanvraag a) -> a.toewijzing().gemeente()).thenComparingLong(a -> a.toewijzing().nummer()));
        return uit;
    }

    /** An allocation that took effect in a period, as the trajectories count it: its product, whether its support stopped, and what was declared on it. */
    public record Ingegaan(String categorie, String code, LocalDate ingang, boolean gestopt, long gedeclareerd) {
        public Productsleutel product() {
            return new Productsleutel(categorie, code);
        }
    }

    /**
     * The allocations that took effect from {@code van} through {@code tot}, in no order, each with
     * the sum of its lines (TOEWIJZING.GEDECLAREERD, V5): one range of index TOEWIJZING_INGEGAAN,
     * which holds all of it, instead of a year's lines joined to their allocations.
     */
    public List<Ingegaan> ingegaan(LocalDate van, LocalDate tot) throws SQLException {
        List<Ingegaan> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT CATEGORIE, CODE, INGANG, STOP_ZORG, GEDECLAREERD FROM WMO.TOEWIJZING WHERE INGANG BETWEEN ? AND ?")) {
            Jdbc.datum(ps, 1, van);
            Jdbc.datum(ps, 2, tot);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(new Ingegaan(rs.getString(1), tekst(rs, 2), datum(rs, 3), rs.getString(4) != null, rs.getLong(5)));
                }
            }
        }
        return uit;
    }

    /**
     * Adds declaration lines to their allocations' GEDECLAREERD (V5), in the import's transaction on
     * {@code c}, as {@code DECLARATIEMAAND} is kept: the sum of an allocation's lines, credits
     * negative. Lines are only ever added, and a replaced allocation keeps its number, so the column
     * stays the sum of the allocation's REALISATIE rows (Gedeclareerdtest).
     */
    public static void gedeclareerdBij(Connection c, List<Ondersteuning.Declaratieregel> regels) throws SQLException {
        Map<Toewijzingsleutel, Long> perToewijzing = new HashMap<>();
        for (Ondersteuning.Declaratieregel d : regels) {
            perToewijzing.merge(d.sleutel(), d.bedrag(), Long::sum);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE WMO.TOEWIJZING SET GEDECLAREERD = GEDECLAREERD + ? WHERE GEMEENTE = ? AND NUMMER = ?")) {
            int n = 0;
            for (Map.Entry<Toewijzingsleutel, Long> e : perToewijzing.entrySet()) {
                ps.setLong(1, e.getValue());
                ps.setString(2, e.getKey().gemeente());
                ps.setLong(3, e.getKey().nummer());
                ps.addBatch();
                if (++n % 1_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** An allocation as far as the eigen bijdrage needs it (Eigenbijdragebron). */
    /** {@code looptTot}: LOOPT_TOT (V5), the end, or the day support stopped where that came first; null while neither is known. */
    public record Bijdragerij(String gemeente, String client, String categorie, String code, LocalDate ingang, LocalDate looptTot,
                              Boolean minderjarig) {
        public Productsleutel product() {
            return new Productsleutel(categorie, code);
        }
    }

    /**
     * Hands every allocation that runs on at least one day from {@code van} through {@code tot} to
     * {@code per}, as far as the eigen bijdrage needs it, in no order: the rows {@link #lopend} reads,
     * from index TOEWIJZING_LOOPT_CLIENT alone, except those in a category of {@code nooit} and those of a
     * minor ({@code MINDERJARIG} true) in any category but {@code minderjarigAlleen}: what can never
     * make its client liable (Bijdrageplicht) is left out by Derby, not read.
     */
    public void bijdragerijen(LocalDate van, LocalDate tot, Collection<String> nooit, String minderjarigAlleen, Consumer<Bijdragerij> per)
            throws SQLException {
        String kolommen = "GEMEENTE, CLIENT, CATEGORIE, CODE, INGANG, LOOPT_TOT, MINDERJARIG";
        String filter = (nooit.isEmpty() ? "" : " AND CATEGORIE NOT IN (" + String.join(", ", java.util.Collections.nCopies(nooit.size(), "?")) + ")")
                + " AND (MINDERJARIG IS NULL OR MINDERJARIG = FALSE OR CATEGORIE = ?)";
        String sql = "SELECT " + kolommen + " FROM WMO.TOEWIJZING WHERE LOOPT_TOT >= ? AND INGANG <= ?" + filter
                + " UNION ALL SELECT " + kolommen + " FROM WMO.TOEWIJZING WHERE LOOPT_TOT IS NULL AND INGANG <= ?" + filter;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            Jdbc.datum(ps, ++n, van);
            Jdbc.datum(ps, ++n, tot);
            for (String k : nooit) {
                ps.setString(++n, k);
            }
            ps.setString(++n, minderjarigAlleen);
            Jdbc.datum(ps, ++n, tot);
            for (String k : nooit) {
                ps.setString(++n, k);
            }
            ps.setString(++n, minderjarigAlleen);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    per.accept(new Bijdragerij(rs.getString(1), rs.getString(2), rs.getString(3), tekst(rs, 4), datum(rs, 5), datum(rs, 6),
                            waarheid(rs, 7)));
                }
            }
        }
    }

    /**
     * The gemeenten with an allocation that took effect on or before {@code tot} and for which
     * {@code telt} holds, leaving out those in {@code bekend} (whose answer the caller has): per
     * stored gemeente (found one at a time through the primary key) its allocations read until
     * one counts. For the gemeenten a caller already knows nothing is read but the key.
     */
    public Set<String> gemeentenMet(LocalDate tot, Set<String> bekend, java.util.function.Predicate<Bijdragerij> telt) throws SQLException {
        Set<String> uit = new java.util.TreeSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement volgende = c.prepareStatement("SELECT GEMEENTE FROM WMO.TOEWIJZING WHERE GEMEENTE > ? ORDER BY GEMEENTE"
                     + " FETCH FIRST 1 ROWS ONLY");
             PreparedStatement rijen = c.prepareStatement("SELECT GEMEENTE, CLIENT, CATEGORIE, CODE, INGANG, LOOPT_TOT, MINDERJARIG"
                     + " FROM WMO.TOEWIJZING WHERE GEMEENTE = ? AND INGANG <= ?")) {
            String gemeente = "";
            while (true) {
                volgende.setString(1, gemeente);
                try (ResultSet rs = volgende.executeQuery()) {
                    if (!rs.next()) {
                        break;
                    }
                    gemeente = rs.getString(1);
                }
                if (bekend.contains(gemeente)) {
                    continue;
                }
                rijen.setString(1, gemeente);
                Jdbc.datum(rijen, 2, tot);
                try (ResultSet rs = rijen.executeQuery()) {
                    while (rs.next()) {
                        if (telt.test(new Bijdragerij(rs.getString(1), rs.getString(2), rs.getString(3), tekst(rs, 4), datum(rs, 5), datum(rs, 6),
                                waarheid(rs, 7)))) {
                            uit.add(gemeente);
                            break;
                        }
                    }
                }
            }
        }
        return uit;
    }

    /**
     * The allocations the query selects, by gemeente and number: sorted here, not by the database,
     * which would sort whole rows and, for a year's allocations, write them to temporary files first.
     */
    private List<Opgeslagen<Ondersteuning.Toewijzing>> toewijzingen(String sql, LocalDate... data) throws SQLException {
        List<Opgeslagen<Ondersteuning.Toewijzing>> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < data.length; i++) {
                Jdbc.datum(ps, i + 1, data[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(opgeslagen(rs));
                }
            }
        }
        uit.sort(Comparator.comparing((Opgeslagen<Ondersteuning.Toewijzing> o) -> o.toewijzing().gemeente()).thenComparingLong(o -> o.toewijzing().nummer()));
        return uit;
    }

    /** The columns of an allocation {@link #opgeslagen(ResultSet)} reads, in its order. */
    private static final String KOLOMMEN = "GEMEENTE, NUMMER, CLIENT, AGB, CATEGORIE, CODE, TOEWIJZINGSDATUM, INGANG, EINDE, VOLUME, EENHEID,"
            + " FREQUENTIE, BUDGET, AANVRAAGDATUM, MINDERJARIG, START_ZORG, STOP_ZORG, STOP_REDEN";

    /**
     * An allocation of a query that selects {@link #KOLOMMEN}, as {@code WmoOpslag.opgeslagen} reads it
     * from {@code SELECT *}, but by position: a lookup by name for every value costs on 100,000 rows.
     */
    private static Opgeslagen<Ondersteuning.Toewijzing> opgeslagen(ResultSet rs) throws SQLException {
        Ondersteuning.Toewijzing t = new Ondersteuning.Toewijzing(new Toewijzingsgegevens(rs.getString(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getString(5), tekst(rs, 6), datum(rs, 7), datum(rs, 8), datum(rs, 9), geheel(rs, 10), tekst(rs, 11), tekst(rs, 12),
                lang(rs, 13), null), datum(rs, 14), waarheid(rs, 15));
        return new Opgeslagen<>(t, datum(rs, 16), datum(rs, 17), tekst(rs, 18));
    }

    // the column getters of nl.samenspel.store.Jdbc, by position

    /**
     * A DATE column by its text ({@code yyyy-mm-dd}, as Derby writes it): {@code getDate} builds a
     * Calendar and a java.sql.Date for every value, which costs more than the rest of a row.
     */
    private static LocalDate datum(ResultSet rs, int kolom) throws SQLException {
        String d = rs.getString(kolom);
        if (d == null) {
            return null;
        }
        if (d.length() != 10 || d.charAt(4) != '-' || d.charAt(7) != '-') {
            return LocalDate.parse(d);
        }
        return LocalDate.of(Integer.parseInt(d, 0, 4, 10), Integer.parseInt(d, 5, 7, 10), Integer.parseInt(d, 8, 10, 10));
    }

    private static String tekst(ResultSet rs, int kolom) throws SQLException {
        String t = rs.getString(kolom);
        return t == null ? null : t.strip();
    }

    private static Integer geheel(ResultSet rs, int kolom) throws SQLException {
        int w = rs.getInt(kolom);
        return rs.wasNull() ? null : w;
    }

    private static Long lang(ResultSet rs, int kolom) throws SQLException {
        long w = rs.getLong(kolom);
        return rs.wasNull() ? null : w;
    }

    private static Boolean waarheid(ResultSet rs, int kolom) throws SQLException {
        boolean w = rs.getBoolean(kolom);
        return rs.wasNull() ? null : w;
    }
}
