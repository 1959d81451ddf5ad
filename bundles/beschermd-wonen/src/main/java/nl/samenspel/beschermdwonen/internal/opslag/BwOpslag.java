package nl.samenspel.beschermdwonen.internal.opslag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import nl.samenspel.beschermdwonen.internal.domein.Aanmelding;
import nl.samenspel.beschermdwonen.internal.domein.Codes;
import nl.samenspel.beschermdwonen.internal.domein.Plaatsing;
import nl.samenspel.beschermdwonen.internal.domein.Voorziening;
import nl.samenspel.invoer.Importlogboek;
import nl.samenspel.module.Moduleopslag;
import nl.samenspel.store.Jdbc;

/**
 * The module's tables in schema {@value #SCHEMA}: what the checks and the monitoring read, and
 * an accepted file written in one transaction with its import log row.
 */
public class BwOpslag extends Moduleopslag {

    public static final String SCHEMA = "BESCHERMDWONEN";

    public BwOpslag(DataSource dataSource) {
        super(dataSource, SCHEMA, "beschermd-wonen");
    }

    /** The stored records as paged lists (without clients), on the same database. */
    public Bwlijsten lijsten() {
        return new Bwlijsten(dataSource());
    }

    public List<Voorziening> voorzieningen() throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT * FROM BESCHERMDWONEN.VOORZIENING ORDER BY CODE, INGANG", rs -> new Voorziening(
                rs.getString("CODE"), rs.getString("NAAM"), rs.getString("AGB"), rs.getString("VESTIGINGSGEMEENTE"),
                Codes.van(Codes.Soort.class, rs.getString("SOORT")).orElseThrow(), rs.getInt("CAPACITEIT"), Jdbc.datum(rs, "INGANG"),
                Jdbc.datum(rs, "EINDE")));
    }

    public Set<String> aanmeldingsleutels() throws SQLException {
        return new HashSet<>(Jdbc.lijst(dataSource(), "SELECT HERKOMSTGEMEENTE, NUMMER FROM BESCHERMDWONEN.AANMELDING",
                rs -> rs.getString(1) + "/" + rs.getLong(2)));
    }

    public List<Aanmelding> aanmeldingen() throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT * FROM BESCHERMDWONEN.AANMELDING ORDER BY HERKOMSTGEMEENTE, NUMMER", rs -> new Aanmelding(
                rs.getString("HERKOMSTGEMEENTE"), rs.getLong("NUMMER"), rs.getString("CLIENT"), Jdbc.datum(rs, "DATUM"),
                Codes.van(Codes.Vorm.class, rs.getString("VORM")).orElseThrow(), false));
    }

    /** Placements, optionally only those running on at least one day of [van, tot]. */
    public List<Plaatsing> plaatsingen(LocalDate van, LocalDate tot) throws SQLException {
        return van == null ? plaatsingen() : plaatsingen(" WHERE" + IN_PERIODE, tot, van);
    }

    public List<Plaatsing> plaatsingen() throws SQLException {
        return plaatsingen("");
    }

    private List<Plaatsing> plaatsingen(String waar, Object... waarden) throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT * FROM BESCHERMDWONEN.PLAATSING" + waar + " ORDER BY HERKOMSTGEMEENTE, NUMMER", rs -> {
            String reden = rs.getString("EINDREDEN");
            return new Plaatsing(rs.getString("HERKOMSTGEMEENTE"), rs.getLong("NUMMER"), rs.getString("CLIENT"), rs.getString("VOORZIENING"),
                    rs.getString("VESTIGINGSGEMEENTE"), Codes.van(Codes.Vorm.class, rs.getString("VORM")).orElseThrow(), Jdbc.datum(rs, "INGANG"),
                    Jdbc.datum(rs, "EINDE"), rs.getLong("TARIEF"), Codes.van(Codes.Tariefeenheid.class, rs.getString("TARIEFEENHEID")).orElseThrow(),
                    reden == null ? null : Codes.van(Codes.Eindreden.class, reden).orElseThrow(), rs.getBoolean("OVERGANGSRECHT"),
                    rs.getBoolean("OVERBOEKING"), Jdbc.lang(rs, "AANMELDING"), null);
        }, waarden);
    }

    // ---- monitoring: aggregates in SQL, so a year of tens of thousands of placements stays fast ----

    private static final String IN_PERIODE = " INGANG <= ? AND (EINDE IS NULL OR EINDE >= ?)";

    /** Counts per pair of grouping columns, over placements running on at least one day of [van, tot]. */
    public record Telling(String a, String b, int aantal) {
    }

    /** Placements running in [van, tot], counted per (kolomA, kolomB); the columns are this class's own constants. */
    public List<Telling> tel(String kolomA, String kolomB, LocalDate van, LocalDate tot) throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT " + kolomA + ", " + kolomB + ", COUNT(*) FROM BESCHERMDWONEN.PLAATSING WHERE" + IN_PERIODE
                + " GROUP BY " + kolomA + ", " + kolomB, rs -> new Telling(rs.getString(1), rs.getString(2), rs.getInt(3)), tot, van);
    }

    public static final String HERKOMST = "HERKOMSTGEMEENTE";
    public static final String VESTIGING = "VESTIGINGSGEMEENTE";

    /** Per facility, the placements running on the day: {counted against capacity, explicit overbookings}. */
    public Map<String, int[]> bezetOp(LocalDate dag) throws SQLException {
        Map<String, int[]> uit = new java.util.HashMap<>();
        Jdbc.perRij(dataSource(), "SELECT VOORZIENING, COUNT(*), SUM(CASE WHEN OVERBOEKING = TRUE THEN 1 ELSE 0 END)"
                + " FROM BESCHERMDWONEN.PLAATSING WHERE" + IN_PERIODE + " GROUP BY VOORZIENING", rs -> {
                    int overboekt = rs.getInt(3);
                    uit.put(rs.getString(1), new int[] {rs.getInt(2) - overboekt, overboekt});
                }, dag, dag);
        return uit;
    }

    /** Placements that ended in the year, per end reason. */
    public Map<String, Integer> beeindigdPerReden(int jaar) throws SQLException {
        Map<String, Integer> uit = new java.util.TreeMap<>();
        Jdbc.perRij(dataSource(), "SELECT EINDREDEN, COUNT(*) FROM BESCHERMDWONEN.PLAATSING WHERE EINDE BETWEEN ? AND ? GROUP BY EINDREDEN",
                rs -> uit.put(rs.getString(1), rs.getInt(2)), LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
        return uit;
    }

    /** What the cost of a placement in a year needs, and nothing more. */
    public record Kostenregel(String herkomstgemeente, LocalDate ingang, LocalDate einde, long tarief, Codes.Tariefeenheid eenheid) {
    }

    public List<Kostenregel> kostenregels(int jaar) throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT HERKOMSTGEMEENTE, INGANG, EINDE, TARIEF, TARIEFEENHEID FROM BESCHERMDWONEN.PLAATSING WHERE"
                + IN_PERIODE, rs -> new Kostenregel(rs.getString(1), Jdbc.datum(rs, "INGANG"), Jdbc.datum(rs, "EINDE"), rs.getLong(4),
                "dag".equals(rs.getString(5)) ? Codes.Tariefeenheid.DAG : Codes.Tariefeenheid.MAAND), LocalDate.of(jaar, 12, 31),
                LocalDate.of(jaar, 1, 1));
    }

    /** Placements running on the day that the signals look at: open full packages at home, the transitional right, overbookings. */
    public List<Plaatsing> teSignaleren(LocalDate dag) throws SQLException {
        return plaatsingen(" WHERE (VORM = 'volledig-pakket-thuis' AND EINDE IS NULL OR OVERGANGSRECHT = TRUE OR OVERBOEKING = TRUE) AND"
                + IN_PERIODE, dag, dag);
    }

    /** Per application of the year: its date, and the start of the placement that closed it (null: still open). */
    public record Wachttijd(LocalDate aangemeld, LocalDate geplaatst) {
    }

    public List<Wachttijd> wachttijden(int jaar) throws SQLException {
        return Jdbc.lijst(dataSource(), "SELECT A.DATUM, P.INGANG FROM BESCHERMDWONEN.AANMELDING A LEFT JOIN BESCHERMDWONEN.PLAATSING P"
                        + " ON P.HERKOMSTGEMEENTE = A.HERKOMSTGEMEENTE AND P.AANMELDING = A.NUMMER WHERE A.DATUM BETWEEN ? AND ?",
                rs -> new Wachttijd(Jdbc.datum(rs, "DATUM"), Jdbc.datum(rs, "INGANG")), LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
    }

    // ---- the import log, and writing an accepted file with it -------------------------------

    /** Writes one file's records on the transaction's connection. */
    public interface Schrijver extends Importlogboek.Schrijver {
    }

    /** A file of facilities carries the whole capacity history of each facility it names: it replaces their stored periods. */
    public static Schrijver voorzieningen(List<Voorziening> lijst) {
        return (c, id) -> {
            try (PreparedStatement weg = c.prepareStatement("DELETE FROM BESCHERMDWONEN.VOORZIENING WHERE CODE = ?")) {
                for (String code : lijst.stream().map(Voorziening::code).distinct().toList()) {
                    weg.setString(1, code);
                    weg.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO BESCHERMDWONEN.VOORZIENING (CODE, INGANG, EINDE, NAAM, AGB,"
                    + " VESTIGINGSGEMEENTE, SOORT, CAPACITEIT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Voorziening v : lijst) {
                    ps.setString(1, v.code());
                    Jdbc.datum(ps, 2, v.ingang());
                    Jdbc.datum(ps, 3, v.einde());
                    ps.setString(4, v.naam());
                    ps.setString(5, v.agb());
                    ps.setString(6, v.vestigingsgemeente());
                    ps.setString(7, Codes.code(v.soort()));
                    ps.setInt(8, v.capaciteit());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        };
    }

    /** An application with a stored number replaces the stored one. */
    public static Schrijver aanmeldingen(List<Aanmelding> lijst) {
        return (c, id) -> {
            verwijder(c, "AANMELDING", lijst, Aanmelding::herkomstgemeente, Aanmelding::nummer);
            inBatches(c, "INSERT INTO BESCHERMDWONEN.AANMELDING (HERKOMSTGEMEENTE, NUMMER, CLIENT, DATUM, VORM, IMPORT_ID)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", lijst, (ps, a) -> {
                        ps.setString(1, a.herkomstgemeente());
                        ps.setLong(2, a.nummer());
                        ps.setString(3, a.client());
                        Jdbc.datum(ps, 4, a.datum());
                        ps.setString(5, Codes.code(a.vorm()));
                        ps.setLong(6, id);
                    });
        };
    }

    /** A placement with a stored number replaces the stored one (e.g. now with its end). */
    public static Schrijver plaatsingen(List<Plaatsing> lijst) {
        return (c, id) -> {
            verwijder(c, "PLAATSING", lijst, Plaatsing::herkomstgemeente, Plaatsing::nummer);
            inBatches(c, "INSERT INTO BESCHERMDWONEN.PLAATSING (HERKOMSTGEMEENTE, NUMMER, CLIENT, VOORZIENING, VESTIGINGSGEMEENTE, VORM,"
                    + " INGANG, EINDE, TARIEF, TARIEFEENHEID, EINDREDEN, OVERGANGSRECHT, OVERBOEKING, AANMELDING, IMPORT_ID)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lijst, (ps, p) -> {
                        ps.setString(1, p.herkomstgemeente());
                        ps.setLong(2, p.nummer());
                        ps.setString(3, p.client());
                        ps.setString(4, p.voorziening());
                        ps.setString(5, p.vestigingsgemeente());
                        ps.setString(6, Codes.code(p.vorm()));
                        Jdbc.datum(ps, 7, p.ingang());
                        Jdbc.datum(ps, 8, p.einde());
                        ps.setLong(9, p.tarief());
                        ps.setString(10, Codes.code(p.tariefeenheid()));
                        ps.setString(11, p.eindreden() == null ? null : Codes.code(p.eindreden()));
                        ps.setBoolean(12, p.overgangsrecht());
                        ps.setBoolean(13, p.overboeking());
                        Jdbc.getal(ps, 14, p.aanmelding());
                        ps.setLong(15, id);
                    });
        };
    }

    /**
     * Removes the stored rows with these records' herkomstgemeente and number, in batches, before
     * the records are inserted: a record with a stored number replaces the stored one.
     */
    private static <T> void verwijder(Connection c, String tabel, List<T> lijst, Function<T, String> herkomstgemeente, ToLongFunction<T> nummer)
            throws SQLException {
        inBatches(c, "DELETE FROM " + SCHEMA + "." + tabel + " WHERE HERKOMSTGEMEENTE = ? AND NUMMER = ?", lijst, (ps, r) -> {
            ps.setString(1, herkomstgemeente.apply(r));
            ps.setLong(2, nummer.applyAsLong(r));
        });
    }
}
