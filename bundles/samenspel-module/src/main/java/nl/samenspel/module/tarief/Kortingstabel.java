package nl.samenspel.module.tarief;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.samenspel.store.Jdbc;

/**
 * A module's tables {@code <schema>.TARIEF} (CATEGORIE, CODE, INGANG, EINDE, TARIEF, HERKOMST) and
 * {@code <schema>.TARIEFKORTING} (JAAR, GROEP, BASISPUNTEN, PRODUCTEN, TIJDSTIP): applies a cut in one
 * transaction (each product's tariff in force closes on the last day before the year, the cut tariff
 * starts on the first day; the old one stays in the history) and lists the cuts applied.
 */
public final class Kortingstabel {

    private final DataSource dataSource;
    private final String schema;

    public Kortingstabel(DataSource dataSource, String schema) {
        if (!schema.matches("[A-Z]+")) {
            throw new IllegalArgumentException("schema " + schema);
        }
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** A cut as recorded. */
    public record Korting(int jaar, String groep, int basispunten, int producten, Instant tijdstip) {
    }

    public List<Korting> kortingen() throws SQLException {
        List<Korting> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + schema + ".TARIEFKORTING ORDER BY JAAR, GROEP")) {
            while (rs.next()) {
                uit.add(new Korting(rs.getInt("JAAR"), rs.getString("GROEP"), rs.getInt("BASISPUNTEN"), rs.getInt("PRODUCTEN"),
                        rs.getTimestamp("TIJDSTIP").toInstant()));
            }
        }
        return uit;
    }

    public boolean isToegepast(int jaar, String groep) throws SQLException {
        return kortingen().stream().anyMatch(k -> k.jaar() == jaar && k.groep().equals(groep));
    }

    public void pasToe(Kortingsplan.Plan plan) throws SQLException {
        Tariefkorting k = plan.korting();
        LocalDate laatsteDag = LocalDate.of(k.jaar() - 1, 12, 31);
        String herkomst = "tariefkorting " + k.jaar() + " " + k.groep() + " " + k.percentage() + "%";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (Kortingsplan.Regel r : plan.regels()) {
                    Jdbc.bijwerk(c, "UPDATE " + schema + ".TARIEF SET EINDE = ? WHERE CATEGORIE = ? AND CODE = ? AND INGANG <= ?"
                            + " AND (EINDE IS NULL OR EINDE > ?)", laatsteDag, r.categorie(), r.code(), laatsteDag, laatsteDag);
                    Jdbc.bijwerk(c, "INSERT INTO " + schema + ".TARIEF (CATEGORIE, CODE, INGANG, EINDE, TARIEF, HERKOMST) VALUES (?, ?, ?, NULL, ?, ?)",
                            r.categorie(), r.code(), laatsteDag.plusDays(1), r.nieuwTarief(), herkomst);
                }
                Jdbc.bijwerk(c, "INSERT INTO " + schema + ".TARIEFKORTING (JAAR, GROEP, BASISPUNTEN, PRODUCTEN, TIJDSTIP) VALUES (?, ?, ?, ?, ?)",
                        k.jaar(), k.groep(), k.basispunten(), plan.regels().size(), Timestamp.from(Instant.now()));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
