package nl.samenspel.rest.internal;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import nl.samenspel.api.register.RegisterService;
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
 * {@code GET /api/v1/readiness}: 200 when the installation is ready to take work, 503 problem+json
 * naming what is not in order: the software (see {@link Gereedheid}), the register, and every
 * {@link Gezondheid} (the store: database writable and disk space above its floor; a node's inbox and
 * exchange). For a load balancer, the launcher and the tests; it reveals component and service names
 * and causes, no data. Whether the process merely serves is {@code liveness} ({@link LivenessResource}).
 */
@Component(service = ReadinessResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.OPENBAAR)
@Path("readiness")
public class ReadinessResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile RegisterService registerService;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReadinessResource.class);
    private final java.util.Set<String> gemeld = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
    @Operation(summary = "Of deze installatie klaar is om werk aan te nemen: software, register, opslag (database schrijfbaar,"
            + " schijfruimte), inbox en uitwisseling; 503 met wat niet in orde is")
    public Response readiness() {
        List<String> bezwaren = new ArrayList<>();
        List<String> waarschuwingen = new ArrayList<>();
        List<String> controles = new ArrayList<>();
        int[] aantal = {0};
        controleer("software", controles, bezwaren, () -> {
            Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> componenten = componenten();
            aantal[0] = componenten == null ? 0 : componenten.size();
            return Gereedheid.bezwaren(!boot.isEmpty(), componenten, jaxrs);
        });
        RegisterService register = registerService;
        if (register != null) {
            controleer("register", controles, bezwaren, () -> Gereedheid.register(register.status(), waarschuwingen));
        }
        for (Gezondheid g : gezondheid) {
            controleer(g.naam(), controles, bezwaren, () -> g.storingen().stream().map(s -> g.naam() + ": " + s).toList());
        }
        if (bezwaren.isEmpty()) {
            return Response.ok(Map.of("gereed", true, "componenten", aantal[0], "controles", controles, "waarschuwingen", waarschuwingen))
                    .type(MediaType.APPLICATION_JSON).build();
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(SamenspelApi.PROBLEM_JSON).header("Retry-After", "5")
                .entity(new Problem("about:blank", "Nog niet gereed", 503, String.join("; ", bezwaren), null, List.of())).build();
    }

    /**
     * Runs one check; a check that fails itself (a service that throws, a runtime in a bad state) is a
     * reason not to be ready, named, and never a 500. Logged once per check, not at every poll.
     */
    private void controleer(String naam, List<String> controles, List<String> bezwaren, java.util.function.Supplier<List<String>> controle) {
        controles.add(naam);
        try {
            bezwaren.addAll(controle.get());
        } catch (RuntimeException | LinkageError e) {
            bezwaren.add("controle " + naam + " faalde: " + e.getClass().getSimpleName());
            if (gemeld.add(naam)) {
                LOG.warn("Gereedheid: controle {} faalde", naam, e);
            }
        }
    }

    private Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> componenten() {
        ServiceComponentRuntime runtime = scr;
        if (runtime == null) {
            return null;
        }
        Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> componenten = new LinkedHashMap<>();
        for (ComponentDescriptionDTO d : runtime.getComponentDescriptionDTOs(eigenBundels())) {
            componenten.put(d, List.copyOf(runtime.getComponentConfigurationDTOs(d)));
        }
        return componenten;
    }

    private Bundle[] eigenBundels() {
        return Arrays.stream(context.getBundles()).filter(b -> VENDOR.equals(b.getHeaders("").get(Constants.BUNDLE_VENDOR)))
                .toArray(Bundle[]::new);
    }
}
