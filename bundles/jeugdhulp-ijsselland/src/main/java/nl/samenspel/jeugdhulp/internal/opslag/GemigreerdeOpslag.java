package nl.samenspel.jeugdhulp.internal.opslag;

import nl.samenspel.api.gezondheid.Meetbron;
import nl.samenspel.store.Database;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's storage, available once schema {@value JeugdhulpOpslag#SCHEMA} is migrated to this bundle's version; also a
 * {@link Meetbron}: the module's imports per outcome, for {@code /api/v1/metrics}. */
@Component(service = {JeugdhulpOpslag.class, Meetbron.class})
public class GemigreerdeOpslag extends JeugdhulpOpslag {

    @Activate
    public GemigreerdeOpslag(@Reference Database database, BundleContext context) {
        super(gemigreerd(database, context.getBundle(), SCHEMA, "db/jeugdhulp"));
    }
}
