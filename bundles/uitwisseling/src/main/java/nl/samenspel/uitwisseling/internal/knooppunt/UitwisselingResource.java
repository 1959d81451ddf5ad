package nl.samenspel.uitwisseling.internal.knooppunt;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The node's exchange at a glance: what waits, what went, what the hub refused and why. */
// node side only: without the node's configuration (the hub) the component is a role not played, not one waiting for a service
@Component(service = UitwisselingResource.class, configurationPid = "nl.samenspel.node", configurationPolicy = ConfigurationPolicy.REQUIRE)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.UITWISSELING_VOLGEN)
@Path("uitwisseling")
@Produces(MediaType.APPLICATION_JSON)
public class UitwisselingResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private static final List<String> STATUSSEN = List.of("open", "verzonden", "mislukt");

    /**
     * The state now ({@code toestand}: ok, verzendt, traag, faalt, opslag; since when and why), apart from
     * the history ({@code geschiedenis}: the last error any batch met, which may be long past). Counts are
     * records, not batches, unless the name says batches.
     */
    public record Status(String gemeente, String hub, String toestand, Instant sinds, String reden, Instant volgendePoging,
                         long wachtend, long verzonden, long mislukt, long batchesVerzonden, long batchesMislukt,
                         Geschiedenis geschiedenis, String inbox, List<String> mappen, String afrekeningenFout, Inbox inboxstand,
                         List<Stamgegevensophaler.Stand> stamgegevens) {
    }

    /** The last error a batch met and when: history, not the state now (a 422 of last week stays here after all has gone). */
    public record Geschiedenis(String laatsteFout, Instant laatsteFoutOp) {
    }

    /**
     * The inbox after failures: whether it waits (a passing cause such as no register or no
     * database, with how many failures in a row), files waiting after a failure of their own, files
     * put aside since the start, and the last failure.
     */
    public record Inbox(boolean wacht, Instant wachtTot, int mislukkingenOpRij, long bestandenMetFouten, long apartGezet,
                        String laatsteFout, Instant laatsteFoutOp) {
    }

    private final KnooppuntUitwisseling uitwisseling;

    @Activate
    public UitwisselingResource(@Reference KnooppuntUitwisseling uitwisseling) {
        this.uitwisseling = uitwisseling;
    }

    @GET
    @Path("status")
    @Operation(summary = "Stand van de uitwisseling: de toestand nu (ok, verzendt, traag, faalt, opslag; sinds wanneer en waarom),"
            + " wachtende, verzonden en mislukte records, als geschiedenis de laatste fout, en per module de stamgegevens van de hub"
            + " waartegen bestanden worden gecontroleerd (opgehaald, laatste fout)")
    public Status status() throws SQLException {
        return status(uitwisseling);
    }

    static Status status(KnooppuntUitwisseling u) throws SQLException {
        Verzender.Stand nu = u.verzender().stand();
        Uitgaandeopslag.Stand stand = u.opslag().stand();
        return new Status(u.gemeente(), u.hubUrl().toString(), nu.toestand().naam(), nu.sinds(), nu.reden(), nu.volgendePoging(),
                stand.wachtend(), stand.verzonden(), stand.mislukt(), stand.batchesVerzonden(), stand.batchesMislukt(),
                new Geschiedenis(stand.laatsteFout(), stand.laatstePoging()), u.inbox().toAbsolutePath().toString(), u.mappen(),
                u.ophaler().laatsteFout(), inbox(u.inboxstand()), u.stamgegevens().standen());
    }

    private static Inbox inbox(Inboxbewaking.Stand s) {
        return new Inbox(s.wacht(), s.wachtTot(), s.tijdelijkOpRij(), s.bestandenMetFouten(), s.apartGezet(), s.laatsteFout(), s.laatsteFoutOp());
    }

    @GET
    @Path("batches")
    @Operation(summary = "De laatste batches, nieuwste eerst; status open, verzonden of mislukt (met de reden van de hub)")
    public List<Uitgaandeopslag.Batchregel> batches(@QueryParam("status") String status,
                                                    @Parameter(description = "standaard 50, hooguit 1000") @QueryParam("aantal") String aantal)
            throws SQLException {
        if (status != null && !STATUSSEN.contains(status)) {
            throw ProblemException.ongeldig("status", "geen status; bekend: " + String.join(", ", STATUSSEN));
        }
        return uitwisseling.opslag().batches(status, Parameters.geheelGetal("aantal", aantal, 50, 1, 1000));
    }
}
