package nl.samenspel.verevening.internal.rest;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.security.Principal;
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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import nl.samenspel.api.register.Gemeente;
import javax.ws.rs.core.UriInfo;
import nl.samenspel.rest.Csvdownload;
import nl.samenspel.rest.Pagina;
import nl.samenspel.rest.Parameters;
import nl.samenspel.store.Lijstvraag;
import nl.samenspel.verevening.internal.run.Runregel;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;
import nl.samenspel.verevening.engine.VereveningsFout;
import nl.samenspel.verevening.internal.run.AlDefinitief;
import nl.samenspel.verevening.internal.run.Afrekening;
import nl.samenspel.verevening.internal.run.Run;
import nl.samenspel.verevening.internal.run.Vaststelling;
import nl.samenspel.verevening.internal.run.Vereveningsdienst;
import nl.samenspel.verevening.internal.run.Vergelijking;
import nl.samenspel.verevening.internal.run.VierOgen;
import nl.samenspel.xlsx.Download;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Equalization runs, members' statements and scenario comparisons. */
@Component(service = VereveningenResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.VEREVENING_LEZEN)
@Path("vereveningen")
public class VereveningenResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private static final String DOWNLOAD = "JSON standaard; csv of xlsx met format=csv|xlsx of de Accept-header";

    private final Vereveningsdienst dienst;

    @Activate
    public VereveningenResource(@Reference Vereveningsdienst dienst) {
        this.dienst = dienst;
    }

    @Toegang(Bevoegdheid.VEREVENING_REKENEN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reken een verevening en bewaar de run",
            description = "Body: {regio, jaar, model | modelbestand: true, leden: [{gemeente, budget, kosten, sleutels}]}; bedragen in eurocent."
                    + " Zonder leden komt de invoer uit de module van de regio (jeugdhulp: GET /jeugdhulp/monitoring/vereveningsinvoer)."
                    + " Kerncijfers (inwoners, jeugdigen, ...) komen uit het register voor het jaar.",
            responses = @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Run.class))))
    public Response bereken(JsonNode body, @Context SecurityContext securityContext) throws SQLException {
        String actor = actor(securityContext);
        Run run = geldig(() -> dienst.bereken(VerzoekLezer.run(body), actor));
        return Response.created(URI.create(SamenspelApi.BASE_PATH + "/vereveningen/" + run.id())).entity(run)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "De opgeslagen runs, nieuwste eerst, met wie ze maakte en of ze definitief zijn; per regio en jaar, gepagineerd",
            description = "regio en jaar filteren (een onbekende regio is 400); pagina (vanaf 1) en aantal (standaard 100, hoogstens 1000);"
                    + " _links naar de andere pagina's")
    public Pagina<Runregel> runs(@QueryParam("regio") String regio, @QueryParam("jaar") String jaar, @QueryParam("pagina") String pagina,
                                 @QueryParam("aantal") String aantal, @Context UriInfo uri) throws SQLException {
        Pagina.Vraag vraag = Pagina.Vraag.van(pagina, aantal);
        Integer inJaar = jaar == null || jaar.isBlank() ? null : Parameters.jaar("jaar", jaar);
        String vanRegio = regio == null || regio.isBlank() ? null : regio.strip();
        Lijstvraag.Deel<Runregel> deel = geldig(() -> dienst.runs(vanRegio, inJaar, vraag.offset(), vraag.aantal()));
        return Pagina.van(vraag, deel.totaal(), deel.items(), uri);
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, Csvdownload.TYPE, Download.XLSX})
    @Operation(summary = "Een run: model, invoer en uitkomst per lid. " + DOWNLOAD,
            responses = @ApiResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Run.class)), @Content(mediaType = Csvdownload.TYPE),
                    @Content(mediaType = Download.XLSX)}))
    public Response run(@PathParam("id") String id, @Parameter(description = "json, csv of xlsx") @QueryParam("format") String format,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept) throws SQLException {
        Download.Formaat formaat = Download.formaat(format, accept);
        Run run = dienst.run(id(id)).orElseThrow(() -> ProblemException.nietGevonden("id", "geen run " + id));
        return Download.antwoord(formaat, run, () -> Tabel.bladen(Tabel.van(run)),
                "verevening-" + run.regio() + "-" + run.jaar() + "-run-" + run.id());
    }

    @GET
    @Path("{id}/gemeenten/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "De afrekening van een lid, met de afleiding stap voor stap")
    public Afrekening afrekening(@PathParam("id") String id, @PathParam("code") String code) throws SQLException {
        if (!Gemeente.isGeldigeCode(code)) {
            throw ProblemException.ongeldig("code", "geen CBS-gemeentecode van 4 cijfers");
        }
        long runId = id(id);
        if (dienst.run(runId).isEmpty()) {
            throw ProblemException.nietGevonden("id", "geen run " + id);
        }
        return dienst.afrekening(runId, code).orElseThrow(() -> ProblemException.nietGevonden("code", "gemeente " + code + " is geen lid in run " + id));
    }

    @Toegang(Bevoegdheid.VEREVENING_DEFINITIEF)
    @POST
    @Path("{id}/definitief")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Maak een run definitief: de afrekeningen worden wat de leden verrekenen, en de knooppunten halen ze op",
            description = "Eén definitieve run per regio en jaar; dezelfde run nogmaals definitief maken verandert niets,"
                    + " een andere run van die regio en dat jaar definitief maken geeft 409."
                    + " Vier ogen: wie de run heeft gemaakt, mag hem niet zelf definitief maken (403); een tweede controleur moet dat doen."
                    + " Een run van vóór het vastleggen van de maker mag iedereen met de rol definitief maken.")
    public Vaststelling maakDefinitief(@PathParam("id") String id, @Context SecurityContext securityContext) throws SQLException {
        String actor = actor(securityContext);
        try {
            return geldig(() -> dienst.maakDefinitief(id(id), actor)).orElseThrow(() -> ProblemException.nietGevonden("id", "geen run " + id));
        } catch (VierOgen.Geweigerd e) {
            throw new ProblemException(403, "Vier ogen", e.getMessage(), List.of());
        } catch (AlDefinitief e) {
            // not a bad request: the request is fine, the region's settlement for the year is already fixed
            throw new ProblemException(409, "Al definitief", e.getMessage(), List.of(new Problem.InvalidParam("id", e.getMessage())));
        }
    }

    @GET
    @Path("{id}/definitief")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Of en sinds wanneer een run definitief is (404: niet definitief)")
    public Vaststelling definitief(@PathParam("id") String id) throws SQLException {
        return dienst.definitief(id(id)).orElseThrow(() -> ProblemException.nietGevonden("id", "run " + id + " is niet definitief"));
    }

    @GET
    @Path("{id}/herberekening")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reken de run opnieuw uit het bewaarde model en de bewaarde invoer; gelijk = true als de uitkomst precies gelijk is")
    public Vereveningsdienst.Herberekening herberekening(@PathParam("id") String id) throws SQLException {
        return dienst.herbereken(id(id)).orElseThrow(() -> ProblemException.nietGevonden("id", "geen run " + id));
    }

    @Toegang(Bevoegdheid.VEREVENING_REKENEN)
    @POST
    @Path("vergelijkingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dezelfde invoer onder twee of meer modellen, naast elkaar per lid; elk model wordt een bewaarde run",
            description = "Body: {regio, jaar, modellen: [{...}, {\"modelbestand\": true}], leden: [...]}",
            responses = @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Vergelijking.class))))
    public Response vergelijk(JsonNode body, @Context SecurityContext securityContext) throws SQLException {
        String actor = actor(securityContext);
        Vergelijking v = geldig(() -> dienst.vergelijk(VerzoekLezer.vergelijking(body), actor));
        return Response.created(URI.create(SamenspelApi.BASE_PATH + "/vereveningen/vergelijkingen/" + v.id())).entity(v)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("vergelijkingen/{id}")
    @Produces({MediaType.APPLICATION_JSON, Csvdownload.TYPE, Download.XLSX})
    @Operation(summary = "Een vergelijking. " + DOWNLOAD,
            responses = @ApiResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Vergelijking.class)), @Content(mediaType = Csvdownload.TYPE),
                    @Content(mediaType = Download.XLSX)}))
    public Response vergelijking(@PathParam("id") String id, @QueryParam("format") String format,
                                 @HeaderParam(HttpHeaders.ACCEPT) String accept) throws SQLException {
        Download.Formaat formaat = Download.formaat(format, accept);
        Vergelijking v = dienst.vergelijking(id(id)).orElseThrow(() -> ProblemException.nietGevonden("id", "geen vergelijking " + id));
        return Download.antwoord(formaat, v, () -> Tabel.bladen(Tabel.van(v)), "vergelijking-" + v.regio() + "-" + v.jaar() + "-" + v.id());
    }

    private interface Actie<T> {
        T uitvoeren() throws SQLException;
    }

    /** Refusals of the run (bad fields, invalid model file) become a 400 naming every field. */
    private static <T> T geldig(Actie<T> actie) throws SQLException {
        try {
            return actie.uitvoeren();
        } catch (VereveningsFout e) {
            throw ProblemException.ongeldig(e.fouten().stream().map(f -> new Problem.InvalidParam(f.veld(), f.melding())).toList());
        }
    }

    /**
     * The authenticated user, who becomes a run's creator or the one who made it final. The access
     * filter lets no request through without one; should one arrive anyway, it is refused rather
     * than stored nameless, since a nameless run escapes the four-eyes rule.
     */
    private static String actor(SecurityContext securityContext) {
        Principal principal = securityContext == null ? null : securityContext.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            throw new ProblemException(401, "Aanmelden vereist", "deze bewerking vraagt een aanmelding", List.of());
        }
        return principal.getName();
    }

    private static long id(String tekst) {
        try {
            long id = Long.parseLong(tekst);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.ongeldig("id", "geen run-nummer");
    }
}
