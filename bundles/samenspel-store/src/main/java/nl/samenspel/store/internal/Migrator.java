package nl.samenspel.store.internal;

import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import nl.samenspel.store.MigratieFout;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.JavaMigration;

/** Runs Flyway for one schema with migrations handed in; free of OSGi so it can be tested on its own. */
final class Migrator {

    private static final ClassProvider<JavaMigration> GEEN_JAVA_MIGRATIES = List::of;

    private final DataSource dataSource;

    Migrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int migreer(String schema, Collection<Migratiebestand> bestanden) {
        if (!schema.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("schemanaam moet hoofdletters zijn (Derby): " + schema);
        }
        try {
            // Flyway's plugins (database support) are found through its own class loader, not the caller's.
            Flyway flyway = Flyway.configure(Flyway.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .createSchemas(true)
                    .resourceProvider(new Migratiebron(List.copyOf(bestanden)))
                    .javaMigrationClassProvider(GEEN_JAVA_MIGRATIES)
                    .validateMigrationNaming(true)
                    .load();
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new MigratieFout("migratie van schema " + schema + " mislukt: " + e.getMessage(), e);
        }
    }
}
