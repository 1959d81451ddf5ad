package nl.samenspel.toegang.internal;

import org.osgi.service.component.annotations.Reference;
import nl.samenspel.rest.JaxrsPoort;
import javax.annotation.Priority;
import java.util.Set;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Response;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * CORS, off unless {@code corsHerkomsten} names origins. For a named origin it answers the
 * browser's preflight (which carries no credentials, by the CORS rules) and marks the real
 * response; the real request itself is authenticated like any other. Any other origin gets no
 * CORS header, so the browser refuses to hand it the response.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class}, configurationPid = ToegangConfig.PID)
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@PreMatching
// CXF keeps one filter per priority: every response filter of the application has a priority of its own (docs/architecture.md)
@Priority(Priorities.HEADER_DECORATOR + 20)
public class Cors implements ContainerRequestFilter, ContainerResponseFilter {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private final Set<String> herkomsten;

    @Activate
    public Cors(ToegangConfig config) {
        this(Set.of(config.corsHerkomsten()));
    }

    Cors(Set<String> herkomsten) {
        this.herkomsten = herkomsten;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String herkomst = request.getHeaderString("Origin");
        if ("OPTIONS".equals(request.getMethod()) && request.getHeaderString("Access-Control-Request-Method") != null
                && herkomst != null && herkomsten.contains(herkomst)) {
            request.abortWith(Response.noContent()
                    .header("Access-Control-Allow-Origin", herkomst)
                    .header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE")
                    .header("Access-Control-Allow-Headers", "Authorization, Content-Type")
                    .header("Access-Control-Max-Age", "600")
                    .header("Vary", "Origin").build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String herkomst = request.getHeaderString("Origin");
        if (herkomst != null && herkomsten.contains(herkomst)) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", herkomst);
            response.getHeaders().add("Vary", "Origin");
        }
    }
}
