package nl.samenspel.rest.internal;

import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import nl.samenspel.api.gezondheid.Gezondheid;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code GET /api/v1/readiness}: 200 when the installation is ready to serve, 503 problem+json
 * naming what it still waits for (see {@link Gereedheid}). For a load balancer, the launcher and
 * the tests; it reveals component and service names, no data.
 */
@Component(service = ReadinessResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.OPENBAAR)
@Path("readiness")
public class ReadinessResource {

    /** Registered by Karaf's feature service once the boot features are installed; tracked by name so this bundle needs no Karaf API. */
    private static final String BOOT_FINISHED = "(objectClass=org.apache.karaf.features.BootFinished)";

    private static final String VENDOR = "Samenspel";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime scr;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile JaxrsServiceRuntime jaxrs;

    /** Components that report lasting failures at their work (a node's inbox, for instance). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<Gezondheid> gezondheid = new java.util.concurrent.CopyOnWriteArrayList<>();

    private BundleContext context;
    private ServiceTracker<Object, Object> boot;

    @Activate
    void activate(BundleContext context) throws InvalidSyntaxException {
        this.context = context;
        boot = new ServiceTracker<>(context, context.createFilter(BOOT_FINISHED), null);
        boot.open(true);
    }

    @Deactivate
    void deactivate() {
        boot.close();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, SamenspelApi.PROBLEM_JSON})
    @Operation(summary = "Of deze installatie klaar is om te dienen; 503 met wat nog ontbreekt")
    public Response readiness() {
        ServiceComponentRuntime runtime = scr;
        JaxrsServiceRuntime whiteboard = jaxrs;
        Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> componenten = null;
        if (runtime != null) {
            componenten = new LinkedHashMap<>();
            for (ComponentDescriptionDTO d : runtime.getComponentDescriptionDTOs(eigenBundels())) {
                componenten.put(d, List.copyOf(runtime.getComponentConfigurationDTOs(d)));
            }
        }
        List<String> bezwaren = new java.util.ArrayList<>(Gereedheid.bezwaren(!boot.isEmpty(), componenten, whiteboard));
        for (Gezondheid g : gezondheid) {
            g.storingen().forEach(s -> bezwaren.add(g.naam() + ": " + s));
        }
        if (bezwaren.isEmpty()) {
            return Response.ok(Map.of("gereed", true, "componenten", componenten.size())).type(MediaType.APPLICATION_JSON).build();
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(SamenspelApi.PROBLEM_JSON).header("Retry-After", "5")
                .entity(new Problem("about:blank", "Nog niet gereed", 503, String.join("; ", bezwaren), null, List.of())).build();
    }

    private Bundle[] eigenBundels() {
        return Arrays.stream(context.getBundles()).filter(b -> VENDOR.equals(b.getHeaders("").get(Constants.BUNDLE_VENDOR)))
                .toArray(Bundle[]::new);
    }
}
