package nl.samenspel.toegang.internal;

import nl.samenspel.testsupport.Testklok;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import nl.samenspel.api.audit.Auditlog;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.rest.Problem;
import org.apache.cxf.rs.security.jose.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The filter's decision, without OSGi or a server: fake request, resource and realm. */
class ToegangsfilterTest {

    private static final int API_POORT = 8181;
    private static final int UITWISSELINGSPOORT = 8443;
    private static final String HERKOMST = "192.0.2.10";

    /** Operations of a test resource, one per kind of right. */
    static class Bewerkingen {
        @Toegang(Bevoegdheid.OPENBAAR)
        public void openbaar() {
        }

        public void vergeten() {
        }

        @Toegang(Bevoegdheid.AUDIT)
        public void audit() {
        }

        @Toegang(Bevoegdheid.VEREVENING_LEZEN)
        public void vereveningLezen() {
        }

        @Toegang(Bevoegdheid.UITWISSELING)
        public void ontvang() {
        }
    }

    @Toegang(Bevoegdheid.REGISTER_LEZEN)
    static class Klassebewerkingen {
        public void lees() {
        }

        @Toegang(Bevoegdheid.REGISTER_BEHEREN)
        public void herlaad() {
        }
    }

    private final Testklok klok = new Testklok();
    private final List<Auditregel> audit = new ArrayList<>();
    private final Auditlog auditlog = audit::add;
    private final Aanmeldbewaking bewaking = new Aanmeldbewaking(
            new Aanmeldpogingen(3, 20, Duration.ofMinutes(5), Duration.ofMinutes(5)), auditlog, klok);
    private final List<String> realmGevraagd = new ArrayList<>();
    private final Sessies sessies = new Sessies(new Sessies.Grenzen(Duration.ofMinutes(30), Duration.ofHours(10), 100), klok);
    private final Inloggen realm = (gebruiker, wachtwoord, herkomst) -> {
        realmGevraagd.add(gebruiker);
        Map<String, Aanmelding> gebruikers = Map.of(
                "lezer:lees-wachtwoord-1", new Aanmelding("lees", Set.of("lezer")),
                "beheer:beheer-wachtwoord-1", new Aanmelding("beheer", Set.of("beheerder", "ssh")));
        return Optional.ofNullable(gebruikers.get(gebruiker + ":" + new String(wachtwoord)));
    };

    // --- requests ---------------------------------------------------------------------------

    /** A request as the filter sees it; records what the filter did to it. */
    static final class Verzoek {
        final Map<String, String> koppen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        final Map<String, Object> eigenschappen = new HashMap<>();
        final Map<String, Cookie> cookies = new HashMap<>();
        String methode = "GET";
        Response afgebroken;
        SecurityContext beveiliging;

        Verzoek basic(String gebruiker, String wachtwoord) {
            koppen.put("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)));
            return this;
        }

        Verzoek kop(String naam, String waarde) {
            koppen.put(naam, waarde);
            return this;
        }

        Verzoek sessie(String id) {
            cookies.put(Sessiecookie.NAAM, new Cookie(Sessiecookie.NAAM, id));
            return this;
        }

        ContainerRequestContext context() {
            UriInfo uri = proxy(UriInfo.class, (m, args) -> switch (m.getName()) {
                case "getQueryParameters" -> query;
                default -> throw new UnsupportedOperationException("UriInfo." + m.getName());
            });
            return proxy(ContainerRequestContext.class, (m, args) -> switch (m.getName()) {
                case "getHeaderString" -> koppen.get((String) args[0]);
                case "getUriInfo" -> uri;
                case "getMethod" -> methode;
                case "getCookies" -> cookies;
                case "setProperty" -> eigenschappen.put((String) args[0], args[1]);
                case "getProperty" -> eigenschappen.get((String) args[0]);
                case "abortWith" -> {
                    assertThat(afgebroken).as("abortWith once").isNull();
                    afgebroken = (Response) args[0];
                    yield null;
                }
                case "setSecurityContext" -> beveiliging = (SecurityContext) args[0];
                case "getSecurityContext" -> beveiliging;
                default -> throw new UnsupportedOperationException("ContainerRequestContext." + m.getName());
            });
        }
    }

    interface Handler {
        Object handel(Method m, Object[] args);
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(ToegangsfilterTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "equals" -> p == args[0];
                    case "hashCode" -> System.identityHashCode(p);
                    default -> type.getSimpleName() + " (test)";
                };
            }
            return handler.handel(m, args);
        });
    }

    static HttpServletRequest servletverzoek(int poort, Map<String, Object> attributen) {
        return proxy(HttpServletRequest.class, (m, args) -> switch (m.getName()) {
            case "getLocalPort" -> poort;
            case "getRemoteAddr" -> HERKOMST;
            case "isSecure" -> true;
            case "getAttribute" -> attributen.get((String) args[0]);
            default -> throw new UnsupportedOperationException("HttpServletRequest." + m.getName());
        });
    }

    static ResourceInfo bewerking(Class<?> klasse, String methode) {
        Method m;
        try {
            m = klasse.getMethod(methode);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(e);
        }
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return m;
            }

            @Override
            public Class<?> getResourceClass() {
                return klasse;
            }
        };
    }

    private Toegangsfilter filter(ResourceInfo bewerking, int poort, Tokencontrole tokens) {
        Toegangsfilter filter = new Toegangsfilter(bewaking, realm, tokens, sessies, UITWISSELINGSPOORT);
        zet(filter, "resourceInfo", bewerking);
        zet(filter, "verzoek", servletverzoek(poort, Map.of()));
        return filter;
    }

    private static void zet(Object doel, String veld, Object waarde) {
        try {
            Field f = Toegangsfilter.class.getDeclaredField(veld);
            f.setAccessible(true);
            f.set(doel, waarde);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Verzoek voer(String methode, Verzoek verzoek) {
        return voer(Bewerkingen.class, methode, API_POORT, verzoek);
    }

    private Verzoek voer(Class<?> klasse, String methode, int poort, Verzoek verzoek) {
        filter(bewerking(klasse, methode), poort, null).filter(verzoek.context());
        return verzoek;
    }

    /** Every refusal is problem+json with a Problem whose status is the response's. */
    private static Problem probleem(Verzoek verzoek, int status) {
        Response r = verzoek.afgebroken;
        assertThat(r).as("request aborted").isNotNull();
        assertThat(r.getStatus()).isEqualTo(status);
        assertThat(r.getMediaType()).hasToString("application/problem+json");
        assertThat(r.getEntity()).isInstanceOf(Problem.class);
        Problem p = (Problem) r.getEntity();
        assertThat(p.status()).isEqualTo(status);
        assertThat(p.title()).isNotBlank();
        return p;
    }

    private static void doorgelaten(Verzoek verzoek) {
        assertThat(verzoek.afgebroken).as("not aborted").isNull();
    }

    // --- cases ------------------------------------------------------------------------------

    @Test
    void openbareBewerkingZonderAanmelding() {
        Verzoek v = voer("openbaar", new Verzoek());

        doorgelaten(v);
        assertThat(v.eigenschappen).containsEntry(Toegangsfilter.BEVOEGDHEID, Bevoegdheid.OPENBAAR);
        assertThat(realmGevraagd).isEmpty();
    }

    @Test
    void bewerkingZonderToegangIsVoorEenAangemeldeGebruiker403() {
        Verzoek v = voer("vergeten", new Verzoek().basic("beheer", "beheer-wachtwoord-1"));

        assertThat(probleem(v, 403).title()).isEqualTo("Niet bevoegd");
        assertThat(v.eigenschappen).doesNotContainKey(Toegangsfilter.BEVOEGDHEID);
    }

    @Test
    void bewerkingZonderToegangIsZonderAanmelding401() {
        probleem(voer("vergeten", new Verzoek()), 401);
    }

    @Test
    void zonderAuthorization401MetBasicUitdaging() {
        Verzoek v = voer("audit", new Verzoek());

        probleem(v, 401);
        List<Object> uitdagingen = v.afgebroken.getHeaders().get("WWW-Authenticate");
        assertThat(uitdagingen).hasSize(1);
        assertThat(uitdagingen.get(0).toString()).startsWith("Basic realm=\"samenspel\"");
        assertThat(realmGevraagd).isEmpty();
    }

    @Test
    void metTokensOokEenBearerUitdaging() {
        Verzoek v = new Verzoek();
        filter(bewerking(Bewerkingen.class, "audit"), API_POORT, tokencontrole(new Tokenuitgever("k1"))).filter(v.context());

        probleem(v, 401);
        assertThat(v.afgebroken.getHeaders().get("WWW-Authenticate")).extracting(Object::toString)
                .anySatisfy(u -> assertThat(u).startsWith("Basic realm=\"samenspel\""))
                .anySatisfy(u -> assertThat(u).startsWith("Bearer realm=\"samenspel\""));
    }

    @Test
    void verkeerdWachtwoordGeeftHetzelfdeAntwoordAlsEenOnbekendeGebruiker() {
        Verzoek verkeerd = voer("audit", new Verzoek().basic("beheer", "verkeerd-wachtwoord"));
        Verzoek onbekend = voer("audit", new Verzoek().basic("bestaat-niet", "verkeerd-wachtwoord"));

        Problem a = probleem(verkeerd, 401);
        Problem b = probleem(onbekend, 401);
        assertThat(a).isEqualTo(b);
        assertThat(verkeerd.afgebroken.getHeaders().get("WWW-Authenticate"))
                .isEqualTo(onbekend.afgebroken.getHeaders().get("WWW-Authenticate"));
        assertThat(realmGevraagd).containsExactly("beheer", "bestaat-niet");
    }

    @Test
    void misvormdeAuthorization401() {
        probleem(voer("audit", new Verzoek().kop("Authorization", "Basic !!geen-base64!!")), 401);
        probleem(voer("audit", new Verzoek().kop("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("zonder-dubbelepunt".getBytes(StandardCharsets.UTF_8)))), 401);
        probleem(voer("audit", new Verzoek().kop("Authorization", "Digest username=\"beheer\"")), 401);
        probleem(voer("audit", new Verzoek().kop("Authorization", "Basic " + "A".repeat(9000))), 401);
        assertThat(realmGevraagd).isEmpty();
    }

    @Test
    void juistWachtwoordZonderDeRol403DieDeRolNoemt() {
        Problem p = probleem(voer("audit", new Verzoek().basic("lezer", "lees-wachtwoord-1")), 403);
        assertThat(p.detail()).contains("beheerder");

        Problem q = probleem(voer("vereveningLezen", new Verzoek().basic("beheer", "beheer-wachtwoord-1")), 403);
        assertThat(q.detail()).contains("controller").contains("lezer").doesNotContain("beheerder");
    }

    @Test
    void toegestaneRolWordtDoorgelatenMetBeveiligingscontext() {
        Verzoek v = voer("vereveningLezen", new Verzoek().basic("lezer", "lees-wachtwoord-1"));

        doorgelaten(v);
        assertThat(v.beveiliging.getUserPrincipal().getName()).isEqualTo("lees");
        assertThat(v.beveiliging.isUserInRole("lezer")).isTrue();
        assertThat(v.beveiliging.isUserInRole("beheerder")).isFalse();
        assertThat(v.beveiliging.getAuthenticationScheme()).isEqualTo(SecurityContext.BASIC_AUTH);
        assertThat(v.beveiliging.isSecure()).isTrue();
        assertThat(v.eigenschappen).containsEntry(Toegangsfilter.ACTOR, "lees")
                .containsEntry(Toegangsfilter.BEVOEGDHEID, Bevoegdheid.VEREVENING_LEZEN);
    }

    @Test
    void toegangOpDeKlasseGeldtVoorMethodenZonderEigen() {
        doorgelaten(voer(Klassebewerkingen.class, "lees", API_POORT, new Verzoek().basic("lezer", "lees-wachtwoord-1")));
        probleem(voer(Klassebewerkingen.class, "herlaad", API_POORT, new Verzoek().basic("lezer", "lees-wachtwoord-1")), 403);
        doorgelaten(voer(Klassebewerkingen.class, "herlaad", API_POORT, new Verzoek().basic("beheer", "beheer-wachtwoord-1")));
    }

    @Test
    void uitwisselingOpDeApiPoort403() {
        Problem p = probleem(voer(Bewerkingen.class, "ontvang", API_POORT, new Verzoek().basic("beheer", "beheer-wachtwoord-1")), 403);

        assertThat(p.title()).isEqualTo("Alleen op de uitwisselingspoort");
        assertThat(realmGevraagd).isEmpty();
    }

    @Test
    void uitwisselingOpDeUitwisselingspoortZonderAanmelding() {
        Verzoek v = voer(Bewerkingen.class, "ontvang", UITWISSELINGSPOORT, new Verzoek());

        doorgelaten(v);
        assertThat(v.eigenschappen).containsEntry(Toegangsfilter.BEVOEGDHEID, Bevoegdheid.UITWISSELING);
        assertThat(realmGevraagd).isEmpty();
    }

    @Test
    void andereBewerkingenOpDeUitwisselingspoort403() {
        assertThat(probleem(voer(Bewerkingen.class, "openbaar", UITWISSELINGSPOORT, new Verzoek()), 403).title())
                .isEqualTo("Alleen de uitwisseling");
        assertThat(probleem(voer(Bewerkingen.class, "audit", UITWISSELINGSPOORT, new Verzoek().basic("beheer", "beheer-wachtwoord-1")), 403)
                .title()).isEqualTo("Alleen de uitwisseling");
        assertThat(probleem(voer(Bewerkingen.class, "vergeten", UITWISSELINGSPOORT, new Verzoek()), 403).title())
                .isEqualTo("Alleen de uitwisseling");
        assertThat(realmGevraagd).isEmpty();
    }

    @Test
    void zonderUitwisselingspoortIsUitwisselingOveral403() {
        Toegangsfilter knooppunt = new Toegangsfilter(bewaking, realm, null, sessies, -1);
        zet(knooppunt, "resourceInfo", bewerking(Bewerkingen.class, "ontvang"));
        zet(knooppunt, "verzoek", servletverzoek(API_POORT, Map.of()));
        Verzoek v = new Verzoek();
        knooppunt.filter(v.context());

        probleem(v, 403);
    }

    @Test
    void accessTokenInDeQuery400() {
        Verzoek v = new Verzoek().basic("beheer", "beheer-wachtwoord-1");
        v.query.add("access_token", "eyJ...");

        probleem(voer("audit", v), 400);
        assertThat(realmGevraagd).isEmpty();
    }

    @Test
    void geblokkeerdeGebruiker429MetRetryAfter() {
        for (int i = 0; i < 3; i++) {
            bewaking.mislukt("beheer", "ssh", "198.51.100." + i);
        }
        klok.verzet(Duration.ofSeconds(60));

        Verzoek v = voer("audit", new Verzoek().basic("BEHEER", "beheer-wachtwoord-1"));

        probleem(v, 429);
        assertThat(v.afgebroken.getHeaderString("Retry-After")).isEqualTo("240");
        assertThat(realmGevraagd).as("a locked name is not checked").isEmpty();
        assertThat(audit).extracting(Auditregel::resultaat).containsExactly(401, 401, 401, 429, 429);
        assertThat(audit.get(audit.size() - 1).herkomst()).isEqualTo(HERKOMST);
    }

    @Test
    void geblokkeerdeHerkomst429OokVoorEenToken() {
        for (int i = 0; i < 20; i++) {
            bewaking.mislukt("naam" + i, "rest", HERKOMST);
        }

        Verzoek v = new Verzoek().kop("Authorization", "Bearer abc.def.ghi");
        filter(bewerking(Bewerkingen.class, "audit"), API_POORT, tokencontrole(new Tokenuitgever("k1"))).filter(v.context());

        probleem(v, 429);
        assertThat(Long.parseLong(v.afgebroken.getHeaderString("Retry-After"))).isBetween(1L, 300L);
    }

    @Test
    void bearerZonderTokenconfiguratie401() {
        Verzoek v = voer("audit", new Verzoek().kop("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));

        probleem(v, 401);
        assertThat(audit).extracting(Auditregel::actie).containsExactly("aanmelding token");
    }

    @Test
    void geldigBearerTokenMetDeJuisteRol() {
        Tokenuitgever uitgever = new Tokenuitgever("k1");
        Verzoek v = new Verzoek().kop("Authorization", "Bearer " + uitgever.token(Tokenuitgever.claims(klok.instant())));
        filter(bewerking(Bewerkingen.class, "vereveningLezen"), API_POORT, tokencontrole(uitgever)).filter(v.context());

        doorgelaten(v);
        assertThat(v.beveiliging.getUserPrincipal().getName()).isEqualTo("token:rapportageclient");
        assertThat(v.beveiliging.getAuthenticationScheme()).isEqualTo("Bearer");
        assertThat(v.eigenschappen).containsEntry(Toegangsfilter.ACTOR, "token:rapportageclient");
    }

    @Test
    void ongeldigBearerToken401EnGeteld() {
        Tokenuitgever uitgever = new Tokenuitgever("k1");
        Verzoek v = new Verzoek().kop("Authorization", "Bearer " + new Tokenuitgever("k1").token(Tokenuitgever.claims(klok.instant())));
        filter(bewerking(Bewerkingen.class, "vereveningLezen"), API_POORT, tokencontrole(uitgever)).filter(v.context());

        probleem(v, 401);
        assertThat(audit).extracting(Auditregel::resultaat).containsExactly(401);
    }

    @Test
    void getekendTokenMetMisvormdeClaim401GeenUitzondering() {
        Tokenuitgever uitgever = new Tokenuitgever("k1");
        JwtClaims claims = Tokenuitgever.claims(klok.instant());
        claims.setProperty("exp", "morgen");
        Verzoek v = new Verzoek().kop("Authorization", "Bearer " + uitgever.token(claims));
        filter(bewerking(Bewerkingen.class, "vereveningLezen"), API_POORT, tokencontrole(uitgever)).filter(v.context());

        probleem(v, 401);
        assertThat(audit).extracting(Auditregel::resultaat).containsExactly(401);
    }

    private Tokencontrole tokencontrole(Tokenuitgever uitgever) {
        return new Tokencontrole(Tokenuitgever.PROFIEL, uitgever::jwks, klok);
    }

    // --- the dashboard's session ------------------------------------------------------------

    @Test
    void sessiecookieMeldtAanZonderWachtwoord() {
        Sessie sessie = sessies.open(new Aanmelding("lees", Set.of("lezer")));

        Verzoek v = voer("vereveningLezen", new Verzoek().sessie(sessie.id()));

        doorgelaten(v);
        assertThat(v.eigenschappen).containsEntry(Toegangsfilter.ACTOR, "lees");
        assertThat(v.beveiliging.getAuthenticationScheme()).isEqualTo(SecurityContext.FORM_AUTH);
        assertThat(realmGevraagd).isEmpty();
    }

    @Test
    void sessieHoudtZichAanDeRollen() {
        Sessie sessie = sessies.open(new Aanmelding("lees", Set.of("lezer")));

        assertThat(probleem(voer("audit", new Verzoek().sessie(sessie.id())), 403).title()).isEqualTo("Niet bevoegd");
    }

    @Test
    void wijzigingMetSessieVraagtHetCsrfToken() {
        Sessie sessie = sessies.open(new Aanmelding("beheer", Set.of("beheerder")));
        Verzoek zonder = new Verzoek().sessie(sessie.id());
        zonder.methode = "POST";
        Verzoek fout = new Verzoek().sessie(sessie.id()).kop(Sessiecookie.CSRF_KOP, sessie.csrf() + "x");
        fout.methode = "DELETE";
        Verzoek goed = new Verzoek().sessie(sessie.id()).kop(Sessiecookie.CSRF_KOP, sessie.csrf());
        goed.methode = "POST";

        assertThat(probleem(voer("audit", zonder), 403).title()).isEqualTo("CSRF-token ontbreekt of klopt niet");
        assertThat(probleem(voer("audit", fout), 403).title()).isEqualTo("CSRF-token ontbreekt of klopt niet");
        doorgelaten(voer("audit", goed));
    }

    @Test
    void verlopenSessie401ZonderBasicUitdaging() {
        Sessie sessie = sessies.open(new Aanmelding("lees", Set.of("lezer")));
        klok.verzet(Duration.ofMinutes(31));

        Verzoek v = voer("vereveningLezen", new Verzoek().sessie(sessie.id()));

        assertThat(probleem(v, 401).title()).isEqualTo("Sessie verlopen");
        // a Basic challenge would open the browser's own login dialog over the dashboard
        assertThat(v.afgebroken.getHeaders().get("WWW-Authenticate")).extracting(Object::toString)
                .containsExactly("Sessie realm=\"samenspel\"");
    }

    @Test
    void scriptZonderAanmeldingKrijgtGeenBasicUitdaging() {
        Verzoek fetch = voer("vereveningLezen", new Verzoek().kop("Sec-Fetch-Mode", "same-origin"));
        Verzoek curl = voer("vereveningLezen", new Verzoek());

        assertThat(probleem(fetch, 401).title()).isEqualTo("Aanmelden vereist");
        assertThat(fetch.afgebroken.getHeaders().get("WWW-Authenticate")).extracting(Object::toString).noneMatch(k -> k.startsWith("Basic"));
        assertThat(curl.afgebroken.getHeaders().get("WWW-Authenticate")).extracting(Object::toString).anyMatch(k -> k.startsWith("Basic"));
    }
}
