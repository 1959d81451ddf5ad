package nl.samenspel.hub.internal;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.Registerresource;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The hub's view of the region's nodes: every profile under
 * {@code regional-config/nodes/}, checked against the register at a date.
 */
@Component(service = KnooppuntenResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.REGISTER_LEZEN)
@javax.ws.rs.Path("knooppunten")
@Produces(MediaType.APPLICATION_JSON)
public class KnooppuntenResource extends Registerresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    record KnooppuntDto(String profiel, String rol, String gemeente, String naam, List<String> features, Integer httpPort,
                        List<String> bevindingen) {
    }

    record Overzicht(LocalDate peildatum, String map, List<KnooppuntDto> knooppunten) {
    }

    @Activate
    public KnooppuntenResource(@Reference RegisterService registerService) {
        super(registerService);
    }

    @GET
    @Operation(summary = "De knooppuntprofielen van de regio, gecontroleerd tegen het register op de peildatum")
    public Overzicht knooppunten(@Parameter(description = "JJJJ-MM-DD; standaard vandaag") @QueryParam("peildatum") String peildatum) {
        LocalDate datum = Parameters.datum("peildatum", peildatum);
        Register register = register();
        java.nio.file.Path nodes = java.nio.file.Path.of(registerService.status().bron()).resolve("nodes");
        List<Knooppuntprofiel> profielen;
        try {
            profielen = ProfielLezer.lees(nodes);
        } catch (IOException e) {
            throw ProblemException.nietBeschikbaar("profielen in " + nodes + " onleesbaar: " + e.getMessage());
        }
        List<KnooppuntDto> knooppunten = profielen.stream()
                .map(p -> new KnooppuntDto(p.naam(), p.isHub() ? "hub" : "node", p.gemeente(),
                        p.gemeente() == null ? null : register.gemeente(p.gemeente()).map(Gemeente::naam).orElse(null),
                        p.features(), p.httpPort(), Profielcontrole.bevindingen(p, register, datum)))
                .toList();
        return new Overzicht(datum, nodes.toString(), knooppunten);
    }
}
