package nl.samenspel.store;

import javax.sql.DataSource;
import org.osgi.framework.Bundle;

/** The Samenspel database and its per-module schema migrations. */
public interface Database {

    DataSource dataSource();

    /**
     * Brings {@code schema} up to date with the Flyway migrations
     * ({@code V<n>__<beschrijving>.sql}) found in {@code eigenaar} under {@code locatie}.
     * The schema and its history table are created when missing. Safe to call on
     * every activation: applied migrations are skipped, a changed applied
     * migration is an error.
     *
     * @return the number of migrations applied by this call
     * @throws MigratieFout when a migration fails; the schema is left at the last good version
     */
    int migreer(Bundle eigenaar, String schema, String locatie);

    /** The data source once {@code schema} is migrated ({@link #migreer}): what a module's storage is built on. */
    default DataSource gemigreerd(Bundle eigenaar, String schema, String locatie) {
        migreer(eigenaar, schema, locatie);
        return dataSource();
    }
}
