package nl.samenspel.audit.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.samenspel.store.Database;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.osgi.framework.Bundle;

/**
 * The store outside OSGi: a fresh in-memory Derby, the bundle's migrations run by Flyway itself
 * (from the class path, as the store hands them over from the bundle), and a data source that
 * a test can make unreachable to see a write fail.
 */
public final class Testdatabase implements Database {

    private final EmbeddedDataSource derby = new EmbeddedDataSource();
    private final DataSource dataSource = new Onderbreekbaar();
    private volatile boolean onbereikbaar;

    public Testdatabase() {
        derby.setDatabaseName("memory:audit-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public int migreer(Bundle eigenaar, String schema, String locatie) {
        return Flyway.configure(Flyway.class.getClassLoader()).dataSource(derby).schemas(schema).createSchemas(true)
                .locations("classpath:" + locatie).load().migrate().migrationsExecuted;
    }

    /** The component as DS would make it, with retention kept for the test to call (no schedule). */
    public AuditlogComponent component(Clock klok) {
        return new AuditlogComponent(this, null, Duration.ofDays(730), Duration.ZERO, klok);
    }

    public AuditlogComponent component() {
        return component(Clock.systemUTC());
    }

    /** Every new connection fails while set, as when the database server is gone. */
    void onbereikbaar(boolean onbereikbaar) {
        this.onbereikbaar = onbereikbaar;
    }

    /** A change made behind the component's back, as someone with database access could. */
    public int wijzig(String sql) throws SQLException {
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    long getal(String sql) throws SQLException {
        try (Connection c = derby.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String tekst(String sql) throws SQLException {
        try (Connection c = derby.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Empties the log, so one database serves a test class (creating one costs more than a test). */
    public void leeg() throws SQLException {
        migreer(null, Auditopslag.SCHEMA, "db/audit");
        wijzig("DELETE FROM AUDIT.auditregel");
        wijzig("DELETE FROM AUDIT.auditanker");
    }

    /** Drops the in-memory database. */
    public void weg() {
        nl.samenspel.testsupport.Testdatabase.weg(derby);
    }

    private final class Onderbreekbaar implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            if (onbereikbaar) {
                throw new SQLException("database onbereikbaar (test)", "08001");
            }
            return derby.getConnection();
        }

        @Override
        public Connection getConnection(String gebruiker, String wachtwoord) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return derby.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            derby.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconden) throws SQLException {
            derby.setLoginTimeout(seconden);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return derby.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> soort) throws SQLException {
            throw new SQLException("geen wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> soort) {
            return false;
        }
    }
}
