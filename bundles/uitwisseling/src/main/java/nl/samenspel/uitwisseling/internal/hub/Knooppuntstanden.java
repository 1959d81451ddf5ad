package nl.samenspel.uitwisseling.internal.hub;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.samenspel.store.Database;
import nl.samenspel.store.Jdbc;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * The hub's view of each node at the exchange: the batches it accepted (the receipts), the batches it refused
 * (module, kind, status and title only: a refusal's content stays with the node) and when the node last fetched
 * its statements. It owns the hub's side of schema UITWISSELING, which it migrates before the receipt, the
 * statements and this overview use it.
 */
@Component(service = Knooppuntstanden.class, configurationPid = HubUitwisselingConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class Knooppuntstanden {

    static final String SCHEMA = "UITWISSELING";

    /** The last accepted batch of a node. */
    public record Batch(Instant ontvangen, String module, String soort, int records) {
    }

    /** The last refused batch of a node. */
    public record Weigering(Instant tijdstip, String module, String soort, int status, String titel) {
    }

    /** One node at the exchange: what it sent, what was refused, and its last fetch of statements. */
    public record Stand(String gemeente, long batches, long records, Batch laatsteBatch, long geweigerd, Weigering laatsteWeigering,
                        Instant laatsteAfhaling, Integer afrekeningenBijLaatsteAfhaling) {
    }

    private final DataSource dataSource;
    private final Clock klok;

    @Activate
    public Knooppuntstanden(@Reference Database database, BundleContext context) {
        this(database.gemigreerd(context.getBundle(), SCHEMA, "db/uitwisseling"), Clock.systemUTC());
    }

    Knooppuntstanden(DataSource dataSource, Clock klok) {
        this.dataSource = dataSource;
        this.klok = klok;
    }

    DataSource dataSource() {
        return dataSource;
    }

    void geweigerd(String afzender, String module, String soort, int status, String titel) throws SQLException {
        bijwerk("INSERT INTO " + SCHEMA + ".ontvangst_weigering (afzender, module, soort, status, titel, tijdstip)"
                + " VALUES (?, ?, ?, ?, ?, ?)", afzender, module, soort, status, titel.length() > 200 ? titel.substring(0, 200) : titel, nu());
    }

    void afgehaald(String afzender, int afrekeningen) throws SQLException {
        if (bijwerk("UPDATE " + SCHEMA + ".afhaling SET laatste = ?, afrekeningen = ?, keer = keer + 1 WHERE afzender = ?",
                nu(), afrekeningen, afzender) == 0) {
            try {
                bijwerk("INSERT INTO " + SCHEMA + ".afhaling (afzender, laatste, afrekeningen, keer) VALUES (?, ?, ?, 1)",
                        afzender, nu(), afrekeningen);
            } catch (java.sql.SQLIntegrityConstraintViolationException e) {
                // a second fetch of the same node inserted first: count this one as an update
                afgehaald(afzender, afrekeningen);
            }
        }
    }

    /** Every node that the hub has heard from, by CBS code. */
    public List<Stand> standen() throws SQLException {
        Map<String, long[]> ontvangen = new TreeMap<>();
        Jdbc.perRij(dataSource, "SELECT afzender, COUNT(*), SUM(records) FROM " + SCHEMA + ".ontvangst GROUP BY afzender",
                rs -> ontvangen.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}));
        Map<String, Batch> laatsteBatch = new TreeMap<>();
        Jdbc.perRij(dataSource, "SELECT o.afzender, o.ontvangen, o.module, o.soort, o.records FROM " + SCHEMA + ".ontvangst o WHERE o.ontvangen ="
                + " (SELECT MAX(p.ontvangen) FROM " + SCHEMA + ".ontvangst p WHERE p.afzender = o.afzender)",
                rs -> laatsteBatch.put(rs.getString(1), new Batch(rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getInt(5))));
        Map<String, Long> geweigerd = new TreeMap<>();
        Jdbc.perRij(dataSource, "SELECT afzender, COUNT(*) FROM " + SCHEMA + ".ontvangst_weigering GROUP BY afzender",
                rs -> geweigerd.put(rs.getString(1), rs.getLong(2)));
        Map<String, Weigering> laatsteWeigering = new TreeMap<>();
        Jdbc.perRij(dataSource, "SELECT w.afzender, w.tijdstip, w.module, w.soort, w.status, w.titel FROM " + SCHEMA
                + ".ontvangst_weigering w WHERE w.id = (SELECT MAX(v.id) FROM " + SCHEMA + ".ontvangst_weigering v WHERE v.afzender = w.afzender)",
                rs -> laatsteWeigering.put(rs.getString(1), new Weigering(rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6))));
        Map<String, Object[]> afhaling = new TreeMap<>();
        Jdbc.perRij(dataSource, "SELECT afzender, laatste, afrekeningen FROM " + SCHEMA + ".afhaling",
                rs -> afhaling.put(rs.getString(1), new Object[] {rs.getTimestamp(2).toInstant(), rs.getInt(3)}));
        TreeMap<String, Boolean> gemeenten = new TreeMap<>();
        for (Map<String, ?> m : List.of(ontvangen, geweigerd, afhaling)) {
            m.keySet().forEach(g -> gemeenten.put(g, true));
        }
        return gemeenten.keySet().stream().map(g -> {
            long[] o = ontvangen.getOrDefault(g, new long[] {0, 0});
            Object[] a = afhaling.get(g);
            return new Stand(g, o[0], o[1], laatsteBatch.get(g), geweigerd.getOrDefault(g, 0L), laatsteWeigering.get(g),
                    a == null ? null : (Instant) a[0], a == null ? null : (Integer) a[1]);
        }).toList();
    }

    private int bijwerk(String sql, Object... waarden) throws SQLException {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return Jdbc.bijwerk(c, sql, waarden);
        }
    }

    private Timestamp nu() {
        return Timestamp.from(klok.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
