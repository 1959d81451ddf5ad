package nl.samenspel.toegang.internal;

import nl.samenspel.rest.JaxrsPoort;
import java.time.Instant;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import nl.samenspel.api.audit.Auditlog;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.rest.SamenspelApi;
import nl.samenspel.api.toegang.Bevoegdheid;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One audit record (BIO2 8.15.01) for every request that changes state and every read of
 * per-client or per-gemeente financial data ({@link Bevoegdheid#leesAudit()}), whatever the
 * outcome, refusals included. The action is the method and the path <em>template</em>, the object
 * the path parameters (identifiers the platform gives); the body, the query and the raw path are
 * never written, so nothing personal reaches the log.
 */
@Component(service = ContainerResponseFilter.class, property = Auditfilter.MARKERING + "=true")
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Priority(Priorities.AUTHENTICATION)
public class Auditfilter implements ContainerResponseFilter {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    /** The service property by which the application requires this filter before it serves anything. */
    public static final String MARKERING = "samenspel.audit";

    private static final Logger LOG = LoggerFactory.getLogger(Auditfilter.class);
    private static final Set<String> LEZEN = Set.of("GET", "HEAD", "OPTIONS");
    private static final int MAXIMAAL_OBJECT = 200;

    // no @Context fields: CXF fills those on every request; what this filter needs, the access filter left in the request's properties
    private final Auditlog auditlog;

    @Activate
    public Auditfilter(@Reference Auditlog auditlog) {
        this.auditlog = auditlog;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Bevoegdheid bevoegdheid = (Bevoegdheid) request.getProperty(Toegangsfilter.BEVOEGDHEID);
        boolean wijzigt = !LEZEN.contains(request.getMethod());
        if (!wijzigt && (bevoegdheid == null || !bevoegdheid.leesAudit())) {
            return;
        }
        Object actor = request.getProperty(Toegangsfilter.ACTOR);
        Object sjabloon = request.getProperty(Toegangsfilter.SJABLOON);
        boolean bekend = sjabloon != null;
        String actie = request.getMethod() + " " + (bekend ? sjabloon.toString() : "(geen bewerking)");
        Object herkomst = request.getProperty(Toegangsfilter.HERKOMST);
        String object = bekend ? object(request) : "";
        try {
            auditlog.schrijf(new Auditregel(actor == null ? "anoniem" : actor.toString(), actie, object, response.getStatus(),
                    herkomst == null ? "" : herkomst.toString(), Instant.now()));
        } catch (RuntimeException e) {
            LOG.error("Auditregel niet geschreven voor {} (status {})", actie, response.getStatus(), e);
        }
    }

    private static String object(ContainerRequestContext request) {
        return object(request.getUriInfo().getPathParameters());
    }

    /**
     * The path parameters as {@code naam=waarde}, sorted. The platform's identifiers are short codes and numbers; a value
     * that is not (a long number such as a BSN typed into a URL, free text) is written as {@value #WEGGELATEN}, so the log
     * never holds what a caller put in a path.
     */
    static String object(java.util.Map<String, java.util.List<String>> parameters) {
        String object = new TreeMap<>(parameters).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(Auditfilter::identificatie).collect(Collectors.joining(",")))
                .collect(Collectors.joining(" "));
        return object.length() <= MAXIMAAL_OBJECT ? object : object.substring(0, MAXIMAAL_OBJECT);
    }

    static final String WEGGELATEN = "(weggelaten)";
    private static final java.util.regex.Pattern IDENTIFICATIE = java.util.regex.Pattern.compile("(?!\\d{8})[A-Za-z0-9._-]{1,40}");

    private static String identificatie(String waarde) {
        return waarde != null && IDENTIFICATIE.matcher(waarde).matches() ? waarde : WEGGELATEN;
    }
}
