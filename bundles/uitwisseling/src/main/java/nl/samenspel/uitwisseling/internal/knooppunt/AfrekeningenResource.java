package nl.samenspel.uitwisseling.internal.knooppunt;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.verevening.DefinitieveAfrekening;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The statements this node received from the hub, one per final run; amounts in eurocent. */
// node side only: without the node's configuration (the hub) the component is a role not played, not one waiting for a service
@Component(service = AfrekeningenResource.class, configurationPid = "nl.samenspel.node", configurationPolicy = ConfigurationPolicy.REQUIRE)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.AFREKENINGEN)
@Path("afrekeningen")
@Produces(MediaType.APPLICATION_JSON)
public class AfrekeningenResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A statement in the list: the amounts, without the derivation. */
    public record Samenvatting(long run, String regio, int jaar, String gemeente, Instant vastgesteld, long budget, long kosten,
                               long toerekening, long verevening, long saldo) {
        static Samenvatting van(DefinitieveAfrekening a) {
            return new Samenvatting(a.run(), a.regio(), a.jaar(), a.gemeente(), a.vastgesteld(), a.budget(), a.kosten(), a.toerekening(),
                    a.verevening(), a.saldo());
        }
    }

    private final KnooppuntUitwisseling uitwisseling;

    @Activate
    public AfrekeningenResource(@Reference KnooppuntUitwisseling uitwisseling) {
        this.uitwisseling = uitwisseling;
    }

    @GET
    @Operation(summary = "De ontvangen afrekeningen van definitieve vereveningsruns, nieuwste eerst")
    public List<Samenvatting> afrekeningen() throws SQLException {
        return uitwisseling.afrekeningen().alle(uitwisseling.gemeente()).stream().map(Samenvatting::van).toList();
    }

    @GET
    @Path("{run}")
    @Operation(summary = "Een ontvangen afrekening met de afleiding stap voor stap, zoals de hub haar vaststelde")
    public JsonNode afrekening(@PathParam("run") String run) throws SQLException {
        long id = Parameters.geheelGetal("run", run, 0, 1, Integer.MAX_VALUE);
        DefinitieveAfrekening a = uitwisseling.afrekeningen().van(uitwisseling.gemeente(), id).orElseThrow(() ->
                ProblemException.nietGevonden("run", "geen afrekening van run " + run + " ontvangen (GET /api/v1/afrekeningen)"));
        try {
            return JSON.readTree(a.afrekening());
        } catch (IOException e) {
            throw new IllegalStateException("afrekening van run " + run + " is onleesbaar opgeslagen", e);
        }
    }
}
