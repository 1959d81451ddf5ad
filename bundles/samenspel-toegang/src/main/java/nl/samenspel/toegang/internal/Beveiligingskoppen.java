package nl.samenspel.toegang.internal;

import org.osgi.service.component.annotations.Reference;
import nl.samenspel.rest.JaxrsPoort;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MultivaluedMap;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * The transport headers of the NL API Design Rules on every response, errors included: no MIME
 * sniffing, never in a frame, no active content, nothing kept in caches (every answer is data or
 * an error about data), and HSTS on HTTPS. CORS headers are absent unless configured
 * ({@link Cors}).
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
// CXF keeps one filter per priority: every response filter of the application has a priority of its own (docs/architecture.md)
@Priority(Priorities.HEADER_DECORATOR + 10)
public class Beveiligingskoppen implements ContainerResponseFilter {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    static final String HSTS = "max-age=31536000";
    static final String CSP = "default-src 'none'; frame-ancestors 'none'";

    /** HTTPS from the request's own URI: no {@code @Context} field, which CXF would fill on every request. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        zet(response.getHeaders(), "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme()));
    }

    static void zet(MultivaluedMap<String, Object> koppen, boolean https) {
        koppen.putSingle("X-Content-Type-Options", "nosniff");
        koppen.putSingle("X-Frame-Options", "DENY");
        koppen.putSingle("Content-Security-Policy", CSP);
        koppen.putSingle("Referrer-Policy", "no-referrer");
        koppen.putSingle("Cache-Control", "no-store");
        if (https) {
            koppen.putSingle("Strict-Transport-Security", HSTS);
        }
    }
}
