package nl.samenspel.wmo.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.util.List;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.api.verevening.Vereveningsbron;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.module.Monitoringresource;
import nl.samenspel.module.Vereveningsinvoer;
import nl.samenspel.rest.Csvdownload;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;
import nl.samenspel.wmo.internal.inlezen.Importdienst;
import nl.samenspel.wmo.internal.monitoring.Halfjaar;
import nl.samenspel.wmo.internal.monitoring.Monitoring;
import nl.samenspel.wmo.internal.monitoring.Overzichten;
import nl.samenspel.xlsx.Download;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The region's Wmo figures (docs/wmo.md, "Monitoring"). */
@Component(service = WmoMonitoringResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.MONITORING)
@Path("wmo/monitoring")
// every overview is JSON or a download of its sheets (Downloadvraag); the equalization inputs are JSON only
@Produces({MediaType.APPLICATION_JSON, Csvdownload.TYPE, Download.XLSX})
public class WmoMonitoringResource extends Monitoringresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort}. */
    @Reference
    private JaxrsPoort poort;

    private final Monitoring monitoring;
    private final Vereveningsbron bron;

    @Activate
    public WmoMonitoringResource(@Reference Monitoring monitoring, @Reference RegisterService registerService, @Reference Importdienst importdienst,
                                 @Reference(target = "(component.name=nl.samenspel.wmo.internal.verevening.WmoVereveningsbron)") Vereveningsbron bron) {
        super(registerService, importdienst.regio());
        this.monitoring = monitoring;
        this.bron = bron;
    }

    static Halfjaar halfjaar(String periode) {
        return halfjaar("periode", periode);
    }

    static Halfjaar halfjaar(String naam, String periode) {
        if (periode == null || periode.isBlank()) {
            throw ProblemException.ongeldig(naam, "ontbreekt; een halfjaar als 2025-H1 of 2025-H2");
        }
        return Halfjaar.lees(periode).filter(h -> h.jaar() >= 1900 && h.jaar() <= 2100)
                .orElseThrow(() -> ProblemException.ongeldig(naam, "geen halfjaar; schrijf bijvoorbeeld 2025-H1 of 2025-H2"));
    }

    @GET
    @Path("clienten")
    @Operation(summary = "Clienten met een maatwerkvoorziening per gemeente en productcategorie in een halfjaar, per 1.000 inwoners; format=csv of xlsx voor een download")
    public Response clienten(@QueryParam("periode") String periode, @BeanParam Downloadvraag download) throws SQLException {
        Overzichten.Clientenoverzicht o = monitoring.clienten(register(), regio(), halfjaar(periode));
        return download.antwoord(o, Monitoringbladen::clienten, "wmo-clienten-" + o.periode());
    }

    @GET
    @Path("budgetten")
    @Operation(summary = "Per gemeente en voor de regio: budget tegenover toegewezen en gerealiseerd (maatwerk, algemeen, taakgericht); format=csv of xlsx voor een download")
    public Response budgetten(@QueryParam("jaar") String jaar, @BeanParam Downloadvraag download) throws SQLException {
        Overzichten.Budgetoverzicht o = monitoring.budgetten(register(), regio(), Parameters.jaar("jaar", jaar));
        return download.antwoord(o, Monitoringbladen::budgetten, "wmo-budgetten-" + o.jaar());
    }

    @GET
    @Path("plafonds")
    @Operation(summary = "Benutting van de bestedingsruimte per contract; signaal overleg vanaf 70%, stop vanaf 100%; format=csv of xlsx voor een download")
    public Response plafonds(@QueryParam("jaar") String jaar, @BeanParam Downloadvraag download) throws SQLException {
        Overzichten.Plafondoverzicht o = monitoring.plafonds(Parameters.jaar("jaar", jaar));
        return download.antwoord(o, Monitoringbladen::plafonds, "wmo-plafonds-" + o.jaar());
    }

    @GET
    @Path("trajecten")
    @Operation(summary = "Outputgerichte trajecten per product: gestart in het jaar, afgerond, gedeclareerde kosten en gemiddelde per traject; format=csv of xlsx voor een download")
    public Response trajecten(@QueryParam("jaar") String jaar, @BeanParam Downloadvraag download) throws SQLException {
        Overzichten.Trajectoverzicht o = monitoring.trajecten(Parameters.jaar("jaar", jaar));
        return download.antwoord(o, Monitoringbladen::trajecten, "wmo-trajecten-" + o.jaar());
    }

    @GET
    @Path("beweging")
    @Operation(summary = "De beweging naar voren: aandeel algemene voorzieningen in clienten en kosten per gemeente in een halfjaar, met de trend; format=csv of xlsx voor een download")
    public Response beweging(@QueryParam("periode") String periode, @BeanParam Downloadvraag download) throws SQLException {
        Overzichten.Bewegingoverzicht o = monitoring.beweging(register(), regio(), halfjaar(periode));
        return download.antwoord(o, Monitoringbladen::beweging, "wmo-beweging-" + o.periode());
    }

    /** At most ten years a call: each half-year is a read of its own. */
    static final int REEKS_MAXIMUM = 20;

    @GET
    @Path("beweging/reeks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "De beweging naar voren van de regio per halfjaar, van..tot (hoogstens 20 halfjaren): de reeks over de tijd")
    public Overzichten.Bewegingreeks bewegingreeks(@QueryParam("van") String van, @QueryParam("tot") String tot) throws SQLException {
        Halfjaar begin = halfjaar("van", van);
        Halfjaar einde = halfjaar("tot", tot);
        if (begin.aantalTot(einde) == 0) {
            throw ProblemException.ongeldig("tot", "ligt voor van");
        }
        if (begin.aantalTot(einde) > REEKS_MAXIMUM) {
            throw ProblemException.ongeldig("tot", "hoogstens " + REEKS_MAXIMUM + " halfjaren vanaf van");
        }
        return monitoring.bewegingreeks(register(), regio(), begin, einde);
    }

    @GET
    @Path("doorlooptijden")
    @Operation(summary = "Dagen van aanvraag tot toewijzing per gemeente (mediaan, 90e percentiel) en elke toewijzing na meer dan 8 weken; format=csv of xlsx voor een download")
    public Response doorlooptijden(@QueryParam("jaar") String jaar, @BeanParam Downloadvraag download) throws SQLException {
        Overzichten.Doorlooptijden o = monitoring.doorlooptijden(register(), regio(), Parameters.jaar("jaar", jaar));
        return download.antwoord(o, Monitoringbladen::doorlooptijden, "wmo-doorlooptijden-" + o.jaar());
    }

    @GET
    @Path("vereveningsinvoer")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wat deze module aan de verevening geeft: per lid budget, gerealiseerde kosten en sleutels")
    public List<Vereveningsgegevens> vereveningsinvoer(@QueryParam("jaar") String jaar) {
        return Vereveningsinvoer.van(bron, jaar);
    }
}
