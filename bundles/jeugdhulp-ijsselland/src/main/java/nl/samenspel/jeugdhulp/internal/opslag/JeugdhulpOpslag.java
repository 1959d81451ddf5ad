package nl.samenspel.jeugdhulp.internal.opslag;

import java.sql.Connection;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.toewijzing.Opgeslagen;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.samenspel.jeugdhulp.internal.controle.Controle;
import nl.samenspel.jeugdhulp.internal.controle.Context;
import nl.samenspel.jeugdhulp.internal.domein.Inkoop;
import nl.samenspel.jeugdhulp.internal.domein.Productperioden;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.jeugdhulp.internal.domein.Uitvoeringsvariant;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;
import nl.samenspel.invoer.Importlogboek;
import nl.samenspel.module.Moduleopslag;
import nl.samenspel.module.Periodetabel;
import nl.samenspel.module.Periodewijziging;
import nl.samenspel.module.toewijzing.StartZorg;
import nl.samenspel.module.toewijzing.StopZorg;
import nl.samenspel.module.toewijzing.Toewijzingsgegevens;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;
import nl.samenspel.module.toewijzing.opslag.Toewijzingtabel;
import nl.samenspel.store.Jdbc;

/**
 * The module's tables in schema {@value #SCHEMA}: reads what the checks and the monitoring
 * need, and writes an accepted file in one transaction together with its import log row.
 */
public class JeugdhulpOpslag extends Moduleopslag {

    public static final String SCHEMA = "JEUGDHULP";
    /** The allocations, with the columns and writes every module that works by allocation shares. */
    /** The products' dated attributes. */
    private static final Periodetabel PRODUCTPERIODE = new Periodetabel("JEUGDHULP.PRODUCTPERIODE", List.of("CATEGORIE", "CODE"),
            List.of("VARIANT", "INKOOP", "KORTINGSGROEP"));
    private static final Toewijzingtabel TOEWIJZING = new Toewijzingtabel("JEUGDHULP.TOEWIJZING", List.of("AANMELDDATUM", "VERWIJZER"));

    public JeugdhulpOpslag(DataSource dataSource) {
        super(dataSource, SCHEMA, "jeugdhulp");
    }

    // ---- reading -------------------------------------------------------------------------

    public Map<Productsleutel, Stamgegevens.Product> producten() throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT * FROM JEUGDHULP.PRODUCT ORDER BY CATEGORIE, CODE", rs -> new Stamgegevens.Product(
                        rs.getString("CATEGORIE"), rs.getString("CODE"), rs.getString("OMSCHRIJVING"), rs.getString("EENHEID"),
                        Uitvoeringsvariant.vanCode(rs.getString("VARIANT")).orElseThrow(), Inkoop.vanCode(rs.getString("INKOOP")).orElseThrow(),
                        rs.getString("KORTINGSGROEP")))
                .stream().collect(Collectors.toMap(Stamgegevens.Product::sleutel, p -> p, (a, b) -> b, LinkedHashMap::new));
    }

    /** The products with their dated attributes. */
    public Productperioden productperioden() throws SQLException {
        List<Stamgegevens.Productperiode> perioden = Jdbc.lijst(dataSource(), "SELECT * FROM JEUGDHULP.PRODUCTPERIODE ORDER BY CATEGORIE, CODE,"
                + " INGANG", rs -> new Stamgegevens.Productperiode(rs.getString("CATEGORIE"), rs.getString("CODE"), Jdbc.datum(rs, "INGANG"),
                Jdbc.datum(rs, "EINDE"), Uitvoeringsvariant.vanCode(rs.getString("VARIANT")).orElseThrow(),
                Inkoop.vanCode(rs.getString("INKOOP")).orElseThrow(), rs.getString("KORTINGSGROEP")));
        return new Productperioden(producten(), perProduct(perioden, p -> new Productsleutel(p.categorie(), p.code())));
    }

    /** Every tariff, per product, oldest first. */
    public Map<Productsleutel, List<Stamgegevens.Tarief>> tarieven() throws SQLException {
        return perProduct(Jdbc.lijst(dataSource(), "SELECT * FROM JEUGDHULP.TARIEF ORDER BY CATEGORIE, CODE, INGANG",
                rs -> new Stamgegevens.Tarief(rs.getString("CATEGORIE"), Jdbc.tekst(rs, "CODE"), Jdbc.datum(rs, "INGANG"),
                        Jdbc.datum(rs, "EINDE"), rs.getLong("TARIEF"))), t -> new Productsleutel(t.categorie(), t.code()));
    }

    private static <T> Map<Productsleutel, List<T>> perProduct(List<T> lijst, Function<T, Productsleutel> product) {
        return lijst.stream().collect(Collectors.groupingBy(product, LinkedHashMap::new, Collectors.toList()));
    }

    public List<Stamgegevens.Aanbieder> aanbieders() throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT AGB, NAAM FROM JEUGDHULP.AANBIEDER ORDER BY AGB",
                rs -> new Stamgegevens.Aanbieder(rs.getString(1), rs.getString(2)));
    }

    public List<Stamgegevens.Contract> contracten() throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT AGB, JAAR, PLAFOND FROM JEUGDHULP.CONTRACT ORDER BY JAAR, AGB",
                rs -> new Stamgegevens.Contract(rs.getString(1), rs.getInt(2), rs.getLong(3)));
    }

    public List<Stamgegevens.Budget> budgetten() throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT * FROM JEUGDHULP.BUDGET ORDER BY JAAR, GEMEENTE", rs -> new Stamgegevens.Budget(
                rs.getString("GEMEENTE"), rs.getInt("JAAR"), rs.getLong("TOTAAL"), rs.getLong("REGIONAAL"), rs.getLong("LOKAAL")));
    }

    /** The stored allocations and declarations as paged lists (without clients), on the same database. */
    public Jeugdhulplijsten lijsten() {
        return new Jeugdhulplijsten(dataSource());
    }

    /** What the checks need to know of what is stored, for a file of allocations, starts, stops or declarations. */
    public Context context(nl.samenspel.api.register.Register register, String regio, boolean metToewijzingen, boolean metDeclaraties)
            throws SQLException {
        Set<String> aanbieders = new HashSet<>();
        aanbieders().forEach(a -> aanbieders.add(a.agb()));
        Set<String> contracten = new HashSet<>();
        contracten().forEach(k -> contracten.add(k.agb() + "/" + k.jaar()));
        return new Context(register, regio, productperioden(), tarieven(), aanbieders, contracten,
                metToewijzingen ? TOEWIJZING.standen(dataSource()) : Map.of(), metDeclaraties ? declaratiesleutels() : Set.of(),
                Context.lidmaatschappen(register, regio));
    }

    /** The stored allocations with these numbers, as stored (a file's changes are compared with them). */
    public Map<Toewijzingsleutel, Opgeslagen<Zorg.Toewijzing>> opgeslagen(Collection<Toewijzingsleutel> sleutels) throws SQLException {
        return TOEWIJZING.opgeslagen(dataSource(), sleutels, JeugdhulpOpslag::opgeslagen, o -> o.toewijzing().sleutel());
    }

    private Set<String> declaratiesleutels() throws SQLException {
        return new HashSet<>(Jdbc.lijst(dataSource(), "SELECT GEMEENTE, DECLARATIENUMMER, NUMMER, BEGINDATUM, EINDDATUM, BEDRAG"
                + " FROM JEUGDHULP.REALISATIE", rs -> Controle.declaratiesleutel(new Zorg.Declaratieregel(rs.getString(1), rs.getLong(3),
                rs.getString(2), Jdbc.datum(rs, "BEGINDATUM"), Jdbc.datum(rs, "EINDDATUM"), rs.getLong(6)))));
    }

    /** Allocations valid on at least one day of the year. */
    public List<Opgeslagen<Zorg.Toewijzing>> toewijzingenInJaar(int jaar) throws SQLException {
        return toewijzingen("INGANG <= ? AND (EINDE IS NULL OR EINDE >= ?)", LocalDate.of(jaar, 12, 31), LocalDate.of(jaar, 1, 1));
    }

    /** The products with an allocation valid on at least one day of the year: the year's figures depend on their master data. */
    public Set<Productsleutel> productenInGebruik(int jaar) throws SQLException {
        return new HashSet<>(Jdbc.lijst(dataSource(), "SELECT DISTINCT CATEGORIE, CODE FROM JEUGDHULP.TOEWIJZING WHERE INGANG <= ?"
                + " AND (EINDE IS NULL OR EINDE >= ?)", rs -> new Productsleutel(rs.getString(1), rs.getString(2)),
                LocalDate.of(jaar, 12, 31), LocalDate.of(jaar, 1, 1)));
    }

    /** Allocations valid on the day whose care was not stopped before it. */
    public List<Opgeslagen<Zorg.Toewijzing>> lopendOp(LocalDate dag) throws SQLException {
        return toewijzingen("INGANG <= ? AND (EINDE IS NULL OR EINDE >= ?) AND (STOP_ZORG IS NULL OR STOP_ZORG >= ?)", dag, dag, dag);
    }

    /** One gemeente's allocations valid on at least one day of the year: what its node has delivered, for the operator's check. */
    public List<Opgeslagen<Zorg.Toewijzing>> toewijzingenInJaar(int jaar, String gemeente) throws SQLException {
        if (!gemeente.matches("\\d{4}")) {
            throw new IllegalArgumentException("gemeente " + gemeente + " is geen CBS-code"); // the resource checked it; a guard for the SQL
        }
        return toewijzingen("GEMEENTE = '" + gemeente + "' AND INGANG <= ? AND (EINDE IS NULL OR EINDE >= ?)", LocalDate.of(jaar, 12, 31),
                LocalDate.of(jaar, 1, 1));
    }

    /** Allocations whose care started in the year. */
    public List<Opgeslagen<Zorg.Toewijzing>> gestartInJaar(int jaar) throws SQLException {
        return toewijzingen("START_ZORG BETWEEN ? AND ?", LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
    }

    /** Allocations referred in the year, and those without a referral date that took effect in it. */
    public List<Opgeslagen<Zorg.Toewijzing>> aangemeldInJaar(int jaar) throws SQLException {
        return toewijzingen("AANMELDDATUM BETWEEN ? AND ? OR (AANMELDDATUM IS NULL AND INGANG BETWEEN ? AND ?)",
                LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31), LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
    }

    private List<Opgeslagen<Zorg.Toewijzing>> toewijzingen(String waar, Object... data) throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT * FROM JEUGDHULP.TOEWIJZING WHERE " + waar + " ORDER BY GEMEENTE, NUMMER",
                JeugdhulpOpslag::opgeslagen, data);
    }

    private static Opgeslagen<Zorg.Toewijzing> opgeslagen(ResultSet rs) throws SQLException {
        String verwijzer = Jdbc.tekst(rs, "VERWIJZER");
        Zorg.Toewijzing t = new Zorg.Toewijzing(new Toewijzingsgegevens(rs.getString("GEMEENTE"), rs.getLong("NUMMER"), rs.getString("CLIENT"),
                rs.getString("AGB"), rs.getString("CATEGORIE"), Jdbc.tekst(rs, "CODE"), Jdbc.datum(rs, "TOEWIJZINGSDATUM"),
                Jdbc.datum(rs, "INGANG"), Jdbc.datum(rs, "EINDE"), Jdbc.geheel(rs, "VOLUME"), Jdbc.tekst(rs, "EENHEID"),
                Jdbc.tekst(rs, "FREQUENTIE"), Jdbc.lang(rs, "BUDGET"), null), Jdbc.datum(rs, "AANMELDDATUM"),
                verwijzer == null ? null : nl.samenspel.jeugdhulp.internal.domein.Verwijzer.vanCode(verwijzer).orElseThrow());
        return new Opgeslagen<>(t, Jdbc.datum(rs, "START_ZORG"), Jdbc.datum(rs, "STOP_ZORG"), Jdbc.tekst(rs, "STOP_REDEN"));
    }

    /**
     * Declared cost (debit minus credit) by gemeente, provider, kind of purchase and first day of the
     * declared period, for periods beginning in the year: the first day decides whether it counts for
     * the region (its gemeente a member on that day).
     */
    public record Realisatiesom(String gemeente, String agb, Inkoop inkoop, LocalDate begindatum, long bedrag) {
    }

    public List<Realisatiesom> gerealiseerd(int jaar) throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT R.GEMEENTE, T.AGB, P.INKOOP, R.BEGINDATUM, SUM(R.BEDRAG) FROM JEUGDHULP.REALISATIE R"
                        + " JOIN JEUGDHULP.TOEWIJZING T ON T.GEMEENTE = R.GEMEENTE AND T.NUMMER = R.NUMMER"
                        // the product as it was purchased on the first day of the declared period
                        + " JOIN JEUGDHULP.PRODUCTPERIODE P ON P.CATEGORIE = T.CATEGORIE AND P.CODE = T.CODE"
                        + " AND P.INGANG <= R.BEGINDATUM AND (P.EINDE IS NULL OR P.EINDE >= R.BEGINDATUM)"
                        + " WHERE R.BEGINDATUM BETWEEN ? AND ? GROUP BY R.GEMEENTE, T.AGB, P.INKOOP, R.BEGINDATUM",
                rs -> new Realisatiesom(rs.getString(1), rs.getString(2), Inkoop.vanCode(rs.getString(3)).orElseThrow(),
                        Jdbc.datum(rs, "BEGINDATUM"), rs.getLong(5)), LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
    }

    // ---- the import log, and writing an accepted file with it -------------------------------

    /** Writes one file's records on the transaction's connection. */
    public interface Schrijver extends Importlogboek.Schrijver {
    }

    public static Schrijver aanbieders(List<Stamgegevens.Aanbieder> lijst) {
        return (c, id) -> {
            for (Stamgegevens.Aanbieder a : lijst) {
                Jdbc.bewaar(c, "JEUGDHULP.AANBIEDER", List.of("NAAM"), List.of("AGB"), a.naam(), a.agb());
            }
        };
    }

    /**
     * A new product gets its first period (from the line's ingangsdatum, or always); a stored one the
     * change its check judged ({@link nl.samenspel.jeugdhulp.internal.controle.Productwijzigingen}),
     * or, without one, only its description.
     */
    public static Schrijver producten(List<Stamgegevens.Productregel> lijst, Productperioden bestaand,
                                      Map<Productsleutel, Periodewijziging> wijzigingen) {
        return (c, id) -> {
            for (Stamgegevens.Productregel r : lijst) {
                Stamgegevens.Product p = r.product();
                List<Object> sleutel = List.of(p.categorie(), p.code());
                List<Stamgegevens.Productperiode> perioden = bestaand.perioden(p.sleutel());
                Periodewijziging wijziging = wijzigingen.get(p.sleutel());
                if (!perioden.isEmpty() && wijziging == null) {
                    Jdbc.bijwerk(c, "UPDATE JEUGDHULP.PRODUCT SET OMSCHRIJVING = ? WHERE CATEGORIE = ? AND CODE = ?", p.omschrijving(),
                            p.categorie(), p.code());
                    continue;
                }
                Jdbc.bewaar(c, "JEUGDHULP.PRODUCT", List.of("OMSCHRIJVING", "EENHEID", "VARIANT", "INKOOP", "KORTINGSGROEP"),
                        List.of("CATEGORIE", "CODE"), p.omschrijving(), p.eenheid(), p.variant().code(), p.inkoop().code(), p.kortingsgroep(),
                        p.categorie(), p.code());
                List<Object> waarden = Arrays.asList(p.variant().code(), p.inkoop().code(), p.kortingsgroep());
                if (perioden.isEmpty()) {
                    PRODUCTPERIODE.open(c, sleutel, r.ingang() == null ? Stamgegevens.ALTIJD : r.ingang(), waarden);
                } else {
                    PRODUCTPERIODE.wijzig(c, sleutel, perioden.get(perioden.size() - 1).ingang(), wijziging, waarden);
                }
            }
        };
    }

    public static Schrijver tarieven(List<Stamgegevens.Tarief> lijst, String herkomst) {
        return (c, id) -> {
            for (Stamgegevens.Tarief t : lijst) {
                voegTariefToe(c, t, herkomst + " (import " + id + ")");
            }
        };
    }

    static void voegTariefToe(Connection c, Stamgegevens.Tarief t, String herkomst) throws SQLException {
        Jdbc.bijwerk(c, "INSERT INTO JEUGDHULP.TARIEF (CATEGORIE, CODE, INGANG, EINDE, TARIEF, HERKOMST) VALUES (?, ?, ?, ?, ?, ?)",
                t.categorie(), t.code(), t.ingang(), t.einde(), t.tarief(), herkomst);
    }

    public static Schrijver contracten(List<Stamgegevens.Contractregel> regels) {
        return (c, id) -> {
            for (Stamgegevens.Contract k : regels.stream().map(Stamgegevens.Contractregel::contract).toList()) {
                Jdbc.bewaar(c, "JEUGDHULP.CONTRACT", List.of("PLAFOND"), List.of("AGB", "JAAR"), k.plafond(), k.agb(), k.jaar());
            }
        };
    }

    public static Schrijver budgetten(List<Stamgegevens.Budget> lijst) {
        return (c, id) -> {
            for (Stamgegevens.Budget b : lijst) {
                Jdbc.bewaar(c, "JEUGDHULP.BUDGET", List.of("TOTAAL", "REGIONAAL", "LOKAAL"), List.of("GEMEENTE", "JAAR"), b.totaal(),
                        b.regionaal(), b.lokaal(), b.gemeente(), b.jaar());
            }
        };
    }

    /**
     * A new allocation is inserted; a known number is a changed allocation (iJw: a new 301
     * with the same ToewijzingNummer) and replaces the stored one, keeping its start and stop.
     */
    public static Schrijver toewijzingen(List<Zorg.Toewijzing> lijst, Set<Toewijzingsleutel> bestaand) {
        return TOEWIJZING.toewijzingen(lijst, bestaand, (ps, t) -> {
            Jdbc.datum(ps, 1, t.aanmelddatum());
            ps.setString(2, t.verwijzer() == null ? null : t.verwijzer().code());
        })::schrijf;
    }

    public static Schrijver starts(List<StartZorg> lijst) {
        return TOEWIJZING.starts(lijst)::schrijf;
    }

    public static Schrijver stops(List<StopZorg> lijst) {
        return TOEWIJZING.stops(lijst)::schrijf;
    }

    public static Schrijver declaraties(List<Zorg.Declaratieregel> lijst) {
        return (c, id) -> inBatches(c, "INSERT INTO JEUGDHULP.REALISATIE (GEMEENTE, NUMMER, DECLARATIENUMMER, BEGINDATUM, EINDDATUM,"
                + " BEDRAG, IMPORT_ID) VALUES (?, ?, ?, ?, ?, ?, ?)", lijst, (ps, d) -> {
                    ps.setString(1, d.gemeente());
                    ps.setLong(2, d.nummer());
                    ps.setString(3, d.declaratienummer());
                    Jdbc.datum(ps, 4, d.begindatum());
                    Jdbc.datum(ps, 5, d.einddatum());
                    ps.setLong(6, d.bedrag());
                    ps.setLong(7, id);
                });
    }

    /** The tariffs and the cuts applied to them ({@code nl.samenspel.module.tarief}). */
    public nl.samenspel.module.tarief.Kortingstabel kortingstabel() {
        return new nl.samenspel.module.tarief.Kortingstabel(dataSource(), SCHEMA);
    }

}
