package nl.samenspel.testsupport;

import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;

/** A fresh in-memory Derby per call, with a module's schema migrated as the store migrates it: by Flyway, from the module's own files. */
public final class Testdatabase {

    /** Flyway's progress lines (through java.util.logging here) would fill every test's output; its warnings stay. Held: JUL keeps loggers weakly. */
    private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(java.util.logging.Level.WARNING);
    }

    private Testdatabase() {
    }

    /**
     * @param schema  the module's schema ({@code JEUGDHULP})
     * @param locatie where its migrations are on the test's class path ({@code db/jeugdhulp})
     */
    public static DataSource gemigreerd(String schema, String locatie) {
        DataSource ds = leeg();
        Flyway.configure().dataSource(ds).schemas(schema).createSchemas(true).locations("classpath:" + locatie).load().migrate();
        return ds;
    }

    /** A fresh, empty in-memory Derby: for a test that makes its own tables. */
    public static DataSource leeg() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return ds;
    }
}
