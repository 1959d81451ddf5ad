package nl.samenspel.toegang.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import nl.samenspel.api.audit.Auditlog;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.testsupport.Testklok;
import org.junit.jupiter.api.Test;

/** The dashboard's login: the cookie's attributes, the same lockout as Basic, and only from this origin. */
class SessieResourceTest {

    private static final URI BASIS = URI.create("https://hub.example:9181/api/v1/");

    private final Testklok klok = new Testklok();
    private final List<Auditregel> audit = new ArrayList<>();
    private final Auditlog auditlog = audit::add;
    private final Aanmeldbewaking bewaking = new Aanmeldbewaking(
            new Aanmeldpogingen(3, 20, Duration.ofMinutes(5), Duration.ofMinutes(5)), auditlog, klok);
    /** As the realm's Aanmeldteller does in Karaf: a failure is counted. */
    private final Inloggen realm = (gebruiker, wachtwoord, herkomst) -> {
        Optional<Aanmelding> uitkomst = Optional.ofNullable(
                Map.of("ctrl:goed-wachtwoord", new Aanmelding("ctrl", Set.of("controller"))).get(gebruiker + ":" + new String(wachtwoord)));
        if (uitkomst.isEmpty()) {
            bewaking.mislukt(gebruiker, JaasInloggen.KANAAL, herkomst);
        }
        return uitkomst;
    };
    private final Sessies sessies = new Sessies(new Sessies.Grenzen(Duration.ofMinutes(30), Duration.ofHours(10), 100), klok);
    private final SessieResource resource = new SessieResource(sessies, new Wachtwoordcontrole(bewaking, realm));

    private Response meldAan(String gebruiker, String wachtwoord, String origin) {
        HttpHeaders koppen = ToegangsfilterTest.proxy(HttpHeaders.class, (m, args) -> "Origin".equals(args[0]) ? origin : null);
        UriInfo uri = ToegangsfilterTest.proxy(UriInfo.class, (m, args) -> BASIS);
        return resource.aanmelden(new SessieResource.Inlog(gebruiker, wachtwoord), koppen, uri);
    }

    @Test
    void aanmeldenZetEenStriktCookieEnGeeftHetCsrfToken() {
        Response r = meldAan("ctrl", "goed-wachtwoord", "https://hub.example:9181");

        assertThat(r.getStatus()).isEqualTo(200);
        String cookie = r.getHeaderString(HttpHeaders.SET_COOKIE);
        assertThat(cookie).startsWith(Sessiecookie.NAAM + "=").contains("; HttpOnly", "; Secure", "; SameSite=Strict", "; Path=/");
        SessieResource.Sessiegegevens gegevens = (SessieResource.Sessiegegevens) r.getEntity();
        assertThat(gegevens.gebruiker()).isEqualTo("ctrl");
        assertThat(gegevens.rollen()).containsExactly("controller");
        assertThat(gegevens.inactiefMinuten()).isEqualTo(30);
        String id = cookie.substring(Sessiecookie.NAAM.length() + 1, cookie.indexOf(';'));
        assertThat(sessies.gebruik(id)).get().extracting(Sessie::csrf).isEqualTo(gegevens.csrf());
        assertThat(gegevens.csrf()).isNotEqualTo(id);
    }

    @Test
    void foutWachtwoord401ZonderCookieEnZonderBasicUitdaging() {
        Response r = meldAan("ctrl", "fout", null);

        assertThat(r.getStatus()).isEqualTo(401);
        assertThat(r.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(r.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Sessie ");
        assertThat(sessies.aantal()).isZero();
    }

    @Test
    void naTeVeelFoutenGeblokkeerdOokMetHetGoedeWachtwoord() {
        for (int i = 0; i < 3; i++) {
            meldAan("ctrl", "fout-" + i, null);
        }
        Response r = meldAan("ctrl", "goed-wachtwoord", null);

        assertThat(r.getStatus()).isEqualTo(429);
        assertThat(r.getHeaderString("Retry-After")).isNotBlank();
        assertThat(sessies.aantal()).isZero();
    }

    @Test
    void eenAndereHerkomstMagNiemandAanmelden() {
        assertThatThrownBy(() -> meldAan("ctrl", "goed-wachtwoord", "https://elders.example"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(sessies.aantal()).isZero();
    }

    @Test
    void onvolledigeOfTeLangeAanmelding400() {
        assertThatThrownBy(() -> meldAan("ctrl", "", null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> meldAan(" ", "x", null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> meldAan("ctrl", "x".repeat(SessieResource.MAXIMAAL_WACHTWOORD + 1), null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void afmeldenBeeindigtDeSessieEnWistHetCookie() {
        Response aan = meldAan("ctrl", "goed-wachtwoord", null);
        String cookie = aan.getHeaderString(HttpHeaders.SET_COOKIE);
        String id = cookie.substring(Sessiecookie.NAAM.length() + 1, cookie.indexOf(';'));

        Response af = resource.afmelden(id);

        assertThat(af.getStatus()).isEqualTo(204);
        assertThat(af.getHeaderString(HttpHeaders.SET_COOKIE)).contains("Max-Age=0");
        assertThat(sessies.gebruik(id)).isEmpty();
        // without its session, a caller is only who Basic or a token says: no CSRF token
        SecurityContext basic = ToegangsfilterTest.proxy(SecurityContext.class, (m, args) -> switch (m.getName()) {
            case "getUserPrincipal" -> (java.security.Principal) () -> "ctrl";
            case "isUserInRole" -> "controller".equals(args[0]);
            default -> null;
        });
        SessieResource.Sessiegegevens zonder = resource.sessie(id, basic);
        assertThat(zonder.csrf()).isNull();
        assertThat(zonder.gebruiker()).isEqualTo("ctrl");
        assertThat(zonder.rollen()).containsExactly("controller");
    }
}
