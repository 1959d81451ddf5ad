package nl.samenspel.beschermdwonen.internal.opslag;

import nl.samenspel.store.Database;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's storage, available once schema {@value BwOpslag#SCHEMA} is migrated to this bundle's version. */
@Component(service = BwOpslag.class)
public class GemigreerdeOpslag extends BwOpslag {

    @Activate
    public GemigreerdeOpslag(@Reference Database database, BundleContext context) {
        super(gemigreerd(database, context));
    }

    private static javax.sql.DataSource gemigreerd(Database database, BundleContext context) {
        database.migreer(context.getBundle(), SCHEMA, "db/beschermdwonen");
        return database.dataSource();
    }
}
