package nl.samenspel.register.internal.rest;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.register.Gemeente;
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

@Component(service = GemeentenResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.REGISTER_LEZEN)
@Path("gemeenten")
@Produces(MediaType.APPLICATION_JSON)
public class GemeentenResource extends Registerresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    @Activate
    public GemeentenResource(@Reference RegisterService registerService) {
        super(registerService);
    }

    @GET
    @Operation(summary = "Alle gemeenten van het register, op CBS-code")
    public List<Gemeente> gemeenten() {
        return register().gemeenten();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Een gemeente met al haar lidmaatschappen en kerncijfers per jaar")
    public Dto.GemeenteDetail gemeente(@Parameter(description = "CBS-gemeentecode, 4 cijfers") @PathParam("code") String code) {
        Register register = register();
        Gemeente g = RegisterToegang.gemeente(register, code);
        List<Dto.LidmaatschapDto> lidmaatschappen = register.regios().stream()
                .flatMap(r -> register.lidmaatschappen(r.id()).stream())
                .filter(l -> l.gemeente().equals(code))
                .map(l -> new Dto.LidmaatschapDto(l.regio(), l.gemeente(), g.naam(), l.van(), l.tot()))
                .toList();
        Map<Integer, Map<String, Long>> kerncijfers = new TreeMap<>();
        register.kerncijferJaren(code).forEach(jaar -> kerncijfers.put(jaar, register.kerncijfers(code, jaar)));
        return new Dto.GemeenteDetail(g.code(), g.naam(), g.oin(), lidmaatschappen, kerncijfers);
    }

    @GET
    @Path("{code}/regios")
    @Operation(summary = "De regio's waar de gemeente op de peildatum lid van is")
    public Dto.GemeenteRegios regios(@PathParam("code") String code,
                                     @Parameter(description = "JJJJ-MM-DD; standaard vandaag") @QueryParam("peildatum") String peildatum) {
        Register register = register();
        RegisterToegang.gemeente(register, code);
        LocalDate datum = Parameters.datum("peildatum", peildatum);
        return new Dto.GemeenteRegios(code, datum, register.regiosVan(code, datum).stream().map(Dto.RegioDto::van).toList());
    }
}
