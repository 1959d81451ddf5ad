package nl.samenspel.jeugdhulp.internal.opslag;

import java.util.List;
import nl.samenspel.api.gezondheid.Meetbron;
import nl.samenspel.api.gezondheid.Meting;
import nl.samenspel.store.Database;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's storage, available once schema {@value JeugdhulpOpslag#SCHEMA} is migrated to this bundle's version; also a
 * {@link Meetbron}: the module's imports per outcome, for {@code /api/v1/metrics}. */
@Component(service = {JeugdhulpOpslag.class, Meetbron.class})
public class GemigreerdeOpslag extends JeugdhulpOpslag implements Meetbron {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GemigreerdeOpslag.class);

    @Activate
    public GemigreerdeOpslag(@Reference Database database, BundleContext context) {
        super(gemigreerd(database, context));
        try {
            logboek().sluitOnderbroken();
        } catch (java.sql.SQLException e) {
            // a database that takes no writes now: the store reports it, and the next start marks them
            LOG.warn("Onderbroken imports niet te markeren (SQLState {})", e.getSQLState());
        }
    }

    @Override
    public List<Meting> metingen() {
        return logboek().metingen("jeugdhulp");
    }

    private static javax.sql.DataSource gemigreerd(Database database, BundleContext context) {
        database.migreer(context.getBundle(), SCHEMA, "db/jeugdhulp");
        return database.dataSource();
    }
}
