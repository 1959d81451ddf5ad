package nl.samenspel.uitwisseling.internal.hub;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.Registerresource;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The hub's overview of the nodes at the exchange, for its beheerder (and the dashboard's page Uitwisseling). */
@Component(service = KnooppuntstandResource.class, configurationPid = HubUitwisselingConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.UITWISSELING_VOLGEN)
@Path("uitwisseling/knooppunten")
@Produces(MediaType.APPLICATION_JSON)
public class KnooppuntstandResource extends Registerresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private final Knooppuntstanden standen;

    @Activate
    public KnooppuntstandResource(@Reference RegisterService registerService, @Reference Knooppuntstanden standen) {
        super(registerService);
        this.standen = standen;
    }

    /** The names come from the register when one is loaded; without, the overview still answers, by code. */
    @GET
    @Operation(summary = "Per knooppunt dat de hub sprak: ontvangen batches en records, de laatste batch, geweigerde batches met de laatste"
            + " weigering (module, soort, status, titel; nooit inhoud) en de laatste keer dat het zijn afrekeningen ophaalde")
    public List<Knooppuntstanden.Stand> knooppunten() throws SQLException {
        return standen.standen(this::naam);
    }

    /** The name in the register; the code when the register no longer knows it or none is loaded. */
    private String naam(String code) {
        return registerService.actueel().flatMap(r -> r.gemeente(code)).map(Gemeente::naam).orElse(code);
    }
}
