package nl.samenspel.rest.internal;

import java.util.Hashtable;
import nl.samenspel.rest.JaxrsPoort;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the {@link JaxrsPoort}: registers it once the whiteboard has finished its start (it publishes
 * {@code osgi.jaxrs.endpoint} only then) and Karaf's boot features are installed.
 */
@Component(immediate = true)
// registered by hand, not by DS: the capability that the components referencing it require is declared here
@org.osgi.annotation.bundle.Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=nl.samenspel.rest.JaxrsPoort")
public class JaxrsPoortComponent {

    private static final Logger LOG = LoggerFactory.getLogger(JaxrsPoortComponent.class);
    private static final String BOOT_FINISHED = "(objectClass=org.apache.karaf.features.BootFinished)";

    private final BundleContext context;
    private final ServiceTracker<Object, Object> boot;
    private ServiceRegistration<JaxrsPoort> poort;

    @Activate
    public JaxrsPoortComponent(@Reference(target = "(osgi.jaxrs.endpoint=*)") JaxrsServiceRuntime whiteboard, BundleContext context)
            throws InvalidSyntaxException {
        this.context = context;
        this.boot = new ServiceTracker<>(context, context.createFilter(BOOT_FINISHED), null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                JaxrsPoortComponent.this.opening();
                return reference;
            }
        };
        boot.open(true);
    }

    private synchronized void opening() {
        if (poort == null) {
            poort = context.registerService(JaxrsPoort.class, new JaxrsPoort() {
            }, new Hashtable<>());
            LOG.info("JAX-RS-whiteboard gestart en boot klaar: de resources van Samenspel worden nu geregistreerd");
        }
    }

    @Deactivate
    synchronized void stop() {
        boot.close();
        if (poort != null) {
            poort.unregister();
            poort = null;
        }
    }
}
