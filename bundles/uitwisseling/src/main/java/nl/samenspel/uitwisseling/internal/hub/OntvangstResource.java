package nl.samenspel.uitwisseling.internal.hub;

import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Invoermodule;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's receipt of a node's batch. The sender is the gemeente of its TLS certificate; the
 * batch goes through the module's own import, which checks every record (for the sender's own
 * gemeente, a member of the module's region on the record's dates) and stores it whole or
 * refuses it whole; the receipt is written in the same transaction. A repeated batch (same
 * sender and key) gets the stored receipt and changes nothing.
 */
@Component(service = OntvangstResource.class, configurationPid = HubUitwisselingConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HubUitwisselingConfig.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.UITWISSELING)
@Path("uitwisseling/batches")
public class OntvangstResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private static final Logger LOG = LoggerFactory.getLogger(OntvangstResource.class);
    private static final Pattern SLEUTEL = Pattern.compile("[A-Za-z0-9-]{1,64}");

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Invoermodule> modules = new CopyOnWriteArrayList<>();

    private final RegisterService registerService;
    private final Ontvangstopslag opslag;
    private final int maximaleBytes;
    /**
     * One batch key at a time: a node that gave up waiting resends while the first request still
     * waits for the module; the second must find the first one's receipt, not run the checks again
     * (a declaration would then be "already read" and the batch refused). Striped, so memory stays bounded.
     */
    private final Object[] sloten = java.util.stream.IntStream.range(0, 64).mapToObj(i -> new Object()).toArray();

    private final Knooppuntstanden standen;

    @Activate
    public OntvangstResource(@Reference RegisterService registerService, @Reference Knooppuntstanden standen, HubUitwisselingConfig config) {
        this.registerService = registerService;
        this.standen = standen;
        this.opslag = new Ontvangstopslag(standen.dataSource());
        this.maximaleBytes = config.maximaleBatchMiB() * 1024 * 1024;
    }

    @POST
    @Path("{module}/{soort}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een batch van een knooppunt (alleen over tweezijdig TLS met het certificaat van het knooppunt)",
            description = "Body: CSV in de uitwisselvorm van de module (kolommen van de module, pseudoniem in client). Header Idempotency-Key:"
                    + " dezelfde sleutel nogmaals geeft hetzelfde ontvangstbewijs en verandert niets. 401 zonder certificaat, 403 voor een"
                    + " onbekend certificaat, 400 voor een soort die knooppunten niet leveren, 422 met elke fout als de batch geweigerd is.",
            responses = {@ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Ontvangstopslag.Ontvangstbewijs.class))),
                    @ApiResponse(responseCode = "200", description = "herhaling: het ontvangstbewijs van de eerste keer")})
    public Response ontvang(@PathParam("module") String moduleNaam, @PathParam("soort") String soort,
                            @Parameter(required = true) @HeaderParam("Idempotency-Key") String sleutel, InputStream body,
                            @Context HttpServletRequest verzoek) throws SQLException, IOException {
        Register register = registerService.actueel().orElseThrow(ProblemException::geenRegister);
        Gemeente afzender = Afzenders.gemeente(verzoek, register);
        try {
            return ontvang(afzender, moduleNaam, soort, sleutel, body);
        } catch (ProblemException e) {
            // the overview of the nodes shows refusals: module, kind, status and title only, never the batch
            standen.geweigerd(afzender.code(), moduleNaam, soort, e.status(), e.title());
            throw e;
        }
    }

    private Response ontvang(Gemeente afzender, String moduleNaam, String soort, String sleutel, InputStream body)
            throws SQLException, IOException {
        if (sleutel == null || !SLEUTEL.matcher(sleutel).matches()) {
            throw ProblemException.ongeldig("Idempotency-Key", "verplicht: 1 tot 64 letters, cijfers of -, per batch uniek");
        }
        Invoermodule module = modules.stream().filter(m -> m.naam().equals(moduleNaam)).findFirst().orElseThrow(() ->
                ProblemException.nietGevonden("module", "de hub kent geen module '" + moduleNaam + "'"));
        if (!module.soorten().contains(soort)) {
            throw ProblemException.nietGevonden("soort", moduleNaam + " kent geen soort '" + soort + "'");
        }
        if (!module.naarHub(soort)) {
            throw ProblemException.ongeldig("soort", soort + " zijn gegevens van de hub zelf; een knooppunt levert ze niet");
        }
        // read only now, after the sender is known, and never more than the limit
        byte[] inhoud = body == null ? new byte[0] : body.readNBytes(maximaleBytes + 1);
        if (inhoud.length == 0) {
            throw ProblemException.ongeldig("body", "leeg; een batch is een CSV met kopregel");
        }
        if (inhoud.length > maximaleBytes) {
            throw new ProblemException(413, "Te groot", "een batch is hooguit " + maximaleBytes / 1024 / 1024 + " MiB; verklein de batchgrootte",
                    List.of());
        }
        synchronized (sloten[Math.floorMod((afzender.code() + "/" + sleutel).hashCode(), sloten.length)]) {
            return ontvang(afzender, module, moduleNaam, soort, sleutel, inhoud);
        }
    }

    /**
     * The batch's name in the module's import log: kind, the authenticated sender and its key, so an
     * operator sees who sent what. A node's key is a UUID and is kept as it is; any other key is reduced
     * like a file name, so that it cannot carry a BSN.
     */
    static String batchnaam(String soort, String afzender, String sleutel) {
        return soort + "-" + afzender + "-" + (UUID.matcher(sleutel).matches() ? sleutel : nl.samenspel.invoer.Archief.veiligeNaam(sleutel))
                + ".csv";
    }

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Response ontvang(Gemeente afzender, Invoermodule module, String moduleNaam, String soort, String sleutel, byte[] inhoud)
            throws SQLException {
        String sha = sha256(inhoud);
        Optional<Response> herhaling = herhaling(afzender.code(), sleutel, sha);
        if (herhaling.isPresent()) {
            return herhaling.get();
        }
        Instant nu = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Ontvangstopslag.Ontvangstbewijs[] bewijs = new Ontvangstopslag.Ontvangstbewijs[1];
        Importresultaat resultaat;
        try {
            resultaat = module.importeer(soort, batchnaam(soort, afzender.code(), sleutel), inhoud,
                    new Afzending(afzender.code(), (c, importId, records) -> {
                        bewijs[0] = new Ontvangstopslag.Ontvangstbewijs(afzender.code(), sleutel, moduleNaam, soort, records, importId, nu, sha);
                        Ontvangstopslag.schrijf(c, bewijs[0]);
                    }));
        } catch (SQLIntegrityConstraintViolationException e) {
            // the same batch arrived twice at once and the other one was stored first: answer with its receipt
            return herhaling(afzender.code(), sleutel, sha).orElseThrow(() -> e);
        }
        if (!resultaat.geaccepteerd()) {
            LOG.warn("Batch {} van gemeente {} ({} {}) geweigerd: {} fout(en), import {}", sleutel, afzender.code(), moduleNaam, soort,
                    resultaat.fouten().size(), resultaat.importId());
            throw new ProblemException(422, "Batch geweigerd", "import " + resultaat.importId() + ": de hele batch is geweigerd, "
                    + resultaat.fouten().size() + " fout(en); er is niets opgeslagen",
                    resultaat.fouten().stream().map(f -> new Problem.InvalidParam(f.plaats() + (f.veld().isEmpty() ? "" : ", " + f.veld()),
                            f.melding())).toList());
        }
        LOG.info("Batch {} van gemeente {} ontvangen: {} {} records, import {}", sleutel, afzender.code(), resultaat.records(), soort,
                resultaat.importId());
        return Response.status(Response.Status.CREATED).entity(bewijs[0]).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A key seen before: the same batch gets its receipt again; different content under a used key is refused. */
    private Optional<Response> herhaling(String afzender, String sleutel, String sha) throws SQLException {
        Optional<Ontvangstopslag.Ontvangstbewijs> eerder = opslag.lees(afzender, sleutel);
        if (eerder.isEmpty()) {
            return Optional.empty();
        }
        if (!eerder.get().inhoudSha256().equals(sha)) {
            throw new ProblemException(409, "Sleutel al gebruikt", "Idempotency-Key " + sleutel + " hoort bij een andere batch van deze gemeente"
                    + " (ontvangen " + eerder.get().ontvangen() + "); een nieuwe batch krijgt een nieuwe sleutel", List.of());
        }
        return Optional.of(Response.ok(eerder.get(), MediaType.APPLICATION_JSON_TYPE).build());
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }
}
