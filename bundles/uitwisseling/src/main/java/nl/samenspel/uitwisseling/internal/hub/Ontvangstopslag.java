package nl.samenspel.uitwisseling.internal.hub;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import nl.samenspel.store.Jdbc;

/** The hub's receipts (table {@code UITWISSELING.ONTVANGST}): each accepted batch once per sender and key. */
public class Ontvangstopslag {

    private static final String TABEL = "UITWISSELING.ontvangst";

    private final DataSource dataSource;

    public Ontvangstopslag(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What the hub answers for an accepted batch, now and for every repeat of it. */
    public record Ontvangstbewijs(String afzender, String sleutel, String module, String soort, int records, long importId,
                                  Instant ontvangen, String inhoudSha256) {
    }

    public Optional<Ontvangstbewijs> lees(String afzender, String sleutel) throws SQLException {
        return Jdbc.lijst(dataSource, "SELECT * FROM " + TABEL + " WHERE afzender = ? AND sleutel = ?",
                rs -> new Ontvangstbewijs(rs.getString("AFZENDER"), rs.getString("SLEUTEL"), rs.getString("MODULE"), rs.getString("SOORT"),
                        rs.getInt("RECORDS"), rs.getLong("IMPORT_ID"), rs.getTimestamp("ONTVANGEN").toInstant(),
                        rs.getString("INHOUD_SHA")),
                afzender, sleutel).stream().findFirst();
    }

    /** Writes the receipt on the batch's own connection, so records and receipt are stored together or not at all. */
    public static void schrijf(Connection c, Ontvangstbewijs bewijs) throws SQLException {
        Jdbc.bijwerk(c, "INSERT INTO " + TABEL + " (afzender, sleutel, module, soort, inhoud_sha, records, import_id, ontvangen)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", bewijs.afzender(), bewijs.sleutel(), bewijs.module(), bewijs.soort(),
                bewijs.inhoudSha256(), bewijs.records(), bewijs.importId(), Timestamp.from(bewijs.ontvangen()));
    }
}
