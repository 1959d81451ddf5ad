package nl.samenspel.uitwisseling.internal.knooppunt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.samenspel.api.verevening.DefinitieveAfrekening;

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
             PreparedStatement bestaat = c.prepareStatement("SELECT 1 FROM " + TABEL + " WHERE run_id = ?");
             PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABEL + " (run_id, regio, jaar, vastgesteld, budget, kosten, toerekening,"
                     + " verevening, saldo, afrekening, opgehaald) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DefinitieveAfrekening a : afrekeningen) {
                bestaat.setLong(1, a.run());
                try (ResultSet rs = bestaat.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                ps.setLong(1, a.run());
                ps.setString(2, a.regio());
                ps.setInt(3, a.jaar());
                ps.setTimestamp(4, Timestamp.from(a.vastgesteld()));
                ps.setLong(5, a.budget());
                ps.setLong(6, a.kosten());
                ps.setLong(7, a.toerekening());
                ps.setLong(8, a.verevening());
                ps.setLong(9, a.saldo());
                ps.setString(10, a.afrekening());
                ps.setTimestamp(11, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                nieuw++;
            }
        }
        return nieuw;
    }

    /** Every received statement, newest run first. */
    public List<DefinitieveAfrekening> alle(String gemeente) throws SQLException {
        return lees(gemeente, "ORDER BY run_id DESC", null);
    }

    public Optional<DefinitieveAfrekening> van(String gemeente, long run) throws SQLException {
        return lees(gemeente, "WHERE run_id = ?", run).stream().findFirst();
    }

    private List<DefinitieveAfrekening> lees(String gemeente, String waar, Long run) throws SQLException {
        List<DefinitieveAfrekening> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TABEL + " " + waar)) {
            if (run != null) {
                ps.setLong(1, run);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(new DefinitieveAfrekening(rs.getLong("RUN_ID"), rs.getString("REGIO"), rs.getInt("JAAR"), gemeente,
                            rs.getTimestamp("VASTGESTELD").toInstant(), rs.getLong("BUDGET"), rs.getLong("KOSTEN"), rs.getLong("TOEREKENING"),
                            rs.getLong("VEREVENING"), rs.getLong("SALDO"), rs.getString("AFREKENING")));
                }
            }
        }
        return uit;
    }
}
