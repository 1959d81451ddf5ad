package nl.samenspel.node.internal;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.node.Knooppunt;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** What this node is and whether its configuration fits the register; answers even when misconfigured, to say why. */
@Component(service = KnooppuntResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.REGISTER_LEZEN)
@Path("knooppunt")
@Produces(MediaType.APPLICATION_JSON)
public class KnooppuntResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    record RegioDto(String id, String naam, String domein) {
    }

    record KnooppuntDto(String rol, String gemeente, String naam, String hubUrl, LocalDate peildatum, List<RegioDto> regios,
                        List<String> problemen) {
    }

    private final RegisterService registerService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Knooppunt knooppunt;

    @Activate
    public KnooppuntResource(@Reference RegisterService registerService) {
        this.registerService = registerService;
    }

    @GET
    @Operation(summary = "Deze node: gemeente, hub en de regio's waar de gemeente op de peildatum lid van is")
    public KnooppuntDto knooppunt(@Parameter(description = "JJJJ-MM-DD; standaard vandaag") @QueryParam("peildatum") String peildatum) {
        LocalDate datum = Parameters.datum("peildatum", peildatum);
        Knooppunt k = knooppunt;
        List<String> problemen = new ArrayList<>();
        if (k == null) {
            problemen.add("node niet (geldig) geconfigureerd: zet gemeente en hubUrl in etc/nl.samenspel.node.cfg (zie het log)");
            return new KnooppuntDto("node", null, null, null, datum, List.of(), problemen);
        }
        Optional<Register> register = registerService.actueel();
        if (register.isEmpty()) {
            problemen.add("geen geldig register geladen; zie GET /api/v1/register");
            return new KnooppuntDto("node", k.gemeente(), null, k.hubUrl().toString(), datum, List.of(), problemen);
        }
        Optional<Gemeente> gemeente = register.get().gemeente(k.gemeente());
        if (gemeente.isEmpty()) {
            problemen.add("gemeente " + k.gemeente() + " staat niet in het register");
        }
        List<RegioDto> regios = register.get().regiosVan(k.gemeente(), datum).stream()
                .map(r -> new RegioDto(r.id(), r.naam(), r.domein().code())).toList();
        if (gemeente.isPresent() && regios.isEmpty()) {
            problemen.add("gemeente " + k.gemeente() + " is op " + datum + " van geen enkele regio lid");
        }
        return new KnooppuntDto("node", k.gemeente(), gemeente.map(Gemeente::naam).orElse(null), k.hubUrl().toString(), datum,
                regios, problemen);
    }
}
