package nl.samenspel.rest.internal;

import org.osgi.service.component.annotations.Reference;
import nl.samenspel.rest.JaxrsPoort;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import nl.samenspel.rest.SamenspelApi;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * What happens to the unread rest of a request body when the answer is written before it was read
 * (a 413 for an upload over its bound, a 401, a 422): CXF by default copies that rest into a
 * temporary file first, however large (its {@code cxf.io.cacheinput}, set for every request whose
 * exchange does not say otherwise). A refused 1 GiB upload would then be read whole and written to
 * disk, personal data and all, before its refusal. Saying {@code false} on the exchange makes CXF
 * drain at most 16 MiB instead and answer; the rest of a larger body is never read.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class Restafvoer implements ContainerRequestFilter {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    static final String CACHE_INVOER = "cxf.io.cacheinput";

    @Override
    public void filter(ContainerRequestContext request) {
        Message bericht = PhaseInterceptorChain.getCurrentMessage();
        if (bericht != null && bericht.getExchange() != null) {
            bericht.getExchange().put(CACHE_INVOER, Boolean.FALSE);
        }
    }
}
