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
 * (how many, and the last one's module, kind, status and title: a refusal's content stays with the node) and when the node last fetched
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

    /** One node at the exchange, by code and name: what it sent, what was refused, and its last fetch of statements. */
    public record Stand(String gemeente, String naam, long batches, long records, Batch laatsteBatch, long geweigerd,
                        Weigering laatsteWeigering, Instant laatsteAfhaling, Integer afrekeningenBijLaatsteAfhaling) {
    }

    /** A node's row of table knooppuntstand: what the hub keeps of it besides the receipts. */
    private record Rij(long geweigerd, Weigering laatsteWeigering, Instant laatsteAfhaling, Integer afrekeningen) {
        static final Rij GEEN = new Rij(0, null, null, null);
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
        werkBij(afzender, "geweigerd = geweigerd + 1, laatste_weigering = ?, weigering_module = ?, weigering_soort = ?, weigering_status = ?,"
                + " weigering_titel = ?", nu(), module, soort, status, titel.length() > 200 ? titel.substring(0, 200) : titel);
    }

    void afgehaald(String afzender, int afrekeningen) throws SQLException {
        werkBij(afzender, "afhalingen = afhalingen + 1, laatste_afhaling = ?, afrekeningen = ?", nu(), afrekeningen);
    }

    /** Updates the node's row, made first when it has none (a second request that made it at the same moment is fine). */
    private void werkBij(String afzender, String zet, Object... waarden) throws SQLException {
        Object[] metAfzender = java.util.Arrays.copyOf(waarden, waarden.length + 1);
        metAfzender[waarden.length] = afzender;
        try (java.sql.Connection c = dataSource.getConnection()) {
            if (Jdbc.bijwerk(c, "UPDATE " + SCHEMA + ".knooppuntstand SET " + zet + " WHERE afzender = ?", metAfzender) == 0) {
                try {
                    Jdbc.bijwerk(c, "INSERT INTO " + SCHEMA + ".knooppuntstand (afzender) VALUES (?)", afzender);
                } catch (java.sql.SQLIntegrityConstraintViolationException e) {
                    // made by a concurrent request: update it below all the same
                }
                Jdbc.bijwerk(c, "UPDATE " + SCHEMA + ".knooppuntstand SET " + zet + " WHERE afzender = ?", metAfzender);
            }
        }
    }

    /** Every node that the hub has heard from, by CBS code, named by {@code naam}. */
    public List<Stand> standen(java.util.function.UnaryOperator<String> naam) throws SQLException {
        Map<String, long[]> ontvangen = new TreeMap<>();
        Jdbc.perRij(dataSource, "SELECT afzender, COUNT(*), SUM(records) FROM " + SCHEMA + ".ontvangst GROUP BY afzender",
                rs -> ontvangen.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}));
        Map<String, Batch> laatsteBatch = new TreeMap<>();
        Jdbc.perRij(dataSource, "SELECT o.afzender, o.ontvangen, o.module, o.soort, o.records FROM " + SCHEMA + ".ontvangst o WHERE o.ontvangen ="
                + " (SELECT MAX(p.ontvangen) FROM " + SCHEMA + ".ontvangst p WHERE p.afzender = o.afzender)",
                rs -> laatsteBatch.put(rs.getString(1), new Batch(rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getInt(5))));
        Map<String, Rij> rijen = new TreeMap<>();
        Jdbc.perRij(dataSource, "SELECT afzender, geweigerd, laatste_weigering, weigering_module, weigering_soort, weigering_status,"
                + " weigering_titel, laatste_afhaling, afrekeningen FROM " + SCHEMA + ".knooppuntstand", rs -> rijen.put(rs.getString(1),
                new Rij(rs.getLong(2), rs.getTimestamp(3) == null ? null : new Weigering(rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7)),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), (Integer) rs.getObject(9))));
        java.util.Set<String> gemeenten = new java.util.TreeSet<>(ontvangen.keySet());
        gemeenten.addAll(rijen.keySet());
        return gemeenten.stream().map(g -> {
            long[] o = ontvangen.getOrDefault(g, new long[] {0, 0});
            Rij r = rijen.getOrDefault(g, Rij.GEEN);
            return new Stand(g, naam.apply(g), o[0], o[1], laatsteBatch.get(g), r.geweigerd(), r.laatsteWeigering(), r.laatsteAfhaling(),
                    r.afrekeningen());
        }).toList();
    }

    private Timestamp nu() {
        return Timestamp.from(klok.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
