package nl.samenspel.register.internal.rest;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Regio;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.Registerresource;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

@Component(service = RegiosResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.REGISTER_LEZEN)
@Path("regios")
@Produces(MediaType.APPLICATION_JSON)
public class RegiosResource extends Registerresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    @Activate
    public RegiosResource(@Reference RegisterService registerService) {
        super(registerService);
    }

    @GET
    @Operation(summary = "Alle regio's (samenwerkingsverbanden)")
    public List<Dto.RegioDto> regios() {
        return register().regios().stream().map(Dto.RegioDto::van).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Een regio met alle lidmaatschapsperioden")
    public Dto.RegioDetail regio(@PathParam("id") String id) {
        Register register = register();
        RegisterToegang.regio(register, id);
        Regio r = register.regio(id).orElseThrow();
        List<Dto.LidmaatschapDto> lidmaatschappen = register.lidmaatschappen(id).stream()
                .map(l -> new Dto.LidmaatschapDto(id, l.gemeente(), register.gemeente(l.gemeente()).map(Gemeente::naam).orElse(""),
                        l.van(), l.tot()))
                .toList();
        return new Dto.RegioDetail(r.id(), r.naam(), r.domein().code(), r.penvoerder(), lidmaatschappen);
    }

    @GET
    @Path("{id}/leden")
    @Operation(summary = "De leden van de regio op de peildatum")
    public Dto.Leden leden(@PathParam("id") String id,
                           @Parameter(description = "JJJJ-MM-DD; standaard vandaag") @QueryParam("peildatum") String peildatum) {
        Register register = register();
        RegisterToegang.regio(register, id);
        LocalDate datum = Parameters.datum("peildatum", peildatum);
        List<Gemeente> leden = register.leden(id, datum);
        return new Dto.Leden(id, datum, leden.size(), leden);
    }
}
