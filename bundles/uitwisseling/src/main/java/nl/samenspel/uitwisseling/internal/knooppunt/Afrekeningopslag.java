package nl.samenspel.uitwisseling.internal.knooppunt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.samenspel.api.verevening.DefinitieveAfrekening;
import nl.samenspel.store.Jdbc;

/** The statements this node received from the hub; a final run's statement does not change, so each is stored once. */
public class Afrekeningopslag {

    private static final String TABEL = Uitgaandeopslag.SCHEMA + ".afrekening";

    private final DataSource dataSource;

    public Afrekeningopslag(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the statements not stored yet; returns how many were new. */
    public synchronized int bewaar(List<DefinitieveAfrekening> afrekeningen) throws SQLException {
        int nieuw = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement bestaat = c.prepareStatement("SELECT 1 FROM " + TABEL + " WHERE run_id = ?")) {
            for (DefinitieveAfrekening a : afrekeningen) {
                bestaat.setLong(1, a.run());
                try (ResultSet rs = bestaat.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                Jdbc.bijwerk(c, "INSERT INTO " + TABEL + " (run_id, regio, jaar, vastgesteld, budget, kosten, toerekening, verevening,"
                        + " saldo, afrekening, opgehaald) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.run(), a.regio(), a.jaar(),
                        Timestamp.from(a.vastgesteld()), a.budget(), a.kosten(), a.toerekening(), a.verevening(), a.saldo(), a.afrekening(),
                        Timestamp.from(Instant.now()));
                nieuw++;
            }
        }
        return nieuw;
    }

    /** Every received statement, newest run first. */
    public List<DefinitieveAfrekening> alle(String gemeente) throws SQLException {
        return lees(gemeente, "ORDER BY run_id DESC");
    }

    public Optional<DefinitieveAfrekening> van(String gemeente, long run) throws SQLException {
        return lees(gemeente, "WHERE run_id = ?", run).stream().findFirst();
    }

    private List<DefinitieveAfrekening> lees(String gemeente, String waar, Object... waarden) throws SQLException {
        return Jdbc.lijst(dataSource, "SELECT * FROM " + TABEL + " " + waar, rs -> new DefinitieveAfrekening(rs.getLong("RUN_ID"),
                rs.getString("REGIO"), rs.getInt("JAAR"), gemeente, rs.getTimestamp("VASTGESTELD").toInstant(), rs.getLong("BUDGET"),
                rs.getLong("KOSTEN"), rs.getLong("TOEREKENING"), rs.getLong("VEREVENING"), rs.getLong("SALDO"), rs.getString("AFREKENING")),
                waarden);
    }
}
