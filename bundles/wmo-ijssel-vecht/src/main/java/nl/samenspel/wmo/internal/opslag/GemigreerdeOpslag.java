package nl.samenspel.wmo.internal.opslag;

import nl.samenspel.api.gezondheid.Meetbron;
import nl.samenspel.store.Database;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's storage, available once schema {@value WmoOpslag#SCHEMA} is migrated; also a {@link Meetbron}: imports per outcome ({@link nl.samenspel.module.Moduleopslag}). */
@Component(service = {WmoOpslag.class, Meetbron.class})
public class GemigreerdeOpslag extends WmoOpslag {

    @Activate
    public GemigreerdeOpslag(@Reference Database database, BundleContext context) {
        super(gemigreerd(database, context.getBundle(), SCHEMA, "db/wmo"));
    }
}
