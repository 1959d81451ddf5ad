package nl.samenspel.beschermdwonen.internal.rest;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.beschermdwonen.internal.budget.Budgetbestanden;
import nl.samenspel.beschermdwonen.internal.budget.Budgetten;
import nl.samenspel.beschermdwonen.internal.budget.Budgetverdeling;
import nl.samenspel.beschermdwonen.internal.inlezen.Importdienst;
import nl.samenspel.beschermdwonen.internal.monitoring.Monitoring;
import nl.samenspel.beschermdwonen.internal.monitoring.Overzichten;
import nl.samenspel.beschermdwonen.internal.verevening.BwVereveningsbron;
import nl.samenspel.module.Monitoringresource;
import nl.samenspel.module.Vereveningsinvoer;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The centrumgemeente's figures (docs/beschermd-wonen.md, "Monitoring"). */
@Component(service = BwMonitoringResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.MONITORING)
@Path("beschermd-wonen")
@Produces(MediaType.APPLICATION_JSON)
public class BwMonitoringResource extends Monitoringresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private final Monitoring monitoring;

    @Activate
    public BwMonitoringResource(@Reference Monitoring monitoring, @Reference RegisterService registerService, @Reference Importdienst importdienst) {
        super(registerService, importdienst.regio());
        this.monitoring = monitoring;
    }

    @GET
    @Path("budgetten")
    @Operation(summary = "Het regionale budget van een jaar en de lokale budgetten volgens de verdeling")
    public Map<String, Object> budgetten(@QueryParam("jaar") String jaar) {
        int j = Parameters.jaar("jaar", jaar);
        Register register = register();
        Budgetbestanden.Gelezen gelezen = Budgetten.lees(registerService(), regio(), j);
        Budgetverdeling.Uitkomst lokaal = Budgetten.lokaal(registerService(), register, regio(), j);
        if (!lokaal.fouten().isEmpty()) {
            throw new ProblemException(gelezen.budget().isEmpty() && gelezen.fouten().isEmpty() ? 404 : 422, "Geen budget",
                    String.join("; ", lokaal.fouten()), lokaal.fouten().stream().map(f -> new Problem.InvalidParam("jaar", f)).toList());
        }
        var b = gelezen.budget().get();
        return Map.of("jaar", j, "rijksbudget", b.rijksbudget(), "behoudenBw", b.behoudenBw(), "behoudenMo", b.behoudenMo(),
                "verdeelbaar", b.verdeelbaar(), "lokaal", lokaal.lokaal());
    }

    @GET
    @Path("monitoring/bezetting")
    @Operation(summary = "Bezetting per voorziening en per vestigingsgemeente op een peildatum")
    public Overzichten.Bezetting bezetting(@QueryParam("peildatum") String peildatum) throws SQLException {
        return monitoring.bezetting(register(), Parameters.datum("peildatum", peildatum));
    }

    @GET
    @Path("monitoring/spreiding")
    @Operation(summary = "Spreiding in een jaar: per herkomstgemeente eigen gemeente of elders (en waar), per vestigingsgemeente van elders")
    public Overzichten.Spreiding spreiding(@QueryParam("jaar") String jaar) throws SQLException {
        return monitoring.spreiding(register(), Parameters.jaar("jaar", jaar));
    }

    @GET
    @Path("monitoring/uitstroom")
    @Operation(summary = "Beëindigde plaatsingen in een jaar per reden, met het aandeel uitstroom naar zelfstandig wonen")
    public Overzichten.Uitstroom uitstroom(@QueryParam("jaar") String jaar) throws SQLException {
        return monitoring.uitstroom(Parameters.jaar("jaar", jaar));
    }

    @GET
    @Path("monitoring/kosten")
    @Operation(summary = "Kosten per herkomstgemeente tegenover het lokale budget, en het regionale resultaat (budget min kosten)")
    public Overzichten.Kosten kosten(@QueryParam("jaar") String jaar) throws SQLException {
        int j = Parameters.jaar("jaar", jaar);
        Budgetbestanden.Gelezen gelezen = Budgetten.lees(registerService(), regio(), j);
        return monitoring.kosten(register(), regio(), j, gelezen.budget(), gelezen.fouten());
    }

    @GET
    @Path("monitoring/signaleringen")
    @Operation(summary = "Volledig pakket thuis bij of over zes maanden, verlopen overgangsrecht, overboekingen, en plaatsingen van een"
            + " herkomstgemeente die geen lid meer is (na-uittreding) op een peildatum")
    public List<Overzichten.Signalering> signaleringen(@QueryParam("peildatum") String peildatum) throws SQLException {
        return monitoring.signaleringen(register(), regio(), Parameters.datum("peildatum", peildatum));
    }

    @GET
    @Path("monitoring/vereveningsinvoer")
    @Operation(summary = "Wat deze module aan de verevening geeft: per lid van het jaar het lokale budget (B) en de kosten op de dagen"
            + " dat het lid is (K); de som van B − K is het regionale resultaat van monitoring/kosten")
    public List<Vereveningsgegevens> vereveningsinvoer(@QueryParam("jaar") String jaar) {
        return Vereveningsinvoer.van(new BwVereveningsbron(monitoring, registerService(), regio()), jaar);
    }

    @GET
    @Path("monitoring/wachtlijst")
    @Operation(summary = "Aanmeldingen van een jaar: geplaatst of open, en de wachttijd tot plaatsing (mediaan, 90e percentiel)")
    public Overzichten.Wachtlijst wachtlijst(@QueryParam("jaar") String jaar) throws SQLException {
        return monitoring.wachtlijst(Parameters.jaar("jaar", jaar));
    }
}
