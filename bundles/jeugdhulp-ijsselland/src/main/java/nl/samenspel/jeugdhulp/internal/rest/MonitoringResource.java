package nl.samenspel.jeugdhulp.internal.rest;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.verevening.Vereveningsbron;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.jeugdhulp.internal.inlezen.Importdienst;
import nl.samenspel.jeugdhulp.internal.monitoring.Monitoring;
import nl.samenspel.jeugdhulp.internal.monitoring.Overzichten;
import nl.samenspel.module.Monitoringresource;
import nl.samenspel.module.Vereveningsinvoer;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The region's youth-care figures for a year (docs/jeugdhulp.md, "Monitoring"). */
@Component(service = MonitoringResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.MONITORING)
@Path("jeugdhulp/monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource extends Monitoringresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private final Monitoring monitoring;
    private final Vereveningsbron bron;

    @Activate
    public MonitoringResource(@Reference Monitoring monitoring, @Reference RegisterService registerService,
                              @Reference Importdienst importdienst, @Reference(target = "(component.name=nl.samenspel.jeugdhulp.internal.verevening.JeugdhulpVereveningsbron)") Vereveningsbron bron) {
        super(registerService, importdienst.regio());
        this.monitoring = monitoring;
        this.bron = bron;
    }

    @GET
    @Path("budgetten")
    @Operation(summary = "Per gemeente en voor de regio: budget tegenover toegewezen en gerealiseerd, regionaal en lokaal, en het aantal clienten")
    public Overzichten.Budgetoverzicht budgetten(@QueryParam("jaar") String jaar) throws SQLException {
        return monitoring.budgetten(register(), regio(), Parameters.jaar("jaar", jaar));
    }

    @GET
    @Path("plafonds")
    @Operation(summary = "Benutting van het budgetplafond per contract; status waarschuwing vanaf 90%, overschreden vanaf 100%")
    public Overzichten.Plafondoverzicht plafonds(@QueryParam("jaar") String jaar) throws SQLException {
        return monitoring.plafonds(Parameters.jaar("jaar", jaar));
    }

    @GET
    @Path("wachttijden")
    @Operation(summary = "Dagen van aanmelding tot start zorg per productcategorie: mediaan en 90e percentiel (nearest rank)")
    public Overzichten.Wachttijden wachttijden(@QueryParam("jaar") String jaar, @QueryParam("gemeente") String gemeente) throws SQLException {
        int j = Parameters.jaar("jaar", jaar);
        if (gemeente != null) {
            if (!Gemeente.isGeldigeCode(gemeente)) {
                throw ProblemException.ongeldig("gemeente", "geen CBS-gemeentecode van 4 cijfers");
            }
            register().gemeente(gemeente).orElseThrow(() -> ProblemException.nietGevonden("gemeente", "geen gemeente met code " + gemeente));
        }
        return monitoring.wachttijden(j, gemeente);
    }

    @GET
    @Path("verwijzers")
    @Operation(summary = "Verwijzingen per gemeente naar verwijzer, met het aandeel huisarts")
    public Overzichten.Verwijzers verwijzers(@QueryParam("jaar") String jaar) throws SQLException {
        return monitoring.verwijzers(register(), Parameters.jaar("jaar", jaar));
    }

    @GET
    @Path("signaleringen")
    @Operation(summary = "Toewijzingen die op de peildatum lopen terwijl hun gemeente geen lid van de regio meer is (na-uittreding)")
    public List<Overzichten.Signalering> signaleringen(@QueryParam("peildatum") String peildatum) throws SQLException {
        return monitoring.signaleringen(register(), regio(), Parameters.datum("peildatum", peildatum));
    }

    @GET
    @Path("vereveningsinvoer")
    @Operation(summary = "Wat deze module aan de verevening geeft: per lid budget (regionaal deel), kosten (regionale producten) en sleutels")
    public List<Vereveningsgegevens> vereveningsinvoer(@QueryParam("jaar") String jaar) {
        return Vereveningsinvoer.van(bron, jaar);
    }
}
