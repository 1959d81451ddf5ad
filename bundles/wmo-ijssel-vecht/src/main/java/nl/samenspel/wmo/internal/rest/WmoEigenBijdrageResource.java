package nl.samenspel.wmo.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.rest.Csvdownload;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;
import nl.samenspel.wmo.internal.eigenbijdrage.CakLijst;
import nl.samenspel.wmo.internal.eigenbijdrage.CakLijstCsv;
import nl.samenspel.wmo.internal.eigenbijdrage.CakRegel;
import nl.samenspel.wmo.internal.eigenbijdrage.Eigenbijdragebron;
import nl.samenspel.wmo.internal.eigenbijdrage.Jaaropbrengst;
import nl.samenspel.wmo.internal.eigenbijdrage.Maandopbrengst;
import nl.samenspel.wmo.internal.eigenbijdrage.OngeldigeTarieven;
import nl.samenspel.wmo.internal.eigenbijdrage.OpbrengstCsv;
import nl.samenspel.wmo.internal.eigenbijdrage.Tarieven;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The eigen bijdrage (docs/wmo.md, "Eigen bijdrage"): a gemeente's monthly start/stop list for the
 * CAK, per client pseudonym and so for the gemeente's own staff only; and the revenue per gemeente at
 * the rate, an upper bound, for monitoring. Both as JSON or, with {@code format=csv}, as a download.
 */
@Component(service = WmoEigenBijdrageResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Path("wmo/eigen-bijdrage")
public class WmoEigenBijdrageResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort}. */
    @Reference
    private JaxrsPoort poort;

    private final Eigenbijdragebron bron;
    private final RegisterService registerService;

    @Activate
    public WmoEigenBijdrageResource(@Reference Eigenbijdragebron bron, @Reference RegisterService registerService) {
        this.bron = bron;
        this.registerService = registerService;
    }

    /** A month's revenue: {@code bedrag} null where no rate is configured, never 0 for "unknown". */
    public record Maand(YearMonth maand, long clienten, Long tarief, String per, Long bedrag, String status) {
        static Maand van(Maandopbrengst m) {
            return new Maand(m.maand(), m.clienten(), m.tarief().map(t -> t.bedrag()).orElse(null), m.tarief().map(t -> t.per().code()).orElse(null),
                    m.bedrag().isPresent() ? m.bedrag().getAsLong() : null, m.status().code());
        }
    }

    public record Jaar(String gemeente, int jaar, long clienten, long clientmaanden, Long bedrag, String status, List<Maand> maanden) {
        static Jaar van(Jaaropbrengst j) {
            return new Jaar(j.gemeente(), j.jaar(), j.clienten(), j.clientmaanden(), j.bedrag().isPresent() ? j.bedrag().getAsLong() : null,
                    j.status().code(), j.maanden().stream().map(Maand::van).toList());
        }
    }

    @GET
    @Path("cak-lijst")
    @Toegang(Bevoegdheid.EIGEN_BIJDRAGE)
    @Produces({MediaType.APPLICATION_JSON, Csvdownload.TYPE})
    @Operation(summary = "De start-stoplijst van een gemeente voor het CAK in een maand: per cliëntpseudoniem, start (inning vanaf de maand erna) of stop")
    public Response cakLijst(@QueryParam("gemeente") String gemeente, @QueryParam("maand") String maand, @QueryParam("format") String format)
            throws SQLException {
        String g = gemeente(gemeente);
        YearMonth m = maand(maand);
        List<CakRegel> regels = CakLijst.van(bron.perioden(m.getYear())).regels(g, m);
        return Csvdownload.gevraagd(format) ? Csvdownload.bijlage(CakLijstCsv.alsBestand(regels), "cak-lijst-" + g + "-" + m + ".csv") : Response.ok(regels,
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("opbrengst")
    @Toegang(Bevoegdheid.MONITORING)
    @Produces({MediaType.APPLICATION_JSON, Csvdownload.TYPE})
    @Operation(summary = "De eigen bijdrage per gemeente en maand tegen het abonnementstarief: een bovengrens (inkomen en huishouden zijn hier niet bekend)")
    public Response opbrengst(@QueryParam("jaar") String jaar, @QueryParam("format") String format) throws SQLException {
        int j = Parameters.jaar("jaar", jaar);
        List<Jaaropbrengst> jaren = bron.opbrengsten(j, tarieven());
        return Csvdownload.gevraagd(format) ? Csvdownload.bijlage(OpbrengstCsv.alsBestand(jaren), "eigen-bijdrage-" + j + ".csv")
                : Response.ok(jaren.stream().map(Jaar::van).toList(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Tarieven tarieven() {
        try {
            return bron.tarieven();
        } catch (OngeldigeTarieven e) {
            throw new ProblemException(503, "Tarieven eigen bijdrage ongeldig", "regional-config/" + Tarieven.PAD
                    + " is geweigerd; de vorige versie wordt niet gebruikt", e.fouten().stream()
                    .map(f -> new Problem.InvalidParam(Tarieven.PAD, f.toString())).toList());
        }
    }

    private String gemeente(String gemeente) {
        if (gemeente == null || !Gemeente.isGeldigeCode(gemeente)) {
            throw ProblemException.ongeldig("gemeente", "geen CBS-gemeentecode van 4 cijfers");
        }
        registerService.actueel().orElseThrow(ProblemException::geenRegister).gemeente(gemeente)
                .orElseThrow(() -> ProblemException.nietGevonden("gemeente", "geen gemeente met code " + gemeente));
        return gemeente;
    }

    private static YearMonth maand(String maand) {
        try {
            if (maand != null && maand.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(maand);
            }
        } catch (DateTimeParseException e) {
            // below
        }
        throw ProblemException.ongeldig("maand", "geen maand; schrijf JJJJ-MM, bijvoorbeeld 2025-03");
    }
}
