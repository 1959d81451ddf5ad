package nl.samenspel.beschermdwonen.internal.rest;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.beschermdwonen.internal.inlezen.Importdienst;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.invoer.Importlogboek;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Begrensd;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** CSV files into the protected-housing module: accepted whole (201) or refused whole (422), and the import log. */
@Component(service = BwImportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.INVOER)
@Path("beschermd-wonen/imports")
public class BwImportResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private final Importdienst dienst;
    private final BwOpslag opslag;
    private final Invoerlimieten limieten;

    @Activate
    public BwImportResource(@Reference Importdienst dienst, @Reference BwOpslag opslag, @Reference Invoerlimieten limieten) {
        this.limieten = limieten;
        this.dienst = dienst;
        this.opslag = opslag;
    }

    @POST
    @Path("{soort}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lees een CSV-bestand in (voorzieningen, aanmeldingen of plaatsingen), helemaal of helemaal niet",
            description = "Het bestand is de body (docs/beschermd-wonen.md). Geweigerd: 422 met elke fout; het rapport staat in het importlogboek; een knooppunt bewaart het bestand voor correctie.")
    public Response importeer(@PathParam("soort") String soortCode, @QueryParam("bestand") String bestand,
                              @HeaderParam("Content-Length") String lengte, InputStream body) throws SQLException, IOException {
        Bwsoort soort = Bwsoort.vanCode(soortCode).orElseThrow(() -> ProblemException.nietGevonden("soort",
                "onbekende soort '" + soortCode + "'; bekend: " + String.join(", ", Bwsoort.codes())));
        // read with the bound: an announced length over it is refused before a byte is read (413)
        byte[] inhoud = Begrensd.lees(body, lengte, limieten);
        if (inhoud.length == 0) {
            throw ProblemException.ongeldig("body", "leeg; stuur het bestand als body");
        }
        Importresultaat r;
        try {
            r = dienst.importeer(soort, bestand == null ? soort.code() + ".csv" : bestand, inhoud);
        } catch (Importdienst.GeenRegister e) {
            throw ProblemException.geenRegister();
        }
        if (!r.geaccepteerd()) {
            throw new ProblemException(422, "Bestand geweigerd", "import " + r.importId() + ": het hele bestand is geweigerd, "
                    + r.fouten().size() + " fout(en); er is niets opgeslagen. Het rapport staat in het importlogboek; zie GET "
                    + SamenspelApi.BASE_PATH + "/beschermd-wonen/imports/" + r.importId(),
                    r.fouten().stream().map(f -> new Problem.InvalidParam(f.plaats() + (f.veld().isEmpty() ? "" : ", " + f.veld()), f.melding())).toList());
        }
        return Response.created(URI.create(SamenspelApi.BASE_PATH + "/beschermd-wonen/imports/" + r.importId())).entity(r)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Het importlogboek, nieuwste eerst")
    public List<Importlogboek.Logregel> imports(@QueryParam("aantal") String aantal) throws SQLException {
        return opslag.logboek().imports(Parameters.geheelGetal("aantal", aantal, 100, 1, 10_000));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een import met zijn rapport")
    public Importlogboek.Logregel importregel(@PathParam("id") String id) throws SQLException {
        return opslag.logboek().importregel(Parameters.geheelGetal("id", id, 0, 1, Integer.MAX_VALUE))
                .orElseThrow(() -> ProblemException.nietGevonden("id", "geen import " + id));
    }
}
