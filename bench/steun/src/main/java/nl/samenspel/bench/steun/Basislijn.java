package nl.samenspel.bench.steun;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * The baseline an import is held against: the fastest honest way to put the same rows into a
 * module's allocation table with plain JDBC. One connection, autocommit off, one IMPORTLOG row
 * first (the rows' IMPORT_ID), then one prepared INSERT of the columns an import fills, executeBatch
 * every 1,000 rows, one commit at the end. No reading, no checks, pseudonyms computed beforehand.
 * The table is named by a {@link Tabel} ({@link #JEUGDHULP} for youth care, a bench names its own);
 * the module's schema must have an {@code IMPORTLOG} with the columns every module's has.
 */
public final class Basislijn {

    public static final int BATCH = 1_000;

    /**
     * A table an import fills: schema, table and the columns a row gives, in the order of
     * {@link Waarden#waarden()}; {@code IMPORT_ID} is not among them, it is bound last.
     */
    public record Tabel(String schema, String naam, List<String> kolommen) {
        public Tabel {
            kolommen = List.copyOf(kolommen);
        }

        String insert() {
            return "INSERT INTO " + schema + "." + naam + " (" + String.join(", ", kolommen) + ", IMPORT_ID) VALUES ("
                    + "?, ".repeat(kolommen.size()) + "?)";
        }
    }

    /**
     * One row's values in the order of its {@link Tabel}'s columns: String, Long, Integer, Boolean,
     * LocalDate, or null (bound as the column's SQL type).
     */
    public interface Waarden {
        Object[] waarden();
    }

    /** JEUGDHULP.TOEWIJZING: the 15 columns the youth-care import fills, IMPORT_ID aside. */
    public static final Tabel JEUGDHULP = new Tabel("JEUGDHULP", "TOEWIJZING", List.of("GEMEENTE", "NUMMER", "CLIENT", "AGB", "CATEGORIE",
            "CODE", "TOEWIJZINGSDATUM", "INGANG", "EINDE", "VOLUME", "EENHEID", "FREQUENTIE", "BUDGET", "AANMELDDATUM", "VERWIJZER"));

    /** A youth-care allocation as a bench generated it: the columns of JEUGDHULP.TOEWIJZING an import fills, IMPORT_ID aside. */
    public interface Rij extends Waarden {
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

        @Override
        default Object[] waarden() {
            return new Object[] {gemeente(), nummer(), client(), agb(), categorie(), code(), toewijzingsdatum(), ingang(), einde(), volume(),
                eenheid(), frequentie(), budget(), aanmelddatum(), verwijzer()};
        }
    }

    private Basislijn() {
    }

    /** Youth care: the rows into {@link #JEUGDHULP}, in one transaction; returns their IMPORT_ID. */
    public static long voegIn(DataSource ds, List<? extends Rij> rijen, String formaat) throws SQLException {
        return voegIn(ds, JEUGDHULP, rijen, formaat);
    }

    /**
     * Inserts the rows into the table in one transaction; returns their IMPORT_ID. {@code formaat}
     * goes into IMPORTLOG.FORMAAT (CSV, ZIP).
     */
    public static long voegIn(DataSource ds, Tabel tabel, List<? extends Waarden> rijen, String formaat) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement log = c.prepareStatement("INSERT INTO " + tabel.schema() + ".IMPORTLOG (SOORT, FORMAAT, BESTAND, TIJDSTIP,"
                    + " GEACCEPTEERD, RECORDS, FOUTEN) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
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
            int n = tabel.kolommen().size();
            try (PreparedStatement ps = c.prepareStatement(tabel.insert())) {
                ParameterMetaData meta = ps.getParameterMetaData();
                int[] typen = new int[n];
                for (int i = 0; i < n; i++) {
                    typen[i] = meta.getParameterType(i + 1);
                }
                int k = 0;
                for (Waarden r : rijen) {
                    Object[] w = r.waarden();
                    if (w.length != n) {
                        throw new IllegalArgumentException("a row of " + tabel.naam() + " has " + w.length + " values, the table " + n + " columns");
                    }
                    for (int i = 0; i < n; i++) {
                        zet(ps, i + 1, w[i], typen[i]);
                    }
                    ps.setLong(n + 1, id);
                    ps.addBatch();
                    if (++k % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            return id;
        }
    }

    private static void zet(PreparedStatement ps, int i, Object w, int type) throws SQLException {
        if (w == null) {
            ps.setNull(i, type);
        } else if (w instanceof String s) {
            ps.setString(i, s);
        } else if (w instanceof Long l) {
            ps.setLong(i, l);
        } else if (w instanceof Integer g) {
            ps.setInt(i, g);
        } else if (w instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else if (w instanceof LocalDate d) {
            ps.setDate(i, Date.valueOf(d));
        } else {
            throw new IllegalArgumentException("no binding for a " + w.getClass().getName() + " in column " + i);
        }
    }
}
