package nl.samenspel.jeugdhulp.internal.rest;

import nl.samenspel.rest.JaxrsPoort;
import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * What arrived: one gemeente's allocations in a year, as stored, so that an operator can check a
 * node's delivery against the node's own list. No client pseudonym: the check needs the numbers.
 */
@Component(service = ToewijzingenResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.INVOER)
@Path("jeugdhulp/toewijzingen")
@Produces(MediaType.APPLICATION_JSON)
public class ToewijzingenResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    /** One allocation as stored, without its client. */
    public record Toewijzing(String gemeente, long toewijzingnummer, String agb, String categorie, String productcode, LocalDate ingangsdatum,
                             LocalDate einddatum, LocalDate startZorg, LocalDate stopZorg) {
    }

    /** The list, and how many there are in all when it was cut at {@code aantal}. */
    public record Lijst(String gemeente, int jaar, int totaal, List<Toewijzing> toewijzingen) {
    }

    private final JeugdhulpOpslag opslag;

    @Activate
    public ToewijzingenResource(@Reference JeugdhulpOpslag opslag) {
        this.opslag = opslag;
    }

    @GET
    @Operation(summary = "De toewijzingen van een gemeente die in een jaar gelden, zoals opgeslagen (zonder client)",
            description = "Om na te gaan wat een knooppunt heeft geleverd; hooguit 'aantal' (standaard 1000, hooguit 10000), 'totaal' telt alle.")
    public Lijst toewijzingen(@QueryParam("gemeente") String gemeente, @QueryParam("jaar") String jaar, @QueryParam("aantal") String aantal)
            throws SQLException {
        if (gemeente == null || !gemeente.matches("\\d{4}")) {
            throw ProblemException.ongeldig("gemeente", "verplicht: een CBS-gemeentecode van 4 cijfers");
        }
        int j = Parameters.jaar("jaar", jaar);
        int max = Parameters.geheelGetal("aantal", aantal, 1000, 1, 10_000);
        List<JeugdhulpOpslag.Opgeslagen> alle = opslag.toewijzingenInJaar(j, gemeente);
        return new Lijst(gemeente, j, alle.size(), alle.stream().limit(max).map(o -> new Toewijzing(o.toewijzing().gemeente(),
                o.toewijzing().nummer(), o.toewijzing().agb(), o.toewijzing().categorie(), o.toewijzing().code(), o.toewijzing().ingang(),
                o.toewijzing().einde(), o.startZorg(), o.stopZorg())).toList());
    }
}
