package nl.samenspel.module;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Begrensd;
import nl.samenspel.invoer.GeenRegister;
import nl.samenspel.invoer.Importlogboek;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Invoermodule;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;

/**
 * A module's files over REST, the same in every module: {@code POST {soort}} reads a file whole
 * (201) or refuses it whole (422 with every error), within the upload bound (413 before a byte is
 * read past it); {@code GET} lists the import log, {@code GET {id}} one import with its report.
 * A module subclasses it as a DS component with its {@code @Path} ({@code <module>/imports}), its
 * access right and the JAX-RS whiteboard properties; the methods and their annotations are inherited.
 */
public abstract class Importresource {

    private final Invoermodule module;
    private final Importlogboek logboek;
    private final Invoerlimieten limieten;

    protected Importresource(Invoermodule module, Importlogboek logboek, Invoerlimieten limieten) {
        this.module = module;
        this.logboek = logboek;
        this.limieten = limieten;
    }

    /** The subclass's path, for the import's address in answers. */
    private String pad() {
        Path pad = getClass().getAnnotation(Path.class);
        return SamenspelApi.BASE_PATH + "/" + (pad == null ? module.naam() + "/imports" : pad.value());
    }

    @POST
    @Path("{soort}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lees een bestand in, helemaal of helemaal niet",
            description = "Het bestand is de body; de soorten en hun vormen staan in de documentatie van de module. Geweigerd: 422 met"
                    + " elke fout in invalidParams; het rapport staat in het importlogboek; een knooppunt bewaart het bestand voor correctie.",
            responses = {@ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Importresultaat.class))),
                    @ApiResponse(responseCode = "422", description = "geweigerd, niets opgeslagen")})
    public Response importeer(@PathParam("soort") String soort,
                              @Parameter(description = "bestandsnaam, voor het logboek en de bewaarde kopie") @QueryParam("bestand") String bestand,
                              @HeaderParam("Content-Length") String lengte, InputStream body) throws SQLException, IOException {
        if (!module.soorten().contains(soort)) {
            throw ProblemException.nietGevonden("soort", "onbekende soort '" + soort + "'; bekend: " + String.join(", ", module.soorten()));
        }
        // read with the bound: an announced length over it is refused before a byte is read (413)
        byte[] inhoud = Begrensd.lees(body, lengte, limieten);
        if (inhoud.length == 0) {
            throw ProblemException.ongeldig("body", "leeg; stuur het bestand als body");
        }
        Importresultaat r;
        try {
            r = module.importeerEigen(soort, bestand == null ? soort : bestand, inhoud);
        } catch (GeenRegister e) {
            throw ProblemException.geenRegister();
        }
        URI adres = URI.create(pad() + "/" + r.importId());
        if (!r.geaccepteerd()) {
            throw new ProblemException(422, "Bestand geweigerd", "import " + r.importId() + ": het hele bestand is geweigerd, "
                    + r.fouten().size() + " fout(en); er is niets opgeslagen. Het rapport staat in het importlogboek; zie GET " + adres,
                    r.fouten().stream().map(f -> new Problem.InvalidParam(f.plaats() + (f.veld().isEmpty() ? "" : ", " + f.veld()),
                            f.melding())).toList());
        }
        return Response.created(adres).entity(r).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Het importlogboek, nieuwste eerst")
    public List<Importlogboek.Logregel> imports(@QueryParam("aantal") String aantal) throws SQLException {
        return logboek.imports(Parameters.geheelGetal("aantal", aantal, 100, 1, 10_000));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een import met zijn rapport")
    public Importlogboek.Logregel importregel(@PathParam("id") String id) throws SQLException {
        return logboek.importregel(Parameters.geheelGetal("id", id, 0, 1, Integer.MAX_VALUE))
                .orElseThrow(() -> ProblemException.nietGevonden("id", "geen import " + id));
    }
}
