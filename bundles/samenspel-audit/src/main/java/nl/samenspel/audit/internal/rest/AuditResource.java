package nl.samenspel.audit.internal.rest;

import nl.samenspel.rest.JaxrsPoort;
import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.audit.internal.AuditlogComponent;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Reading the audit log and checking its chain; for the administrator only. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private final AuditlogComponent auditlog;

    @Activate
    public AuditResource(@Reference AuditlogComponent auditlog) {
        this.auditlog = auditlog;
    }

    @GET
    @Toegang(Bevoegdheid.AUDIT)
    @Operation(summary = "Auditregels, nieuwste eerst; filters op actor (exact), actie (deel van de tekst), van en tot"
            + " (datums, beide inclusief) en resultaat; per pagina (aantal 1 tot en met 1000, standaard 100)")
    public List<Dto.Regel> regels(@QueryParam("actor") String actor, @QueryParam("actie") String actie,
                                  @QueryParam("van") String van, @QueryParam("tot") String tot,
                                  @QueryParam("resultaat") String resultaat, @QueryParam("pagina") String pagina,
                                  @QueryParam("aantal") String aantal) throws SQLException {
        return auditlog.zoek(Zoekvraag.filter(actor, actie, van, tot, resultaat, pagina, aantal)).stream().map(Dto.Regel::van).toList();
    }

    @GET
    @Path("controle")
    @Toegang(Bevoegdheid.AUDIT)
    @Operation(summary = "Controleer de hele hashketen vanaf het anker: intact of niet, hoeveel regels, en de eerste regel die"
            + " gewijzigd, verwijderd of verplaatst is")
    public Dto.Controle controle() throws SQLException {
        return Dto.Controle.van(auditlog.controleer());
    }
}
