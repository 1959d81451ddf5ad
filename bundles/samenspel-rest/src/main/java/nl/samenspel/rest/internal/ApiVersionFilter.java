package nl.samenspel.rest.internal;

import org.osgi.service.component.annotations.Reference;
import nl.samenspel.rest.JaxrsPoort;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/** Every response, errors included, says which API version answered (NL API Design Rules). */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
// CXF keeps one filter per priority: every response filter of the application has a priority of its own (docs/architecture.md)
@Priority(Priorities.HEADER_DECORATOR)
public class ApiVersionFilter implements ContainerResponseFilter {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("API-Version", SamenspelApi.API_VERSION);
    }
}
