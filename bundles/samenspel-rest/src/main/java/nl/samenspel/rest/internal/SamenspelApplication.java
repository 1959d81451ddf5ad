package nl.samenspel.rest.internal;

import org.osgi.service.component.annotations.Reference;
import nl.samenspel.rest.JaxrsPoort;
import javax.ws.rs.core.Application;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The one JAX-RS application of Samenspel. Modules add resources to it through
 * the whiteboard; it has none of its own, so a node without a module exposes
 * none of that module's endpoints. It is served only while access control and the audit of
 * requests are there (samenspel-toegang): without them, nothing, rather than everything open.
 */
@Component(service = Application.class)
@JaxrsExtensionSelect({"(samenspel.toegang=true)", "(samenspel.audit=true)"})
@JaxrsName(SamenspelApi.APPLICATION_NAME)
@JaxrsApplicationBase(SamenspelApi.BASE_PATH)
public class SamenspelApplication extends Application {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;
}
