package nl.samenspel.toegang.internal;

import nl.samenspel.testsupport.Testklok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.cxf.rs.security.jose.jwa.SignatureAlgorithm;
import org.apache.cxf.rs.security.jose.jwk.JsonWebKeys;
import org.apache.cxf.rs.security.jose.jws.JwsHeaders;
import org.apache.cxf.rs.security.jose.jws.JwsJwtCompactProducer;
import org.apache.cxf.rs.security.jose.jws.JwsUtils;
import org.apache.cxf.rs.security.jose.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokencontroleTest {

    private static Tokenuitgever uitgever;
    private static Tokenuitgever ander;

    private final Testklok klok = new Testklok();
    private final Tokencontrole controle = new Tokencontrole(Tokenuitgever.PROFIEL, () -> uitgever.jwks(), klok);

    @BeforeAll
    static void sleutels() {
        uitgever = new Tokenuitgever("k1");
        ander = new Tokenuitgever("k1");
    }

    private JwtClaims claims() {
        return Tokenuitgever.claims(klok.instant());
    }

    /** A token of the test's issuer whose claims have one change. */
    private String token(Consumer<JwtClaims> wijziging) {
        JwtClaims claims = claims();
        wijziging.accept(claims);
        return uitgever.token(claims);
    }

    private void geweigerd(String token) {
        assertThatThrownBy(() -> controle.controleer(token)).isInstanceOf(Tokencontrole.Geweigerd.class);
    }

    @Test
    void geldigTokenMetRollenAlsLijst() throws Exception {
        Aanmelding a = controle.controleer(uitgever.token(claims()));

        assertThat(a).isEqualTo(new Aanmelding("token:rapportageclient", Set.of("lezer", "controller")));
    }

    @Test
    void geldigTokenMetRollenAlsTekstMetSpaties() throws Exception {
        assertThat(controle.controleer(token(c -> c.setClaim("roles", " lezer  controller "))).rollen())
                .containsExactlyInAnyOrder("lezer", "controller");
    }

    @Test
    void geldigTokenZonderRollenHeeftGeenRollen() throws Exception {
        assertThat(controle.controleer(token(c -> c.removeProperty("roles"))).rollen()).isEmpty();
    }

    @Test
    void publiekMagEenLijstZijn() throws Exception {
        assertThat(controle.controleer(token(c -> c.setAudiences(List.of("ander-systeem", Tokenuitgever.PUBLIEK)))).naam())
                .isEqualTo("token:rapportageclient");
    }

    @Test
    void zonderKidMetEenEnkeleSleutelInDeJwks() throws Exception {
        String token = Tokenuitgever.token(claims(), null, uitgever.sleutelpaar.getPrivate());

        assertThat(controle.controleer(token).naam()).isEqualTo("token:rapportageclient");
    }

    @Test
    void zonderKidMetMeerSleutelsInDeJwksGeweigerd() {
        Tokenuitgever tweede = new Tokenuitgever("k2");
        Tokencontrole twee = new Tokencontrole(Tokenuitgever.PROFIEL,
                () -> new JsonWebKeys(List.of(uitgever.jwk(), tweede.jwk())), klok);

        String token = Tokenuitgever.token(claims(), null, uitgever.sleutelpaar.getPrivate());
        assertThatThrownBy(() -> twee.controleer(token)).isInstanceOf(Tokencontrole.Geweigerd.class);
    }

    @Test
    void verlooptMetZestigSecondenSpeling() throws Exception {
        String token = uitgever.token(claims());

        klok.verzet(Duration.ofSeconds(300 + 60));
        assertThat(controle.controleer(token)).isNotNull();
        klok.verzet(Duration.ofSeconds(1));
        geweigerd(token);
    }

    /** One change to the claims of a token signed by the issuer that has it refused. */
    static Stream<Arguments> fouteClaims() {
        return Stream.of(
                fout("andere uitgever", c -> c.setIssuer("https://idp.elders.example/")),
                fout("ander publiek", c -> c.setAudience("ander-systeem")),
                fout("zonder publiek", c -> c.removeProperty("aud")),
                fout("zonder exp", c -> c.removeProperty("exp")),
                fout("zonder sub", c -> c.removeProperty("sub")),
                // issued now (the test's clock), so expired 61 seconds ago: beyond the skew
                fout("verlopen", c -> c.setExpiryTime(c.getIssuedAt() - 61)),
                // malformed: refused like any bad token, never a RuntimeException (a 500)
                fout("exp geen getal", c -> c.setProperty("exp", "morgen")),
                fout("nbf geen getal", c -> c.setProperty("nbf", "gisteren")),
                fout("iss een getal", c -> c.setProperty("iss", 42)),
                fout("aud een getal", c -> c.setProperty("aud", 42)),
                fout("sub een getal", c -> c.setProperty("sub", 42)));
    }

    private static Arguments fout(String naam, Consumer<JwtClaims> wijziging) {
        return Arguments.of(Named.of(naam, wijziging));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fouteClaims")
    void eenFouteClaimGeweigerd(Consumer<JwtClaims> wijziging) {
        geweigerd(token(wijziging));
    }

    @Test
    void nbfInDeToekomstGeweigerd() throws Exception {
        String token = token(c -> c.setNotBefore(klok.instant().plusSeconds(120).getEpochSecond()));

        geweigerd(token);
        klok.verzet(Duration.ofSeconds(60));
        assertThat(controle.controleer(token)).as("within the skew").isNotNull();
    }

    @Test
    void onbekendeKidGeweigerd() {
        geweigerd(Tokenuitgever.token(claims(), "k9", uitgever.sleutelpaar.getPrivate()));
    }

    @Test
    void handtekeningVanEenAndereSleutelGeweigerd() {
        geweigerd(ander.token(claims()));
    }

    @Test
    void gewijzigdeClaimsNaOndertekeningGeweigerd() {
        String[] delen = uitgever.token(claims()).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(delen[1]), StandardCharsets.UTF_8)
                .replace("rapportageclient", "beheerclient");
        geweigerd(delen[0] + "." + base64url(claims) + "." + delen[2]);
    }

    @Test
    void algNoneGeweigerd() {
        String token = base64url("{\"alg\":\"none\",\"kid\":\"k1\"}") + "." + base64url(claimsJson()) + ".";
        geweigerd(token);
        geweigerd(base64url("{\"alg\":\"none\"}") + "." + base64url(claimsJson()) + ".");
    }

    @Test
    void hs256MetDePubliekeSleutelAlsGeheimGeweigerd() {
        // algorithm confusion: the public key, known to all, used as the HMAC secret
        JwsHeaders kop = new JwsHeaders(SignatureAlgorithm.HS256);
        kop.setKeyId("k1");
        String token = new JwsJwtCompactProducer(kop, claims())
                .signWith(JwsUtils.getHmacSignatureProvider(uitgever.sleutelpaar.getPublic().getEncoded(), SignatureAlgorithm.HS256));
        geweigerd(token);
    }

    @Test
    void es256MetEenRsaSleutelGeweigerd() {
        String[] delen = uitgever.token(claims()).split("\\.");
        geweigerd(base64url("{\"alg\":\"ES256\",\"kid\":\"k1\"}") + "." + delen[1] + "." + delen[2]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "a.b", "a.b.c", "....", "ey.ey.ey", "eyJhbGciOiJSUzI1NiJ9.bm9nIGdlZW4ganNvbg.c2ln",
        "eyJhbGciOjQyfQ.e30.c2ln", "e30.e30.c2ln", "Basic YW5uYTpnZWhlaW0="})
    void rommelGeweigerd(String token) {
        geweigerd(token);
    }

    @Test
    void tokenLangerDan8192TekensGeweigerd() {
        String token = token(c -> c.setClaim("opvulling", "x".repeat(Tokencontrole.MAXIMALE_LENGTE)));

        assertThat(token.length()).isGreaterThan(Tokencontrole.MAXIMALE_LENGTE);
        geweigerd(token);
    }

    @Test
    void jwksDieNietTeLezenIsGeweigerd() {
        Tokencontrole zonder = new Tokencontrole(Tokenuitgever.PROFIEL, () -> {
            throw new Tokencontrole.Geweigerd("JWKS niet te lezen");
        }, klok);
        assertThatThrownBy(() -> zonder.controleer(uitgever.token(claims()))).isInstanceOf(Tokencontrole.Geweigerd.class);
    }

    @Test
    void bearerUitDeKop() {
        assertThat(Tokencontrole.bearer("Bearer abc.def.ghi")).contains("abc.def.ghi");
        assertThat(Tokencontrole.bearer("bearer  abc ")).contains("abc");
        assertThat(Tokencontrole.bearer("Basic YWJj")).isEmpty();
        assertThat(Tokencontrole.bearer(null)).isEmpty();
    }

    private String claimsJson() {
        return "{\"iss\":\"" + Tokenuitgever.UITGEVER + "\",\"aud\":\"samenspel\",\"sub\":\"rapportageclient\",\"exp\":"
                + klok.instant().plusSeconds(300).getEpochSecond() + ",\"roles\":[\"beheerder\"]}";
    }

    private static String base64url(String tekst) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tekst.getBytes(StandardCharsets.UTF_8));
    }
}
