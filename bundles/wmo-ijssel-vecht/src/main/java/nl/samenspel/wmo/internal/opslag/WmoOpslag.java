package nl.samenspel.wmo.internal.opslag;

import java.sql.Connection;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.toewijzing.Opgeslagen;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.samenspel.invoer.Importlogboek;
import nl.samenspel.module.Moduleopslag;
import nl.samenspel.module.Periode;
import nl.samenspel.module.Periodewijziging;
import nl.samenspel.module.toewijzing.Stand;
import nl.samenspel.module.toewijzing.StartZorg;
import nl.samenspel.module.toewijzing.StopZorg;
import nl.samenspel.module.toewijzing.Toewijzingsgegevens;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;
import nl.samenspel.module.toewijzing.opslag.Toewijzingtabel;
import nl.samenspel.store.Jdbc;
import nl.samenspel.wmo.internal.domein.Ondersteuning;
import nl.samenspel.wmo.internal.domein.Productperioden;
import nl.samenspel.wmo.internal.domein.Stamgegevens;
import nl.samenspel.wmo.internal.domein.Uitvoeringsvariant;
import nl.samenspel.wmo.internal.domein.Voorziening;

/**
 * The module's tables in schema {@value #SCHEMA}: reads what the checks need, and writes an
 * accepted file in one transaction together with its import log row. The monitoring reads through
 * {@link Wmocijfers}.
 */
public class WmoOpslag extends Moduleopslag {

    public static final String SCHEMA = "WMO";
    /** The allocations: the shared columns, and Wmo's own (when applied for, whether a minor). */
    private static final Toewijzingtabel TOEWIJZING = new Toewijzingtabel("WMO.TOEWIJZING", List.of("AANVRAAGDATUM", "MINDERJARIG"));

    public WmoOpslag(DataSource dataSource) {
        super(dataSource, SCHEMA, "wmo");
    }

    public Wmocijfers cijfers() {
        return new Wmocijfers(dataSource());
    }

    /** The tariffs and the cuts applied to them. */
    public nl.samenspel.module.tarief.Kortingstabel kortingstabel() {
        return new nl.samenspel.module.tarief.Kortingstabel(dataSource(), SCHEMA);
    }

    // ---- master data -----------------------------------------------------------------------

    public List<Stamgegevens.Aanbieder> aanbieders() throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT AGB, NAAM FROM WMO.AANBIEDER ORDER BY AGB",
                rs -> new Stamgegevens.Aanbieder(rs.getString(1), rs.getString(2)));
    }

    /** The products with their dated values, oldest period first. */
    public Productperioden productperioden() throws SQLException {
        Map<Productsleutel, String> omschrijvingen = new LinkedHashMap<>();
        Map<Productsleutel, List<Periode<Stamgegevens.Productwaarden>>> perioden = new LinkedHashMap<>();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT CATEGORIE, CODE, OMSCHRIJVING FROM WMO.PRODUCT ORDER BY CATEGORIE, CODE")) {
                while (rs.next()) {
                    omschrijvingen.put(new Productsleutel(rs.getString(1), Jdbc.tekst(rs, "CODE")), rs.getString(3));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT * FROM WMO.PRODUCTPERIODE ORDER BY CATEGORIE, CODE, INGANG")) {
                while (rs.next()) {
                    Stamgegevens.Productwaarden w = new Stamgegevens.Productwaarden(rs.getString("EENHEID"),
                            Uitvoeringsvariant.vanCode(rs.getString("VARIANT")).orElseThrow(),
                            Voorziening.vanCode(rs.getString("VOORZIENING")).orElseThrow(), Jdbc.tekst(rs, "KORTINGSGROEP"));
                    perioden.computeIfAbsent(new Productsleutel(rs.getString("CATEGORIE"), Jdbc.tekst(rs, "CODE")),
                            k -> new ArrayList<>()).add(new Periode<>(Jdbc.datum(rs, "INGANG"), Jdbc.datum(rs, "EINDE"), w));
                }
            }
        }
        return new Productperioden(omschrijvingen, perioden);
    }

    /** Every tariff, per product, oldest first. */
    public Map<Productsleutel, List<Stamgegevens.Tarief>> tarieven() throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT * FROM WMO.TARIEF ORDER BY CATEGORIE, CODE, INGANG",
                        rs -> new Stamgegevens.Tarief(rs.getString("CATEGORIE"), Jdbc.tekst(rs, "CODE"), Jdbc.datum(rs, "INGANG"),
                                Jdbc.datum(rs, "EINDE"), rs.getLong("TARIEF")))
                .stream().collect(Collectors.groupingBy(Stamgegevens.Tarief::product, LinkedHashMap::new, Collectors.toList()));
    }

    public List<Stamgegevens.Contract> contracten() throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT * FROM WMO.CONTRACT ORDER BY JAAR, AGB, SLEUTEL", rs -> new Stamgegevens.Contract(
                rs.getString("AGB"), rs.getInt("JAAR"), Stamgegevens.Contractsoort.vanCode(rs.getString("SOORT")).orElseThrow(),
                rs.getLong("BEDRAG"), Jdbc.tekst(rs, "CATEGORIE"), Jdbc.tekst(rs, "CODE"), Jdbc.tekst(rs, "GEMEENTE")));
    }

    public List<Stamgegevens.Budget> budgetten() throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT GEMEENTE, JAAR, BUDGET FROM WMO.BUDGET ORDER BY JAAR, GEMEENTE",
                rs -> new Stamgegevens.Budget(rs.getString(1), rs.getInt(2), rs.getLong(3)));
    }

    // ---- what the checks of a file need of the stored support -------------------------------

    /** Every stored allocation's period and reported start and stop: what starts, stops and declarations refer to. */
    public Map<Toewijzingsleutel, Stand> standen() throws SQLException {
        return TOEWIJZING.standen(dataSource());
    }

    /** The stored allocations with these numbers, as stored. */
    public Map<Toewijzingsleutel, Opgeslagen<Ondersteuning.Toewijzing>> opgeslagen(Collection<Toewijzingsleutel> sleutels) throws SQLException {
        return TOEWIJZING.opgeslagen(dataSource(), sleutels, WmoOpslag::opgeslagen, o -> o.toewijzing().sleutel());
    }

    /**
     * What is declared so far on these allocations: the keys of the stored lines (a line is read
     * once) and the delivered volume per allocation (it must fit the allocation).
     */
    public Gedeclareerd gedeclareerd(Collection<Toewijzingsleutel> sleutels) throws SQLException {
        Set<String> regels = new HashSet<>();
        Map<Toewijzingsleutel, Map<LocalDate, Long>> volume = new HashMap<>();
        Set<Toewijzingsleutel> gevraagd = new HashSet<>(sleutels);
        Toewijzingtabel.perBereik(dataSource(), sleutels, "SELECT GEMEENTE, NUMMER, DECLARATIENUMMER, BEGINDATUM, EINDDATUM, VOLUME, EENHEID, TARIEF, BEDRAG"
                + " FROM WMO.REALISATIE WHERE GEMEENTE = ? AND NUMMER BETWEEN ? AND ?", rs -> {
                    Ondersteuning.Declaratieregel d = new Ondersteuning.Declaratieregel(rs.getString(1), rs.getLong(2), rs.getString(3),
                            Jdbc.datum(rs, "BEGINDATUM"), Jdbc.datum(rs, "EINDDATUM"), rs.getLong(6), rs.getString(7), Jdbc.lang(rs, "TARIEF"),
                            rs.getLong(9));
                    if (gevraagd.contains(d.sleutel())) {
                        regels.add(Gedeclareerd.sleutel(d));
                        volume.computeIfAbsent(d.sleutel(), k -> new HashMap<>()).merge(d.begindatum(), d.volume(), Long::sum);
                    }
                });
        return new Gedeclareerd(regels, volume);
    }

    /** The stored use of these months: a month is reported once, or replaced knowingly. */
    public Map<String, Ondersteuning.Gebruik> gebruik(Collection<YearMonth> maanden) throws SQLException {
        Map<String, Ondersteuning.Gebruik> uit = new HashMap<>();
        perMaand("SELECT * FROM WMO.GEBRUIK WHERE MAAND = ?", maanden, (rs, maand) -> {
            Ondersteuning.Gebruik g = gebruik(rs);
            uit.put(g.sleutel(), g);
        });
        return uit;
    }

    /** The stored participants of these months, as {@link Ondersteuning.Deelnemer#sleutel}s. */
    public Set<String> deelnemers(Collection<YearMonth> maanden) throws SQLException {
        Set<String> uit = new HashSet<>();
        perMaand("SELECT * FROM WMO.DEELNEMER WHERE MAAND = ?", maanden, (rs, maand) -> uit.add(new Ondersteuning.Deelnemer(
                rs.getString("GEMEENTE"), rs.getString("AGB"), rs.getString("CATEGORIE"), Jdbc.tekst(rs, "CODE"), maand,
                rs.getString("CLIENT")).sleutel()));
        return uit;
    }

    /** A row of a query by month, with the month it was read for. */
    @FunctionalInterface
    private interface Maandrij {
        void lees(ResultSet rs, YearMonth maand) throws SQLException;
    }

    /** Runs {@code sql}, whose one parameter is a month's first day, once for each of these months and hands every row on. */
    private void perMaand(String sql, Collection<YearMonth> maanden, Maandrij rij) throws SQLException {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (YearMonth maand : new HashSet<>(maanden)) {
                Jdbc.datum(ps, 1, maand.atDay(1));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rij.lees(rs, maand);
                    }
                }
            }
        }
    }

    static Ondersteuning.Gebruik gebruik(ResultSet rs) throws SQLException {
        return new Ondersteuning.Gebruik(rs.getString("GEMEENTE"), rs.getString("AGB"), rs.getString("CATEGORIE"), Jdbc.tekst(rs, "CODE"),
                YearMonth.from(Jdbc.datum(rs, "MAAND")), rs.getInt("DEELNEMERS"), rs.getLong("BEDRAG"), false);
    }

    static Opgeslagen<Ondersteuning.Toewijzing> opgeslagen(ResultSet rs) throws SQLException {
        Ondersteuning.Toewijzing t = new Ondersteuning.Toewijzing(new Toewijzingsgegevens(rs.getString("GEMEENTE"), rs.getLong("NUMMER"),
                rs.getString("CLIENT"), rs.getString("AGB"), rs.getString("CATEGORIE"), Jdbc.tekst(rs, "CODE"), Jdbc.datum(rs, "TOEWIJZINGSDATUM"),
                Jdbc.datum(rs, "INGANG"), Jdbc.datum(rs, "EINDE"), Jdbc.geheel(rs, "VOLUME"), Jdbc.tekst(rs, "EENHEID"),
                Jdbc.tekst(rs, "FREQUENTIE"), Jdbc.lang(rs, "BUDGET"), null), Jdbc.datum(rs, "AANVRAAGDATUM"), Jdbc.waarheid(rs, "MINDERJARIG"));
        return new Opgeslagen<>(t, Jdbc.datum(rs, "START_ZORG"), Jdbc.datum(rs, "STOP_ZORG"), Jdbc.tekst(rs, "STOP_REDEN"));
    }

    // ---- writing an accepted file with its import log row ----------------------------------

    /** Writes one file's records on the transaction's connection. */
    public interface Schrijver extends Importlogboek.Schrijver {
    }

    public static Schrijver aanbieders(List<Stamgegevens.Aanbieder> lijst) {
        return (c, id) -> {
            for (Stamgegevens.Aanbieder a : lijst) {
                if (Jdbc.bijwerk(c, "UPDATE WMO.AANBIEDER SET NAAM = ? WHERE AGB = ?", a.naam(), a.agb()) == 0) {
                    Jdbc.bijwerk(c, "INSERT INTO WMO.AANBIEDER (NAAM, AGB) VALUES (?, ?)", a.naam(), a.agb());
                }
            }
        };
    }

    /**
     * A new product gets its first period (from the line's ingangsdatum, or always); a stored one the
     * change its check judged ({@link Periodewijziging}), or, without one, only its description.
     */
    public static Schrijver producten(List<Stamgegevens.Productregel> lijst, Productperioden bestaand,
                                      Map<Productsleutel, Periodewijziging> wijzigingen) {
        return (c, id) -> {
            for (Stamgegevens.Productregel r : lijst) {
                Stamgegevens.Product p = r.product();
                List<Periode<Stamgegevens.Productwaarden>> perioden = bestaand.perioden(p.sleutel());
                if (perioden.isEmpty()) {
                    Jdbc.bijwerk(c, "INSERT INTO WMO.PRODUCT (OMSCHRIJVING, CATEGORIE, CODE) VALUES (?, ?, ?)", p.omschrijving(), p.categorie(),
                            p.code());
                    periode(c, p, r.ingang() == null ? Stamgegevens.ALTIJD : r.ingang());
                    continue;
                }
                Jdbc.bijwerk(c, "UPDATE WMO.PRODUCT SET OMSCHRIJVING = ? WHERE CATEGORIE = ? AND CODE = ?", p.omschrijving(), p.categorie(),
                        p.code());
                Periodewijziging wijziging = wijzigingen.get(p.sleutel());
                if (wijziging == null) {
                    continue;
                }
                LocalDate laatste = perioden.get(perioden.size() - 1).ingang();
                if (wijziging.vervangtLaatste()) {
                    Jdbc.bijwerk(c, "DELETE FROM WMO.PRODUCTPERIODE WHERE CATEGORIE = ? AND CODE = ? AND INGANG = ?", p.categorie(), p.code(),
                            wijziging.vanaf());
                } else {
                    Jdbc.bijwerk(c, "UPDATE WMO.PRODUCTPERIODE SET EINDE = ? WHERE CATEGORIE = ? AND CODE = ? AND INGANG = ?",
                            wijziging.vanaf().minusDays(1), p.categorie(), p.code(), laatste);
                }
                periode(c, p, wijziging.vanaf());
            }
        };
    }

    private static void periode(Connection c, Stamgegevens.Product p, LocalDate vanaf) throws SQLException {
        Stamgegevens.Productwaarden w = p.waarden();
        Jdbc.bijwerk(c, "INSERT INTO WMO.PRODUCTPERIODE (CATEGORIE, CODE, INGANG, EINDE, EENHEID, VARIANT, VOORZIENING, KORTINGSGROEP)"
                + " VALUES (?, ?, ?, NULL, ?, ?, ?, ?)", p.categorie(), p.code(), vanaf, w.eenheid(), w.variant().code(), w.voorziening().code(),
                w.kortingsgroep());
    }

    public static Schrijver tarieven(List<Stamgegevens.Tarief> lijst) {
        return (c, id) -> {
            for (Stamgegevens.Tarief t : lijst) {
                Jdbc.bijwerk(c, "INSERT INTO WMO.TARIEF (CATEGORIE, CODE, INGANG, EINDE, TARIEF, HERKOMST) VALUES (?, ?, ?, ?, ?, ?)",
                        t.categorie(), t.code(), t.ingang(), t.einde(), t.tarief(), "import " + id);
            }
        };
    }

    public static Schrijver contracten(List<Stamgegevens.Contractregel> regels) {
        return (c, id) -> {
            for (Stamgegevens.Contract k : regels.stream().map(Stamgegevens.Contractregel::contract).toList()) {
                if (Jdbc.bijwerk(c, "UPDATE WMO.CONTRACT SET BEDRAG = ? WHERE SLEUTEL = ?", k.bedrag(), k.sleutel()) == 0) {
                    Jdbc.bijwerk(c, "INSERT INTO WMO.CONTRACT (SLEUTEL, AGB, JAAR, SOORT, BEDRAG, CATEGORIE, CODE, GEMEENTE)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", k.sleutel(), k.agb(), k.jaar(), k.soort().code(), k.bedrag(), k.categorie(),
                            k.code(), k.gemeente());
                }
            }
        };
    }

    public static Schrijver budgetten(List<Stamgegevens.Budget> lijst) {
        return (c, id) -> {
            for (Stamgegevens.Budget b : lijst) {
                if (Jdbc.bijwerk(c, "UPDATE WMO.BUDGET SET BUDGET = ? WHERE GEMEENTE = ? AND JAAR = ?", b.budget(), b.gemeente(), b.jaar()) == 0) {
                    Jdbc.bijwerk(c, "INSERT INTO WMO.BUDGET (BUDGET, GEMEENTE, JAAR) VALUES (?, ?, ?)", b.budget(), b.gemeente(), b.jaar());
                }
            }
        };
    }

    /** A new allocation is inserted (in batches); a stored number was judged a change and replaces it, keeping its start and stop. */
    public static Schrijver toewijzingen(List<Ondersteuning.Toewijzing> lijst, Set<Toewijzingsleutel> bestaand) {
        return TOEWIJZING.toewijzingen(lijst, bestaand, (ps, t) -> {
            Jdbc.datum(ps, 1, t.aanvraagdatum());
            Jdbc.waarheid(ps, 2, t.minderjarig());
        })::schrijf;
    }

    public static Schrijver starts(List<StartZorg> lijst) {
        return TOEWIJZING.starts(lijst)::schrijf;
    }

    public static Schrijver stops(List<StopZorg> lijst) {
        return TOEWIJZING.stops(lijst)::schrijf;
    }

    /**
     * Inserts the lines in batches and adds them to their allocations' {@code GEDECLAREERD} and to
     * {@code DECLARATIEMAAND} by gemeente, provider, product and month, in the same transaction.
     *
     * @param toewijzingen the allocations the lines are on (the checks made sure each is stored)
     */
    public static Schrijver declaraties(List<Ondersteuning.Declaratieregel> lijst, Map<Toewijzingsleutel, Opgeslagen<Ondersteuning.Toewijzing>> toewijzingen) {
        return (c, id) -> {
            inBatches(c, "INSERT INTO WMO.REALISATIE (GEMEENTE, NUMMER, DECLARATIENUMMER, BEGINDATUM, EINDDATUM, VOLUME, EENHEID, TARIEF,"
                    + " BEDRAG, IMPORT_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lijst, (ps, d) -> {
                        ps.setString(1, d.gemeente());
                        ps.setLong(2, d.nummer());
                        ps.setString(3, d.declaratienummer());
                        Jdbc.datum(ps, 4, d.begindatum());
                        Jdbc.datum(ps, 5, d.einddatum());
                        ps.setLong(6, d.volume());
                        ps.setString(7, d.eenheid());
                        Jdbc.getal(ps, 8, d.tarief());
                        ps.setLong(9, d.bedrag());
                        ps.setLong(10, id);
                    });
            Wmocijfers.gedeclareerdBij(c, lijst);
            Map<List<Object>, long[]> perMaand = new LinkedHashMap<>();
            for (Ondersteuning.Declaratieregel d : lijst) {
                Ondersteuning.Toewijzing t = toewijzingen.get(d.sleutel()).toewijzing();
                long[] som = perMaand.computeIfAbsent(List.of(d.gemeente(), t.agb(), t.categorie(), t.code(), d.begindatum().withDayOfMonth(1)),
                        k -> new long[2]);
                som[0] += d.bedrag();
                som[1]++;
            }
            for (Map.Entry<List<Object>, long[]> e : perMaand.entrySet()) {
                List<Object> k = e.getKey();
                if (Jdbc.bijwerk(c, "UPDATE WMO.DECLARATIEMAAND SET BEDRAG = BEDRAG + ?, REGELS = REGELS + ? WHERE GEMEENTE = ? AND AGB = ?"
                        + " AND CATEGORIE = ? AND CODE = ? AND MAAND = ?", e.getValue()[0], e.getValue()[1], k.get(0), k.get(1), k.get(2), k.get(3),
                        k.get(4)) == 0) {
                    Jdbc.bijwerk(c, "INSERT INTO WMO.DECLARATIEMAAND (BEDRAG, REGELS, GEMEENTE, AGB, CATEGORIE, CODE, MAAND)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", e.getValue()[0], e.getValue()[1], k.get(0), k.get(1), k.get(2), k.get(3), k.get(4));
                }
            }
        };
    }

    /** A new month is inserted; a stored one with other figures was judged a correction and is replaced. */
    public static Schrijver gebruik(List<Ondersteuning.Gebruik> lijst, Set<String> bestaand) {
        return (c, id) -> {
            for (Ondersteuning.Gebruik g : lijst) {
                Object[] sleutel = {g.gemeente(), g.agb(), g.categorie(), g.code(), g.maand().atDay(1)};
                if (bestaand.contains(g.sleutel())) {
                    Jdbc.bijwerk(c, "UPDATE WMO.GEBRUIK SET DEELNEMERS = ?, BEDRAG = ?, IMPORT_ID = ? WHERE GEMEENTE = ? AND AGB = ?"
                            + " AND CATEGORIE = ? AND CODE = ? AND MAAND = ?", g.deelnemers(), g.bedrag(), id, sleutel[0], sleutel[1], sleutel[2],
                            sleutel[3], sleutel[4]);
                } else {
                    Jdbc.bijwerk(c, "INSERT INTO WMO.GEBRUIK (DEELNEMERS, BEDRAG, IMPORT_ID, GEMEENTE, AGB, CATEGORIE, CODE, MAAND)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", g.deelnemers(), g.bedrag(), id, sleutel[0], sleutel[1], sleutel[2], sleutel[3],
                            sleutel[4]);
                }
            }
        };
    }

    /** The participants not stored yet (one reported again changes nothing), in batches; and their months in DEELNEMERJAAR. */
    public static Schrijver deelnemers(List<Ondersteuning.Deelnemer> lijst, Set<String> bestaand) {
        return (c, id) -> {
            inBatches(c, "INSERT INTO WMO.DEELNEMER (GEMEENTE, AGB, CATEGORIE, CODE, MAAND, CLIENT, IMPORT_ID) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    lijst.stream().filter(d -> !bestaand.contains(d.sleutel())).toList(), (ps, d) -> {
                        ps.setString(1, d.gemeente());
                        ps.setString(2, d.agb());
                        ps.setString(3, d.categorie());
                        ps.setString(4, d.code());
                        Jdbc.datum(ps, 5, d.maand().atDay(1));
                        ps.setString(6, d.client());
                        ps.setLong(7, id);
                    });
            Wmocijfers.deelnemersBij(c, lijst);
        };
    }
}
