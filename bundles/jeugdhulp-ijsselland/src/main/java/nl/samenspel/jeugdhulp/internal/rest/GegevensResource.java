package nl.samenspel.jeugdhulp.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import nl.samenspel.jeugdhulp.internal.opslag.Jeugdhulplijsten;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.Lijstfilter;
import nl.samenspel.module.Gegevenslijst;
import nl.samenspel.rest.Lijstparameters;
import nl.samenspel.rest.Pagina;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * What the module holds, record by record and page by page, so a controller can check it against
 * what was sent, or what a node delivered (docs/jeugdhulp.md, "Stored records"). Without clients.
 */
@Component(service = GegevensResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.GEGEVENS_LEZEN)
@Path("jeugdhulp")
@Produces(MediaType.APPLICATION_JSON)
public class GegevensResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private final Jeugdhulplijsten lijsten;

    @Activate
    public GegevensResource(@Reference JeugdhulpOpslag opslag) {
        this.lijsten = opslag.lijsten();
    }

    @GET
    @Path("toewijzingen")
    @Operation(summary = "De opgeslagen toewijzingen (zonder cliënt) met hun start en stop van de zorg; die in het jaar of de periode lopen",
            description = Lijstfilter.UITLEG)
    public Pagina<Jeugdhulplijsten.Toewijzingregel> toewijzingen(@BeanParam Lijstparameters p) throws SQLException {
        return Gegevenslijst.pagina(p, lijsten::toewijzingen);
    }

    @GET
    @Path("declaraties")
    @Operation(summary = "De opgeslagen gedeclareerde regels (debet positief, credit negatief); die waarvan de gedeclareerde periode in het"
            + " jaar of de periode valt", description = Lijstfilter.UITLEG)
    public Pagina<Jeugdhulplijsten.Declaratieregel> declaraties(@BeanParam Lijstparameters p) throws SQLException {
        return Gegevenslijst.pagina(p, lijsten::declaraties);
    }
}
