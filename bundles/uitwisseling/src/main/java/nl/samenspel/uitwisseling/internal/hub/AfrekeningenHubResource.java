package nl.samenspel.uitwisseling.internal.hub;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.verevening.Afrekeningen;
import nl.samenspel.api.verevening.DefinitieveAfrekening;
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
 * The statements of final equalization runs for the asking node's own gemeente only (its TLS
 * certificate says which); nodes fetch them, the hub never calls into a municipality.
 */
@Component(service = AfrekeningenHubResource.class, configurationPid = HubUitwisselingConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.UITWISSELING)
@Path("uitwisseling/afrekeningen")
@Produces(MediaType.APPLICATION_JSON)
public class AfrekeningenHubResource extends HubResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    /** The equalization; optional, so the exchange bundle resolves without it (a node has none). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Afrekeningen afrekeningen;

    private final Knooppuntstanden standen;

    @Activate
    public AfrekeningenHubResource(@Reference RegisterService registerService, @Reference Knooppuntstanden standen) {
        super(registerService);
        this.standen = standen;
    }

    @GET
    @Operation(summary = "De afrekeningen van definitieve vereveningsruns voor de gemeente van het certificaat (alleen over tweezijdig TLS)")
    public List<DefinitieveAfrekening> afrekeningen(@Context HttpServletRequest verzoek) {
        Gemeente gemeente = afzender(verzoek);
        Afrekeningen bron = afrekeningen;
        if (bron == null) {
            throw ProblemException.nietBeschikbaar("de verevening is op deze hub niet geïnstalleerd (feature samenspel-verevening)");
        }
        List<DefinitieveAfrekening> definitief = bron.definitief(gemeente.code());
        try {
            standen.afgehaald(gemeente.code(), definitief.size());
        } catch (java.sql.SQLException e) {
            // the overview's record of the fetch must not cost the node its statements
            org.slf4j.LoggerFactory.getLogger(AfrekeningenHubResource.class).warn("Afhaling van {} niet vastgelegd: {}", gemeente.code(),
                    e.getMessage());
        }
        return definitief;
    }
}
