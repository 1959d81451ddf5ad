package nl.samenspel.beschermdwonen.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.beschermdwonen.internal.opslag.Bwlijsten;
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
 * what was sent (docs/beschermd-wonen.md, "Stored records"). Without clients.
 */
@Component(service = BwGegevensResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.GEGEVENS_LEZEN)
@Path("beschermd-wonen")
@Produces(MediaType.APPLICATION_JSON)
public class BwGegevensResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private static final String FILTERS = Lijstfilter.UITLEG;

    private final Bwlijsten lijsten;

    @Activate
    public BwGegevensResource(@Reference BwOpslag opslag) {
        this.lijsten = opslag.lijsten();
    }

    @GET
    @Path("plaatsingen")
    @Operation(summary = "De opgeslagen plaatsingen (zonder cliënt), per herkomstgemeente en nummer; die in het jaar of de periode lopen",
            description = FILTERS)
    public Pagina<Bwlijsten.Plaatsingregel> plaatsingen(@BeanParam Lijstparameters p) throws SQLException {
        return Gegevenslijst.pagina(p, lijsten::plaatsingen);
    }

    @GET
    @Path("aanmeldingen")
    @Operation(summary = "De opgeslagen aanmeldingen (zonder cliënt) met de plaatsing die ze sloot; die gedateerd zijn in het jaar of de periode",
            description = FILTERS)
    public Pagina<Bwlijsten.Aanmeldingregel> aanmeldingen(@BeanParam Lijstparameters p) throws SQLException {
        return Gegevenslijst.pagina(p, lijsten::aanmeldingen);
    }

    @GET
    @Path("voorzieningen")
    @Operation(summary = "De voorzieningen met al hun capaciteitsperioden; gemeente is de vestigingsgemeente, jaar of periode: met een"
            + " capaciteitsperiode daarin", description = FILTERS)
    public Pagina<Bwlijsten.Voorzieningregel> voorzieningen(@BeanParam Lijstparameters p) throws SQLException {
        return Gegevenslijst.pagina(p, lijsten::voorzieningen);
    }
}
