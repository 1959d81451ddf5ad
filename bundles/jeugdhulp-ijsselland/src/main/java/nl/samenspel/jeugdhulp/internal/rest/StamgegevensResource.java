package nl.samenspel.jeugdhulp.internal.rest;

import nl.samenspel.module.Gegevenslijst;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import nl.samenspel.jeugdhulp.internal.opslag.Tariefkortingen;
import nl.samenspel.module.tarief.Kortingsplan;
import nl.samenspel.module.tarief.Kortingsverzoek;
import nl.samenspel.module.tarief.Tariefkortingresource;
import nl.samenspel.jeugdhulp.internal.inlezen.Importdienst;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** What the region has contracted: providers, products, tariffs with their history and cuts, contracts, budgets. */
@Component(service = StamgegevensResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.STAMGEGEVENS_LEZEN)
@Path("jeugdhulp")
@Produces(MediaType.APPLICATION_JSON)
public class StamgegevensResource extends Tariefkortingresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private final JeugdhulpOpslag opslag;
    private final Tariefkortingen kortingen;
    private final Importdienst importdienst;

    @Activate
    public StamgegevensResource(@Reference JeugdhulpOpslag opslag, @Reference Tariefkortingen kortingen, @Reference Importdienst importdienst) {
        this.opslag = opslag;
        this.kortingen = kortingen;
        this.importdienst = importdienst;
    }

    @GET
    @Path("aanbieders")
    @Operation(summary = "Aanbieders (AGB-code en naam)")
    public List<Stamgegevens.Aanbieder> aanbieders() throws SQLException {
        return opslag.aanbieders();
    }

    /** A product as it is now, with every period of its dated attributes (docs/jeugdhulp.md, "Dated master data"). */
    public record ProductMetPerioden(String categorie, String code, String omschrijving, String eenheid, String variant, String inkoop,
                                     String kortingsgroep, List<Periode> perioden) {
    }

    public record Periode(java.time.LocalDate ingangsdatum, java.time.LocalDate einddatum, String variant, String inkoop, String kortingsgroep) {
    }

    @GET
    @Path("producten")
    @Operation(summary = "Producten: categorie, code, eenheid, en nu en per periode de uitvoeringsvariant, regionale of lokale inkoop en"
            + " kortingsgroep")
    public List<ProductMetPerioden> producten() throws SQLException {
        var perioden = opslag.productperioden();
        List<ProductMetPerioden> uit = new ArrayList<>();
        for (Stamgegevens.Product p : opslag.producten().values()) {
            uit.add(new ProductMetPerioden(p.categorie(), p.code(), p.omschrijving(), p.eenheid(), p.variant().code(), p.inkoop().code(),
                    p.kortingsgroep(), perioden.perioden(p.sleutel()).stream().map(q -> new Periode(q.ingang(), q.einde(), q.variant().code(),
                    q.inkoop().code(), q.kortingsgroep())).toList()));
        }
        return uit;
    }

    @GET
    @Path("tarieven")
    @Operation(summary = "Tarieven met hun geschiedenis (eurocent per eenheid); filter op categorie en code")
    public List<Stamgegevens.Tarief> tarieven(@QueryParam("categorie") String categorie, @QueryParam("code") String code) throws SQLException {
        return opslag.tarieven().values().stream().flatMap(List::stream)
                .filter(t -> categorie == null || t.categorie().equals(categorie))
                .filter(t -> code == null || t.code().equals(code)).toList();
    }

    @GET
    @Path("contracten")
    @Operation(summary = "Contracten per aanbieder per jaar met budgetplafond; filter op jaar")
    public List<Stamgegevens.Contract> contracten(@QueryParam("jaar") String jaar) throws SQLException {
        return Gegevenslijst.inJaar(opslag.contracten(), Stamgegevens.Contract::jaar, jaar);
    }

    @GET
    @Path("budgetten")
    @Operation(summary = "Jeugdhulpbudgetten per gemeente per jaar: totaal, regionaal deel, lokaal deel; filter op jaar")
    public List<Stamgegevens.Budget> budgetten(@QueryParam("jaar") String jaar) throws SQLException {
        return Gegevenslijst.inJaar(opslag.budgetten(), Stamgegevens.Budget::jaar, jaar);
    }

    @Override
    protected List<nl.samenspel.module.tarief.Kortingstabel.Korting> kortingen() throws SQLException {
        return kortingen.kortingen();
    }

    @Override
    protected Kortingsplan.Plan pasToe(Kortingsverzoek verzoek) throws SQLException {
        return kortingen.pasToe(verzoek.jaar(), verzoek.groep(), verzoek.percentage(), importdienst.definitief());
    }
}
