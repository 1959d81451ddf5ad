package nl.samenspel.toegang.internal;

import nl.samenspel.rest.JaxrsPoort;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.SamenspelApi;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Certificaat;
import nl.samenspel.api.toegang.Rol;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deny by default, for every operation of the Samenspel API. After the request is matched to its
 * resource method, the method's declared right ({@code @Toegang}) decides:
 * <ul>
 * <li>none declared: refused to everyone (a forgotten declaration fails closed);</li>
 * <li>{@code UITWISSELING}: only on the exchange port, where Jetty has required a client
 *     certificate; the exchange port serves nothing else;</li>
 * <li>{@code OPENBAAR}: anyone;</li>
 * <li>otherwise a user (HTTP Basic, checked in the realm {@code samenspel}), a bearer token, or the
 *     dashboard's session cookie with, on a request that changes something, its CSRF token
 *     ({@link Sessiecookie}), holding one of the right's roles.</li>
 * </ul>
 * 401 and 403 are problem+json and never say whether a user exists; a locked name or origin gets
 * 429 with {@code Retry-After}, whatever the name.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = ToegangConfig.PID,
        property = Toegangsfilter.MARKERING + "=true")
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Priority(Priorities.AUTHENTICATION)
public class Toegangsfilter implements ContainerRequestFilter {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    /** The service property by which the application requires this filter before it serves anything. */
    public static final String MARKERING = "samenspel.toegang";
    /** Request properties for the audit filter. */
    static final String BEVOEGDHEID = "samenspel.bevoegdheid";
    static final String ACTOR = "samenspel.actor";
    /** The operation's path template and the caller's address, for the audit filter (which then needs no request injection). */
    static final String SJABLOON = "samenspel.sjabloon";
    static final String HERKOMST = "samenspel.herkomst";

    private static final Logger LOG = LoggerFactory.getLogger(Toegangsfilter.class);
    private static final int MAXIMALE_KOP = 8192;

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest verzoek;

    private final Aanmeldbewaking bewaking;
    private final Wachtwoordcontrole wachtwoorden;
    private final Tokencontrole tokens;
    private final Sessies sessies;
    private final int uitwisselingspoort;

    @Activate
    public Toegangsfilter(ToegangConfig config, BundleContext context, @Reference Aanmeldbewaking bewaking, @Reference Sessies sessies) {
        this(bewaking, new Aanmeldcache(new JaasInloggen(SamenspelRealm.NAAM), Duration.ofSeconds(Math.max(0, config.cacheS())),
                Clock.systemUTC()), tokens(config), sessies, uitwisselingspoort(context));
    }

    Toegangsfilter(Aanmeldbewaking bewaking, Inloggen inloggen, Tokencontrole tokens, Sessies sessies, int uitwisselingspoort) {
        this.bewaking = bewaking;
        this.wachtwoorden = new Wachtwoordcontrole(bewaking, inloggen);
        this.tokens = tokens;
        this.sessies = sessies;
        this.uitwisselingspoort = uitwisselingspoort;
    }

    private static Tokencontrole tokens(ToegangConfig config) {
        if (config.tokenUitgever().isBlank()) {
            return null;
        }
        if (config.tokenJwks().isBlank()) {
            throw new IllegalArgumentException(ToegangConfig.PID + ": tokenUitgever zonder tokenJwks");
        }
        return new Tokencontrole(new Tokencontrole.Profiel(config.tokenUitgever().strip(), config.tokenPubliek().strip(), config.tokenRollenclaim(),
                config.tokenNaamclaim()), new Jwksbron(config.tokenJwks(), Clock.systemUTC()), Clock.systemUTC());
    }

    /** The hub's two-way TLS port (system properties of the profile); none on a node. */
    private static int uitwisselingspoort(BundleContext context) {
        if (!Boolean.parseBoolean(context.getProperty("samenspel.https.enabled"))) {
            return -1;
        }
        return Integer.parseInt(context.getProperty("samenspel.https.port").strip());
    }

    @Override
    public void filter(ContainerRequestContext context) {
        Bevoegdheid bevoegdheid = resourceInfo == null ? null
                : Bevoegdheid.verklaard(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        if (bevoegdheid != null) {
            context.setProperty(BEVOEGDHEID, bevoegdheid);
        }
        Sjabloon sjabloon = resourceInfo == null || resourceInfo.getResourceMethod() == null ? null
                : new Sjabloon(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        if (sjabloon != null) {
            context.setProperty(SJABLOON, sjabloon);
        }
        String herkomst = verzoek == null ? "" : verzoek.getRemoteAddr();
        context.setProperty(HERKOMST, herkomst);
        boolean opUitwisselingspoort = verzoek != null && verzoek.getLocalPort() == uitwisselingspoort;
        if (bevoegdheid == Bevoegdheid.UITWISSELING) {
            if (!opUitwisselingspoort) {
                weiger(context, 403, "Alleen op de uitwisselingspoort", "deze bewerking is voor knooppunten, met hun certificaat, op de poort"
                        + " met tweezijdig TLS");
                return;
            }
            Certificaat.van(verzoek.getAttribute(Certificaat.ATTRIBUUT)).flatMap(Certificaat::oin)
                    .ifPresent(oin -> context.setProperty(ACTOR, "oin:" + oin));
            return;
        }
        if (opUitwisselingspoort) {
            weiger(context, 403, "Alleen de uitwisseling", "de poort met tweezijdig TLS is alleen voor de uitwisseling; de rest van de API"
                    + " is er niet");
            return;
        }
        if (bevoegdheid == Bevoegdheid.OPENBAAR) {
            return;
        }
        if (context.getUriInfo().getQueryParameters().containsKey("access_token")) {
            weiger(context, 400, "Token in de URL", "een token hoort in de kop Authorization: Bearer, nooit in de URL");
            return;
        }
        Optional<Aanmelding> aanmelding = meldAan(context, herkomst);
        if (aanmelding.isEmpty()) {
            return; // refused with 401, 403 or 429 already
        }
        context.setProperty(ACTOR, aanmelding.get().naam());
        context.setSecurityContext(new Beveiligingscontext(aanmelding.get(), verzoek != null && verzoek.isSecure(), schema(context)));
        if (bevoegdheid == null) {
            LOG.error("Bewerking {} {} verklaart geen bevoegdheid (@Toegang) en is voor iedereen geweigerd", context.getMethod(),
                    sjabloon == null ? "?" : sjabloon);
            weiger(context, 403, "Niet bevoegd", "deze bewerking verklaart geen bevoegdheid en is daarom voor niemand");
        } else if (!bevoegdheid.toegestaanVoor(aanmelding.get().rollen())) {
            weiger(context, 403, "Niet bevoegd", "deze bewerking vraagt de rol "
                    + bevoegdheid.rollen().stream().map(Rol::naam).collect(Collectors.joining(" of ")));
        }
    }

    /** The matched method, whose path template is only worked out when an audit record is written. */
    record Sjabloon(java.lang.reflect.Method methode, Class<?> klasse) {
        @Override
        public String toString() {
            return Toegangsregels.sjabloon(methode, klasse);
        }
    }

    private static String schema(ContainerRequestContext context) {
        String kop = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (kop == null || kop.isBlank()) {
            return SecurityContext.FORM_AUTH;
        }
        return kop.regionMatches(true, 0, "Bearer", 0, 6) ? "Bearer" : SecurityContext.BASIC_AUTH;
    }

    private Optional<Aanmelding> meldAan(ContainerRequestContext context, String herkomst) {
        String kop = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (kop == null || kop.isBlank()) {
            Cookie cookie = context.getCookies().get(Sessiecookie.NAAM);
            if (cookie != null) {
                return sessie(context, cookie.getValue());
            }
            vraagAanmelding(context, "Aanmelden vereist", "deze bewerking vraagt een aanmelding");
            return Optional.empty();
        }
        if (kop.length() > MAXIMALE_KOP) {
            vraagAanmelding(context, "Aanmelding mislukt", "aanmelding mislukt");
            return Optional.empty();
        }
        Optional<String> token = Tokencontrole.bearer(kop);
        if (token.isPresent()) {
            return token(context, token.get(), herkomst);
        }
        Optional<String[]> basic = basic(kop);
        if (basic.isEmpty()) {
            vraagAanmelding(context, "Aanmelding mislukt", "aanmelding mislukt");
            return Optional.empty();
        }
        Wachtwoordcontrole.Uitkomst uitkomst = wachtwoorden.controleer(basic.get()[0], basic.get()[1].toCharArray(), herkomst);
        if (uitkomst instanceof Wachtwoordcontrole.Gelukt gelukt) {
            return Optional.of(gelukt.aanmelding());
        }
        if (uitkomst instanceof Wachtwoordcontrole.Geblokkeerd blokkade) {
            geblokkeerd(context, blokkade.rest());
        } else {
            vraagAanmelding(context, "Aanmelding mislukt", "aanmelding mislukt");
        }
        return Optional.empty();
    }

    /** A dashboard session: valid (not idle too long, not too old, not logged out), and a change carries its CSRF token. */
    private Optional<Aanmelding> sessie(ContainerRequestContext context, String id) {
        Optional<Sessie> sessie = sessies.gebruik(id);
        if (sessie.isEmpty()) {
            vraagAanmelding(context, "Sessie verlopen", "de sessie is verlopen of beëindigd; meld opnieuw aan");
            return Optional.empty();
        }
        if (!Sessiecookie.VEILIG.contains(context.getMethod())
                && !Sessiecookie.csrfKlopt(context.getHeaderString(Sessiecookie.CSRF_KOP), sessie.get().csrf())) {
            weiger(context, 403, "CSRF-token ontbreekt of klopt niet", "een wijziging vanuit het dashboard draagt de kop "
                    + Sessiecookie.CSRF_KOP + " van de sessie");
            return Optional.empty();
        }
        return Optional.of(sessie.get().aanmelding());
    }

    private Optional<Aanmelding> token(ContainerRequestContext context, String token, String herkomst) {
        Optional<Duration> blokkade = bewaking.geblokkeerd(null, herkomst);
        if (blokkade.isPresent()) {
            geblokkeerd(context, blokkade.get());
            return Optional.empty();
        }
        if (tokens == null) {
            bewaking.mislukt(null, "token", herkomst);
            vraagAanmelding(context, "Aanmelding mislukt", "aanmelding mislukt");
            return Optional.empty();
        }
        try {
            return Optional.of(tokens.controleer(token));
        } catch (Tokencontrole.Geweigerd e) {
            LOG.info("Bearer token geweigerd (herkomst {}): {}", herkomst, e.getMessage());
            bewaking.mislukt(null, "token", herkomst);
            vraagAanmelding(context, "Aanmelding mislukt", "aanmelding mislukt");
            return Optional.empty();
        }
    }

    /** {@code Basic base64(naam:wachtwoord)}; empty when malformed. */
    static Optional<String[]> basic(String kop) {
        if (!kop.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String paar = new String(Base64.getDecoder().decode(kop.substring(6).strip()), StandardCharsets.UTF_8);
            int scheiding = paar.indexOf(':');
            if (scheiding <= 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {paar.substring(0, scheiding), paar.substring(scheiding + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void vraagAanmelding(ContainerRequestContext context, String titel, String detail) {
        if (uitBrowserpagina(context)) {
            // a Basic challenge would make the browser open its own login dialog over the dashboard's
            context.abortWith(probleem(401, titel, detail).header(HttpHeaders.WWW_AUTHENTICATE, "Sessie realm=\"" + SamenspelRealm.NAAM + "\"")
                    .build());
            return;
        }
        Response.ResponseBuilder antwoord = probleem(401, titel, detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + SamenspelRealm.NAAM + "\", charset=\"UTF-8\"");
        if (tokens != null) {
            antwoord.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + SamenspelRealm.NAAM + "\"");
        }
        context.abortWith(antwoord.build());
    }

    /** A script of a page (fetch: Sec-Fetch-Mode cors or same-origin) or a request with a session cookie. */
    static boolean uitBrowserpagina(ContainerRequestContext context) {
        String modus = context.getHeaderString("Sec-Fetch-Mode");
        return modus != null && !"navigate".equalsIgnoreCase(modus) || context.getCookies().containsKey(Sessiecookie.NAAM);
    }

    static void geblokkeerd(ContainerRequestContext context, Duration rest) {
        context.abortWith(probleem(429, "Tijdelijk geblokkeerd", "te veel mislukte aanmeldingen; probeer het later opnieuw")
                .header("Retry-After", Long.toString(Math.max(1, rest.toSeconds()))).build());
    }

    private static void weiger(ContainerRequestContext context, int status, String titel, String detail) {
        context.abortWith(probleem(status, titel, detail).build());
    }

    private static Response.ResponseBuilder probleem(int status, String titel, String detail) {
        return Response.status(status).type(SamenspelApi.PROBLEM_JSON)
                .entity(new Problem("about:blank", titel, status, detail, null, List.of()));
    }
}
