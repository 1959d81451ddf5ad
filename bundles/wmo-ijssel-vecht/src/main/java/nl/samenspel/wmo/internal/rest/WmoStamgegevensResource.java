package nl.samenspel.wmo.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.module.tarief.Kortingsplan;
import nl.samenspel.module.tarief.Kortingstabel;
import nl.samenspel.module.tarief.Kortingsverzoek;
import nl.samenspel.module.tarief.Tariefkortingresource;
import nl.samenspel.module.Gegevenslijst;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.SamenspelApi;
import nl.samenspel.wmo.internal.controle.Hubstamgegevens;
import nl.samenspel.wmo.internal.domein.Stamgegevens;
import nl.samenspel.wmo.internal.inlezen.Importdienst;
import nl.samenspel.wmo.internal.opslag.Tariefkortingen;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The Wmo master data as stored (docs/wmo.md): providers, products with their dated periods, tariffs, contracts, budgets and tariff cuts. */
@Component(service = WmoStamgegevensResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.STAMGEGEVENS_LEZEN)
@Path("wmo")
@Produces(MediaType.APPLICATION_JSON)
public class WmoStamgegevensResource extends Tariefkortingresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort}. */
    @Reference
    private JaxrsPoort poort;

    private final WmoOpslag opslag;
    private final Importdienst importdienst;
    private final Tariefkortingen kortingen;

    @Activate
    public WmoStamgegevensResource(@Reference WmoOpslag opslag, @Reference Importdienst importdienst) {
        this.opslag = opslag;
        this.importdienst = importdienst;
        this.kortingen = new Tariefkortingen(opslag);
    }

    @GET
    @Path("aanbieders")
    @Operation(summary = "Aanbieders (AGB)")
    public List<Stamgegevens.Aanbieder> aanbieders() throws SQLException {
        return opslag.aanbieders();
    }

    @GET
    @Path("producten")
    @Operation(summary = "Producten met hun perioden: eenheid, uitvoeringsvariant, voorziening (maatwerk of algemeen) en kortingsgroep")
    public List<Hubstamgegevens.Productperiode> producten() throws SQLException {
        return importdienst.stamgegevens().productperioden();
    }

    @GET
    @Path("tarieven")
    @Operation(summary = "Tarieven met hun geschiedenis, per product")
    public List<Stamgegevens.Tarief> tarieven() throws SQLException {
        return opslag.tarieven().values().stream().flatMap(List::stream).toList();
    }

    @GET
    @Path("contracten")
    @Operation(summary = "Contracten: bestedingsruimte per contract, categorie of product, of een taakgerichte som; filter op jaar")
    public List<Stamgegevens.Contract> contracten(@QueryParam("jaar") String jaar) throws SQLException {
        return Gegevenslijst.inJaar(opslag.contracten(), Stamgegevens.Contract::jaar, jaar);
    }

    @GET
    @Path("budgetten")
    @Operation(summary = "Wmo-budgetten per gemeente per jaar; filter op jaar")
    public List<Stamgegevens.Budget> budgetten(@QueryParam("jaar") String jaar) throws SQLException {
        return Gegevenslijst.inJaar(opslag.budgetten(), Stamgegevens.Budget::jaar, jaar);
    }

    @Override
    protected List<Kortingstabel.Korting> kortingen() throws SQLException {
        return kortingen.kortingen();
    }

    @Override
    protected Kortingsplan.Plan pasToe(Kortingsverzoek verzoek) throws SQLException {
        return kortingen.pasToe(verzoek.jaar(), verzoek.groep(), verzoek.percentage(), importdienst.definitief());
    }
}
