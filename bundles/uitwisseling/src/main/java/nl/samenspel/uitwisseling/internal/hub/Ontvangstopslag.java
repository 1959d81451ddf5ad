package nl.samenspel.uitwisseling.internal.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

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
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TABEL + " WHERE afzender = ? AND sleutel = ?")) {
            ps.setString(1, afzender);
            ps.setString(2, sleutel);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Ontvangstbewijs(rs.getString("AFZENDER"), rs.getString("SLEUTEL"), rs.getString("MODULE"),
                        rs.getString("SOORT"), rs.getInt("RECORDS"), rs.getLong("IMPORT_ID"), rs.getTimestamp("ONTVANGEN").toInstant(),
                        rs.getString("INHOUD_SHA"))) : Optional.empty();
            }
        }
    }

    /** Writes the receipt on the batch's own connection, so records and receipt are stored together or not at all. */
    public static void schrijf(Connection c, Ontvangstbewijs bewijs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABEL + " (afzender, sleutel, module, soort, inhoud_sha, records,"
                + " import_id, ontvangen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, bewijs.afzender());
            ps.setString(2, bewijs.sleutel());
            ps.setString(3, bewijs.module());
            ps.setString(4, bewijs.soort());
            ps.setString(5, bewijs.inhoudSha256());
            ps.setInt(6, bewijs.records());
            ps.setLong(7, bewijs.importId());
            ps.setTimestamp(8, Timestamp.from(bewijs.ontvangen()));
            ps.executeUpdate();
        }
    }
}
