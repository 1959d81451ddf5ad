package nl.samenspel.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/v1/liveness}: whether the process serves, for a supervisor that restarts it when
 * not (systemd, Kubernetes). Unlike readiness it does not depend on the database, the disk or the
 * hub: restarting would not mend those. The one fault it reports is one a restart does mend:
 * threads deadlocked on each other (503, naming them).
 */
@Component(service = LivenessResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.OPENBAAR)
@Path("liveness")
public class LivenessResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    @GET
    @Produces({MediaType.APPLICATION_JSON, SamenspelApi.PROBLEM_JSON})
    @Operation(summary = "Of het proces dient (voor een supervisor); 503 alleen bij vastgelopen threads")
    public Response liveness() {
        List<String> vast = vastgelopen();
        if (vast.isEmpty()) {
            return Response.ok(Map.of("levend", true)).type(MediaType.APPLICATION_JSON).build();
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(SamenspelApi.PROBLEM_JSON)
                .entity(new Problem("about:blank", "Vastgelopen", 503, "threads wachten op elkaar: " + String.join(", ", vast)
                        + "; herstart het proces", null, List.of())).build();
    }

    static List<String> vastgelopen() {
        var threads = ManagementFactory.getThreadMXBean();
        long[] ids = threads.findDeadlockedThreads();
        if (ids == null) {
            return List.of();
        }
        return Arrays.stream(threads.getThreadInfo(ids)).filter(java.util.Objects::nonNull).map(ThreadInfo::getThreadName)
                .collect(Collectors.toList());
    }
}
