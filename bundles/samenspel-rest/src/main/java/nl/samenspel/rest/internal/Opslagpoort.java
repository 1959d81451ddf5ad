package nl.samenspel.rest.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Response;
import nl.samenspel.api.gezondheid.Opslagstand;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * While the store takes no work (a database that refuses writes, a disk below its floor), a request
 * that would change state is answered 503 with the cause and {@code Retry-After}, before it reads its
 * body or writes half of it; reads go on. A node whose batch gets this answer keeps it and sends it
 * again later. After authentication, so that only a caller with access learns the cause.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
// CXF keeps one filter per priority (docs/architecture.md): 1000 authentication, 2500 parameters, this one 2600
@Priority(Priorities.AUTHORIZATION + 600)
public class Opslagpoort implements ContainerRequestFilter {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private static final Set<String> LEZEN = Set.of("GET", "HEAD", "OPTIONS");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Opslagstand opslagstand;

    @Override
    public void filter(ContainerRequestContext verzoek) {
        Opslagstand stand = opslagstand;
        if (stand == null || LEZEN.contains(verzoek.getMethod())) {
            return;
        }
        Optional<Opslagstand.Storing> storing = stand.storing();
        if (storing.isPresent()) {
            Response antwoord = Problemen.response(503, "Opslag neemt geen werk aan", "Deze installatie neemt sinds " + storing.get().sinds()
                    + " geen wijzigingen aan: " + storing.get().oorzaak() + ". Er is niets verwerkt; probeer het later opnieuw"
                    + " (readiness meldt wanneer het weer kan).", List.of());
            verzoek.abortWith(Response.fromResponse(antwoord).header("Retry-After", "30").build());
        }
    }
}
