package nl.samenspel.uitwisseling.internal.hub;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.invoer.Invoermodule;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The master data the hub checks a node's batches with, per module, for its nodes: a node checks
 * its files against it before it queues them, so it refuses what the hub would refuse. Master
 * data holds no personal data; any node with a certificate the hub knows may read it.
 */
@Component(service = StamgegevensHubResource.class, configurationPid = HubUitwisselingConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.UITWISSELING)
@Path("uitwisseling/stamgegevens")
public class StamgegevensHubResource extends HubResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Invoermodule> modules = new CopyOnWriteArrayList<>();

    @Activate
    public StamgegevensHubResource(@Reference RegisterService registerService) {
        super(registerService);
    }

    @GET
    @Path("{module}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "De stamgegevens waartegen de hub de batches van een module controleert (alleen over tweezijdig TLS)",
            description = "Een JSON-document in de vorm van de module, met versie; 404 voor een module die de hub niet heeft of"
                    + " die geen stamgegevens kent.")
    public Response stamgegevens(@PathParam("module") String naam, @Context HttpServletRequest verzoek) throws SQLException {
        afzender(verzoek); // refuses a node the hub does not know
        Invoermodule module = modules.stream().filter(m -> m.naam().equals(naam)).findFirst().orElseThrow(() ->
                ProblemException.nietGevonden("module", "de hub kent geen module '" + naam + "'"));
        byte[] document = module.stamgegevens().orElseThrow(() ->
                ProblemException.nietGevonden("module", naam + " heeft geen stamgegevens om te publiceren"));
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
