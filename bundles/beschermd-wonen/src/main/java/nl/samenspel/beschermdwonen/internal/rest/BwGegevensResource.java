package nl.samenspel.beschermdwonen.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.beschermdwonen.internal.opslag.Bwlijsten;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.Pagina;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.ProblemException;
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

    private static final String FILTERS = "Filters: gemeente (CBS-code), jaar of van/tot (datums, beide inclusief); pagina (vanaf 1) en aantal"
            + " (standaard 100, hooguit 1000); _links wijzen naar de andere pagina's met dezelfde filters.";

    private final Bwlijsten lijsten;

    @Activate
    public BwGegevensResource(@Reference BwOpslag opslag) {
        this.lijsten = opslag.lijsten();
    }

    @GET
    @Path("plaatsingen")
    @Operation(summary = "De opgeslagen plaatsingen (zonder cliënt), per herkomstgemeente en nummer; die in het jaar of de periode lopen",
            description = FILTERS)
    public Pagina<Bwlijsten.Plaatsingregel> plaatsingen(@QueryParam("gemeente") String gemeente, @QueryParam("jaar") String jaar,
                                                        @QueryParam("van") String van, @QueryParam("tot") String tot,
                                                        @QueryParam("pagina") String pagina, @QueryParam("aantal") String aantal,
                                                        @Context UriInfo uri) throws SQLException {
        Pagina.Vraag vraag = Pagina.Vraag.van(pagina, aantal);
        Bwlijsten.Deel<Bwlijsten.Plaatsingregel> deel = lijsten.plaatsingen(filter(gemeente, jaar, van, tot), vraag.offset(), vraag.aantal());
        return Pagina.van(vraag, deel.totaal(), deel.items(), uri);
    }

    @GET
    @Path("aanmeldingen")
    @Operation(summary = "De opgeslagen aanmeldingen (zonder cliënt) met de plaatsing die ze sloot; die gedateerd zijn in het jaar of de periode",
            description = FILTERS)
    public Pagina<Bwlijsten.Aanmeldingregel> aanmeldingen(@QueryParam("gemeente") String gemeente, @QueryParam("jaar") String jaar,
                                                          @QueryParam("van") String van, @QueryParam("tot") String tot,
                                                          @QueryParam("pagina") String pagina, @QueryParam("aantal") String aantal,
                                                          @Context UriInfo uri) throws SQLException {
        Pagina.Vraag vraag = Pagina.Vraag.van(pagina, aantal);
        Bwlijsten.Deel<Bwlijsten.Aanmeldingregel> deel = lijsten.aanmeldingen(filter(gemeente, jaar, van, tot), vraag.offset(), vraag.aantal());
        return Pagina.van(vraag, deel.totaal(), deel.items(), uri);
    }

    @GET
    @Path("voorzieningen")
    @Operation(summary = "De voorzieningen met al hun capaciteitsperioden; gemeente is de vestigingsgemeente, jaar of periode: met een"
            + " capaciteitsperiode daarin", description = FILTERS)
    public Pagina<Bwlijsten.Voorzieningregel> voorzieningen(@QueryParam("gemeente") String gemeente, @QueryParam("jaar") String jaar,
                                                            @QueryParam("van") String van, @QueryParam("tot") String tot,
                                                            @QueryParam("pagina") String pagina, @QueryParam("aantal") String aantal,
                                                            @Context UriInfo uri) throws SQLException {
        Pagina.Vraag vraag = Pagina.Vraag.van(pagina, aantal);
        Bwlijsten.Deel<Bwlijsten.Voorzieningregel> deel = lijsten.voorzieningen(filter(gemeente, jaar, van, tot), vraag.offset(), vraag.aantal());
        return Pagina.van(vraag, deel.totaal(), deel.items(), uri);
    }

    static Bwlijsten.Filter filter(String gemeente, String jaar, String van, String tot) {
        if (gemeente != null && !gemeente.matches("\\d{4}")) {
            throw ProblemException.ongeldig("gemeente", "een CBS-gemeentecode van 4 cijfers");
        }
        if (jaar != null) {
            if (van != null || tot != null) {
                throw ProblemException.ongeldig("jaar", "geef jaar of van/tot, niet beide");
            }
            int j = Parameters.jaar("jaar", jaar);
            return new Bwlijsten.Filter(gemeente, LocalDate.of(j, 1, 1), LocalDate.of(j, 12, 31));
        }
        LocalDate v = van == null ? null : Parameters.datum("van", van);
        LocalDate t = tot == null ? null : Parameters.datum("tot", tot);
        if (v != null && t != null && t.isBefore(v)) {
            throw ProblemException.ongeldig("tot", "ligt voor van");
        }
        return new Bwlijsten.Filter(gemeente, v, t);
    }
}
