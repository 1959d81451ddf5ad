package nl.samenspel.module.tarief;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;

/**
 * A module's tariff cuts in its REST API, the same in every module with tariffs: {@code GET
 * <module>/tariefkortingen} lists the cuts applied, {@code POST} applies one ({@link Kortingsverzoek}).
 * A module's master-data resource extends it and names its cuts; it keeps its own path, its class
 * right for reading, and its other master data. JAX-RS takes the methods' annotations from here.
 */
public abstract class Tariefkortingresource {

    /** The cuts applied, oldest year first. */
    protected abstract List<Kortingstabel.Korting> kortingen() throws SQLException;

    /**
     * Applies the cut of the request to the module's tariffs.
     *
     * @throws Kortingsplan.Geweigerd naming every reason; nothing changed
     */
    protected abstract Kortingsplan.Plan pasToe(Kortingsverzoek verzoek) throws SQLException;

    @GET
    @Path("tariefkortingen")
    @Operation(summary = "Toegepaste tariefkortingen")
    public List<Kortingstabel.Korting> tariefkortingen() throws SQLException {
        return kortingen();
    }

    @Toegang(Bevoegdheid.TARIEFKORTINGEN)
    @POST
    @Path("tariefkortingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pas een tariefkorting toe op een kortingsgroep voor een jaar",
            description = "Body {jaar, groep, percentage: \"11.00\"}. Elk product van de groep (zoals op 1 januari) krijgt vanaf 1 januari"
                    + " het tarief van 31 december ervoor maal (100 - percentage)/100, half naar boven afgerond op hele centen; het oude"
                    + " tarief blijft in de geschiedenis. Geweigerd, met elke reden, als de groep dat jaar al gekort is of een product"
                    + " ervan in gebruik is in een jaar met een definitieve verevening.")
    public Response korting(JsonNode body) throws SQLException {
        Kortingsverzoek verzoek = Kortingsverzoek.van(body);
        try {
            return Kortingsverzoek.toegepast(pasToe(verzoek));
        } catch (Kortingsplan.Geweigerd e) {
            throw Kortingsverzoek.geweigerd(e);
        }
    }
}
