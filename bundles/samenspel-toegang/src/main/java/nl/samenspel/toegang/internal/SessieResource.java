package nl.samenspel.toegang.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Rol;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The dashboard's login and logout. A login checks name and password in the realm {@code samenspel}
 * exactly as HTTP Basic does (lockout, audit of failures) and answers with the session cookie and the
 * CSRF token the page must send with every change. Only JSON from this origin: a form of another site
 * cannot post JSON without asking first (CORS), and an {@code Origin} header that names another
 * origin is refused, so no site can log a visitor in under its own name.
 */
@Component(service = SessieResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Path("sessie")
@Produces(MediaType.APPLICATION_JSON)
public class SessieResource {

    static final int MAXIMALE_NAAM = 256;
    static final int MAXIMAAL_WACHTWOORD = 1024;

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    @Context
    private HttpServletRequest verzoek;

    private final Sessies sessies;
    private final Wachtwoordcontrole wachtwoorden;

    @Activate
    public SessieResource(@Reference Sessies sessies, @Reference Aanmeldbewaking bewaking) {
        this(sessies, new Wachtwoordcontrole(bewaking, new JaasInloggen(SamenspelRealm.NAAM)));
    }

    SessieResource(Sessies sessies, Wachtwoordcontrole wachtwoorden) {
        this.sessies = sessies;
        this.wachtwoorden = wachtwoorden;
    }

    /** What a login sends. */
    public record Inlog(String gebruiker, String wachtwoord) {
    }

    /** Who is logged in, with which roles, the token for changes and the idle time after which the session ends. */
    public record Sessiegegevens(String gebruiker, Set<String> rollen, String csrf, long inactiefMinuten) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Toegang(Bevoegdheid.OPENBAAR)
    @Operation(summary = "Aanmelden voor het dashboard: zet een sessiecookie (HttpOnly, Secure, SameSite=Strict) en geeft het CSRF-token")
    public Response aanmelden(Inlog inlog, @Context HttpHeaders koppen, @Context UriInfo uri) {
        zelfdeHerkomst(koppen.getHeaderString("Origin"), uri.getBaseUri());
        if (inlog == null || leeg(inlog.gebruiker()) || leeg(inlog.wachtwoord())
                || inlog.gebruiker().length() > MAXIMALE_NAAM || inlog.wachtwoord().length() > MAXIMAAL_WACHTWOORD) {
            throw new ProblemException(400, "Aanmelding onvolledig", "geef gebruiker en wachtwoord", List.of());
        }
        String herkomst = verzoek == null ? "" : verzoek.getRemoteAddr();
        Wachtwoordcontrole.Uitkomst uitkomst = wachtwoorden.controleer(inlog.gebruiker(), inlog.wachtwoord().toCharArray(), herkomst);
        if (uitkomst instanceof Wachtwoordcontrole.Geblokkeerd blokkade) {
            return Response.status(429).type(SamenspelApi.PROBLEM_JSON).header("Retry-After", Math.max(1, blokkade.rest().toSeconds()))
                    .entity(new Problem("about:blank", "Tijdelijk geblokkeerd", 429, "te veel mislukte aanmeldingen; probeer het later opnieuw",
                            null, List.of())).build();
        }
        if (!(uitkomst instanceof Wachtwoordcontrole.Gelukt gelukt)) {
            return Response.status(401).type(SamenspelApi.PROBLEM_JSON)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Sessie realm=\"" + SamenspelRealm.NAAM + "\"")
                    .entity(new Problem("about:blank", "Aanmelding mislukt", 401, "gebruiker of wachtwoord onjuist", null, List.of())).build();
        }
        Sessie sessie = sessies.open(gelukt.aanmelding());
        if (verzoek != null) {
            // the audit record of this login names who logged in (request attributes are the filters' properties)
            verzoek.setAttribute(Toegangsfilter.ACTOR, gelukt.aanmelding().naam());
        }
        return Response.ok(gegevens(sessie)).header(HttpHeaders.SET_COOKIE, Sessiecookie.zet(sessie.id())).build();
    }

    /** For a client with Basic or a token: who it is and its Samenspel roles, without a CSRF token (it has no session). */
    @GET
    @Toegang(Bevoegdheid.SESSIE)
    @Operation(summary = "De eigen sessie: gebruiker, rollen en CSRF-token (na het herladen van een pagina); zonder sessie wie u bent")
    public Sessiegegevens sessie(@CookieParam(Sessiecookie.NAAM) String id, @Context SecurityContext aangemeld) {
        return sessies.gebruik(id).map(this::gegevens).orElseGet(() -> new Sessiegegevens(aangemeld.getUserPrincipal().getName(),
                Arrays.stream(Rol.values()).map(Rol::naam).filter(aangemeld::isUserInRole).collect(Collectors.toCollection(TreeSet::new)),
                null, sessies.inactief().toMinutes()));
    }

    /**
     * POST, not DELETE on the session: CXF answers a 405 anywhere in the application with an Allow header
     * made of every method the application uses, and a DELETE here would make every other 405 offer DELETE.
     */
    @POST
    @Path("afmelden")
    @Toegang(Bevoegdheid.SESSIE)
    @Operation(summary = "Afmelden: de sessie vervalt en het cookie wordt gewist")
    public Response afmelden(@CookieParam(Sessiecookie.NAAM) String id) {
        sessies.sluit(id);
        return Response.noContent().header(HttpHeaders.SET_COOKIE, Sessiecookie.wis()).build();
    }

    private Sessiegegevens gegevens(Sessie sessie) {
        return new Sessiegegevens(sessie.aanmelding().naam(), new TreeSet<>(sessie.aanmelding().rollen()), sessie.csrf(),
                sessies.inactief().toMinutes());
    }

    /** An Origin header, when the browser sends one, must be this API's own scheme, host and port. */
    static void zelfdeHerkomst(String origin, URI basis) {
        if (origin == null) {
            return;
        }
        String eigen = basis.getScheme() + "://" + basis.getAuthority();
        if (!origin.equalsIgnoreCase(eigen)) {
            throw new ProblemException(403, "Andere herkomst", "aanmelden kan alleen vanaf het dashboard van deze installatie", List.of());
        }
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
