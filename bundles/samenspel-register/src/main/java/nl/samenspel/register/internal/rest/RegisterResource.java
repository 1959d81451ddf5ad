package nl.samenspel.register.internal.rest;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import nl.samenspel.api.register.ConfigFout;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.register.RegisterStatus;
import nl.samenspel.register.internal.Laadlogboek;
import nl.samenspel.register.internal.laden.RegioBestanden;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.Registerresource;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The state of the register itself: which version is active, what was refused, and the load history. */
@Component(service = RegisterResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.REGISTER_LEZEN)
@Path("register")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource extends Registerresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private final Laadlogboek logboek;

    @Activate
    public RegisterResource(@Reference RegisterService registerService, @Reference Laadlogboek logboek) {
        super(registerService);
        this.logboek = logboek;
    }

    @GET
    @Operation(summary = "Het actieve register en de laatste geweigerde configuratie, als die er is")
    public Dto.Status status() {
        return alsDto(registerService.status());
    }

    @Toegang(Bevoegdheid.REGISTER_BEHEREN)
    @POST
    @Path("herladen")
    @Operation(summary = "Lees de configuratie nu opnieuw; 422 met alle fouten als ze geweigerd wordt")
    public Dto.Status herladen() {
        RegisterStatus status = registerService.herlaad();
        status.laatsteWeigering().ifPresent(w -> {
            List<Problem.InvalidParam> fouten = w.fouten().stream()
                    .map(f -> new Problem.InvalidParam(f.bestand() + (f.onderdeel().isEmpty() ? "" : " [" + f.onderdeel() + "]"), f.reden()))
                    .toList();
            throw new ProblemException(422, "Configuratie geweigerd",
                    w.fouten().size() + " fout(en); " + (status.actief().isPresent() ? "het vorige register blijft actief" : "er is geen geldig register"),
                    fouten);
        });
        return alsDto(status);
    }

    @Toegang(Bevoegdheid.REGISTER_BEHEREN)
    @POST
    @Path("regio-controles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Controleer een regiobestand (zelfde vorm als regios/<id>.json) tegen het actieve register, zonder het te activeren;"
            + " 422 met elke fout")
    public Dto.Controle controleerRegio(JsonNode regio) {
        Register register = register();
        Set<String> codes = register.gemeenten().stream().map(Gemeente::code).collect(Collectors.toSet());
        List<ConfigFout> fouten = RegioBestanden.controleer(regio, codes);
        if (!fouten.isEmpty()) {
            throw new ProblemException(422, "Regio ongeldig", fouten.size() + " fout(en)",
                    fouten.stream().map(f -> new Problem.InvalidParam(f.onderdeel(), f.reden())).toList());
        }
        return new Dto.Controle(true, register.versie());
    }

    @GET
    @Path("laadpogingen")
    @Operation(summary = "De recentste laadpogingen, nieuwste eerst")
    public List<Laadlogboek.Laadpoging> laadpogingen(@QueryParam("aantal") String aantal) throws SQLException {
        return logboek.recent(Parameters.geheelGetal("aantal", aantal, 20, 1, 1000));
    }

    private static Dto.Status alsDto(RegisterStatus s) {
        return new Dto.Status(s.bron(), s.isActueel(),
                s.actief().map(r -> r.versie()).orElse(null),
                s.actiefSinds().orElse(null),
                s.actief().map(r -> r.gemeenten().size()).orElse(null),
                s.actief().map(r -> r.regios().size()).orElse(null),
                s.laatsteWeigering().map(w -> new Dto.Weigering(w.tijdstip(), w.fouten().stream().map(ConfigFout::toString).toList()))
                        .orElse(null));
    }
}
