package nl.samenspel.bench.steun;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * The baseline an import is held against: the fastest honest way to put the same rows into
 * JEUGDHULP.TOEWIJZING with plain JDBC. One connection, autocommit off, one IMPORTLOG row first
 * (the rows' IMPORT_ID), then one prepared INSERT of the 16 columns an import fills, executeBatch
 * every 1,000 rows, one commit at the end. No reading, no checks, pseudonyms computed beforehand.
 */
public final class Basislijn {

    public static final int BATCH = 1_000;

    /** An allocation as a bench generated it: the columns of TOEWIJZING an import fills, IMPORT_ID aside. */
    public interface Rij {
        String gemeente();

        long nummer();

        String client();

        String agb();

        String categorie();

        String code();

        LocalDate toewijzingsdatum();

        LocalDate ingang();

        LocalDate einde();

        Integer volume();

        String eenheid();

        String frequentie();

        Long budget();

        LocalDate aanmelddatum();

        String verwijzer();
    }

    private Basislijn() {
    }

    /** Inserts the rows in one transaction; returns their IMPORT_ID. {@code formaat} goes into IMPORTLOG.FORMAAT (CSV, ZIP). */
    public static long voegIn(DataSource ds, List<? extends Rij> rijen, String formaat) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement log = c.prepareStatement("INSERT INTO JEUGDHULP.IMPORTLOG (SOORT, FORMAAT, BESTAND, TIJDSTIP, GEACCEPTEERD,"
                    + " RECORDS, FOUTEN) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                log.setString(1, "toewijzingen");
                log.setString(2, formaat);
                log.setString(3, "basislijn");
                log.setTimestamp(4, Timestamp.from(Instant.now()));
                log.setBoolean(5, true);
                log.setInt(6, rijen.size());
                log.setInt(7, 0);
                log.executeUpdate();
                try (ResultSet keys = log.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO JEUGDHULP.TOEWIJZING (GEMEENTE, NUMMER, CLIENT, AGB, CATEGORIE, CODE,"
                    + " TOEWIJZINGSDATUM, INGANG, EINDE, VOLUME, EENHEID, FREQUENTIE, BUDGET, AANMELDDATUM, VERWIJZER, IMPORT_ID)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Rij r : rijen) {
                    ps.setString(1, r.gemeente());
                    ps.setLong(2, r.nummer());
                    ps.setString(3, r.client());
                    ps.setString(4, r.agb());
                    ps.setString(5, r.categorie());
                    ps.setString(6, r.code());
                    datum(ps, 7, r.toewijzingsdatum());
                    datum(ps, 8, r.ingang());
                    datum(ps, 9, r.einde());
                    if (r.volume() == null) {
                        ps.setNull(10, Types.INTEGER);
                    } else {
                        ps.setInt(10, r.volume());
                    }
                    ps.setString(11, r.eenheid());
                    ps.setString(12, r.frequentie());
                    if (r.budget() == null) {
                        ps.setNull(13, Types.BIGINT);
                    } else {
                        ps.setLong(13, r.budget());
                    }
                    datum(ps, 14, r.aanmelddatum());
                    ps.setString(15, r.verwijzer());
                    ps.setLong(16, id);
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            return id;
        }
    }

    private static void datum(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }
}
