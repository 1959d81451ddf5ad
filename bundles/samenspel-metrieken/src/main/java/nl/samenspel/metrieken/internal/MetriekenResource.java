package nl.samenspel.metrieken.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/v1/metrics}: every meter in the Prometheus text format, for a Prometheus (or an
 * agent that reads that format) scraping with a beheerder's account or token. Counts, sizes, ages and
 * durations only (docs/operations.md, "Metrics"); no query parameters, so a scrape configuration
 * with {@code params} gets 400.
 */
@Component(service = MetriekenResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.METRIEKEN)
@Path("metrics")
public class MetriekenResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    /** Version 0.0.4 of the text format: what every Prometheus reads, also when it asks for OpenMetrics first. */
    static final String TEKSTFORMAAT = "text/plain; version=0.0.4; charset=utf-8";

    private final MetriekenComponent metrieken;

    @Activate
    public MetriekenResource(@Reference MetriekenComponent metrieken) {
        this.metrieken = metrieken;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Metrieken in het tekstformaat van Prometheus",
            description = "JVM (geheugen, GC, threads, CPU), vrije en totale schijfruimte van de datamap, storingen per onderdeel en de"
                    + " cijfers van de modules en de uitwisseling. Tellingen en tijden, geen gegevens van cliënten.",
            responses = @ApiResponse(responseCode = "200", description = "Prometheus-tekstformaat 0.0.4",
                    content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string"))))
    public Response metrics() {
        return Response.ok(metrieken.scrape().getBytes(StandardCharsets.UTF_8), TEKSTFORMAAT).build();
    }
}
