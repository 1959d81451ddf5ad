package nl.samenspel.register.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.samenspel.api.register.ConfigFout;
import nl.samenspel.store.Database;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Keeps every load attempt of the register in table REGISTER.LAADPOGING. */
@Component(service = Laadlogboek.class)
public class Laadlogboek {

    static final String SCHEMA = "REGISTER";

    /** One attempt as stored. */
    public record Laadpoging(long id, Instant tijdstip, String bron, String resultaat, String versie, int aantalFouten,
                             List<String> fouten) {
    }

    private final Database database;

    @Activate
    public Laadlogboek(@Reference Database database, BundleContext context) {
        this.database = database;
        database.migreer(context.getBundle(), SCHEMA, "db/register");
    }

    void geladen(Instant tijdstip, String bron, String versie) throws SQLException {
        schrijf(tijdstip, bron, "GELADEN", versie, List.of());
    }

    void geweigerd(Instant tijdstip, String bron, List<ConfigFout> fouten) throws SQLException {
        schrijf(tijdstip, bron, "GEWEIGERD", null, fouten);
    }

    private void schrijf(Instant tijdstip, String bron, String resultaat, String versie, List<ConfigFout> fouten) throws SQLException {
        String sql = "INSERT INTO " + SCHEMA + ".laadpoging (tijdstip, bron, resultaat, versie, aantal_fouten, fouten) VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(tijdstip));
            ps.setString(2, bron);
            ps.setString(3, resultaat);
            if (versie == null) {
                ps.setNull(4, Types.CHAR);
            } else {
                ps.setString(4, versie);
            }
            ps.setInt(5, fouten.size());
            ps.setString(6, fouten.stream().map(ConfigFout::toString).collect(Collectors.joining("\n")));
            ps.executeUpdate();
        }
    }

    /** The most recent attempts, newest first. */
    public List<Laadpoging> recent(int aantal) throws SQLException {
        String sql = "SELECT id, tijdstip, bron, resultaat, versie, aantal_fouten, fouten FROM " + SCHEMA
                + ".laadpoging ORDER BY id DESC FETCH FIRST ? ROWS ONLY";
        List<Laadpoging> pogingen = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, aantal);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String fouten = rs.getString(7);
                    pogingen.add(new Laadpoging(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6), fouten == null || fouten.isEmpty() ? List.of() : List.of(fouten.split("\n"))));
                }
            }
        }
        return pogingen;
    }
}
