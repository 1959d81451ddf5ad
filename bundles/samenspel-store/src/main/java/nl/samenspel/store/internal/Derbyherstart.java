package nl.samenspel.store.internal;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reopens an embedded Derby database without restarting the installation. After a failed write
 * to its log (a full disk) Derby keeps the database open read-only, and it stays so after space
 * is freed; shutting the database down and connecting again boots it with recovery, writable.
 *
 * <p>By reflection on the DataSource's own class, so that the store has no compile-time tie to
 * Derby and a DataSource of another database (which reconnects by itself) is simply not Derby's.
 */
final class Derbyherstart {

    /** Derby's answer to a successful shutdown of one database. */
    private static final String AFGESLOTEN = "08006";

    private Derbyherstart() {
    }

    /** Whether this is an embedded Derby DataSource this class can reopen. */
    static boolean kan(DataSource dataSource) {
        return dataSource != null && dataSource.getClass().getName().startsWith("org.apache.derby.")
                && methode(dataSource.getClass(), "setShutdownDatabase") != null;
    }

    /**
     * Shuts the database down through a copy of the DataSource (the shared one keeps its settings for
     * everyone else); the next connection boots it again. Every open connection to it breaks: only for
     * a database that already refuses work.
     */
    static void herstart(DataSource dataSource) throws SQLException {
        Object kopie;
        try {
            Class<?> klasse = dataSource.getClass();
            kopie = klasse.getConstructor().newInstance();
            klasse.getMethod("setDatabaseName", String.class).invoke(kopie, klasse.getMethod("getDatabaseName").invoke(dataSource));
            klasse.getMethod("setShutdownDatabase", String.class).invoke(kopie, "shutdown");
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Derby-database niet af te sluiten: " + e, e);
        }
        try (Connection c = ((DataSource) kopie).getConnection()) {
            throw new SQLException("Derby sloot de database niet af");
        } catch (SQLException e) {
            if (!AFGESLOTEN.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static Method methode(Class<?> klasse, String naam) {
        try {
            return klasse.getMethod(naam, String.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
