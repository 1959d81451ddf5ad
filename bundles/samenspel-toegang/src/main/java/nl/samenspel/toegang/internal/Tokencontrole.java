package nl.samenspel.toegang.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.cxf.rs.security.jose.jwa.SignatureAlgorithm;
import org.apache.cxf.rs.security.jose.jwk.JsonWebKey;
import org.apache.cxf.rs.security.jose.jwk.JsonWebKeys;
import org.apache.cxf.rs.security.jose.jws.JwsJwtCompactConsumer;
import org.apache.cxf.rs.security.jose.jws.JwsSignatureVerifier;
import org.apache.cxf.rs.security.jose.jws.JwsUtils;
import org.apache.cxf.rs.security.jose.jwt.JwtClaims;

/**
 * Bearer tokens of machine clients (NL GOV OAuth 2.0 profile: a signed JWT access token). A token
 * is accepted when its signature verifies with a key of the issuer's JWKS named by its {@code kid},
 * with an asymmetric algorithm (never {@code none}, never HMAC: the JWKS is public), its issuer is
 * the configured one, its audience contains ours, and it has not expired; its roles come from the
 * configured claim. CXF's JOSE module does the cryptography; this class only decides.
 */
final class Tokencontrole {

    /** Longer tokens are refused unread: a header is no place for megabytes. */
    static final int MAXIMALE_LENGTE = 8192;
    private static final Set<String> ALGORITMEN = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512");
    private static final long SPELING_S = 60;

    /** Why a token was refused; never echoed to the client, only logged without the token. */
    static final class Geweigerd extends Exception {
        private static final long serialVersionUID = 1L;

        Geweigerd(String reden) {
            super(reden);
        }
    }

    interface Sleutels {
        JsonWebKeys sleutels() throws Geweigerd;
    }

    /**
     * What the configuration says of the tokens it accepts, four names that are easily swapped: the
     * issuer ({@code iss}) and audience ({@code aud}) a token must name, and the claims that carry
     * the client's roles and its name.
     */
    record Profiel(String uitgever, String publiek, String rollenclaim, String naamclaim) {
    }

    private final Profiel profiel;
    private final Sleutels sleutels;
    private final Clock klok;

    Tokencontrole(Profiel profiel, Sleutels sleutels, Clock klok) {
        this.profiel = profiel;
        this.sleutels = sleutels;
        this.klok = klok;
    }

    Aanmelding controleer(String token) throws Geweigerd {
        if (token.length() > MAXIMALE_LENGTE) {
            throw new Geweigerd("token langer dan " + MAXIMALE_LENGTE + " tekens");
        }
        JwsJwtCompactConsumer jwt;
        JwtClaims claims;
        String alg;
        String kid;
        try {
            jwt = new JwsJwtCompactConsumer(token);
            alg = jwt.getJwsHeaders().getAlgorithm();
            kid = jwt.getJwsHeaders().getKeyId();
            claims = jwt.getJwtClaims();
        } catch (RuntimeException e) {
            throw new Geweigerd("geen JWS in compacte vorm");
        }
        if (alg == null || !ALGORITMEN.contains(alg)) {
            throw new Geweigerd("algoritme " + alg + " niet toegestaan");
        }
        JsonWebKey sleutel = kid == null ? enigeSleutel() : sleutels.sleutels().getKey(kid);
        if (sleutel == null) {
            throw new Geweigerd("geen sleutel met kid " + kid + " in de JWKS");
        }
        JwsSignatureVerifier verifier;
        try {
            verifier = JwsUtils.getSignatureVerifier(sleutel, SignatureAlgorithm.getAlgorithm(alg));
        } catch (RuntimeException e) {
            throw new Geweigerd("sleutel " + kid + " past niet bij " + alg);
        }
        if (!jwt.verifySignatureWith(verifier)) {
            throw new Geweigerd("handtekening klopt niet");
        }
        try {
            return beoordeel(claims);
        } catch (RuntimeException e) { // a claim of the wrong type ("exp": "morgen") is a bad token, not a 500
            throw new Geweigerd("claim van het verkeerde type: " + e.getClass().getSimpleName());
        }
    }

    private Aanmelding beoordeel(JwtClaims claims) throws Geweigerd {
        if (!profiel.uitgever().equals(claims.getIssuer())) {
            throw new Geweigerd("uitgever " + claims.getIssuer() + " is niet " + profiel.uitgever());
        }
        if (claims.getAudiences() == null || !claims.getAudiences().contains(profiel.publiek())) {
            throw new Geweigerd("publiek " + claims.getAudiences() + " bevat " + profiel.publiek() + " niet");
        }
        long nu = klok.instant().getEpochSecond();
        Long verloopt = claims.getExpiryTime();
        if (verloopt == null || verloopt + SPELING_S < nu) {
            throw new Geweigerd(verloopt == null ? "token zonder exp" : "token verlopen");
        }
        Long nietVoor = claims.getNotBefore();
        if (nietVoor != null && nietVoor - SPELING_S > nu) {
            throw new Geweigerd("token nog niet geldig (nbf)");
        }
        Object naam = claims.getClaim(profiel.naamclaim());
        if (!(naam instanceof String n) || n.isBlank()) {
            throw new Geweigerd("token zonder " + profiel.naamclaim());
        }
        return new Aanmelding("token:" + n, rollen(claims.getClaim(profiel.rollenclaim())));
    }

    private JsonWebKey enigeSleutel() throws Geweigerd {
        List<JsonWebKey> alle = sleutels.sleutels().getKeys();
        return alle != null && alle.size() == 1 ? alle.get(0) : null;
    }

    /** A list of names, or one space-separated string (the OAuth {@code scope} form). */
    static Set<String> rollen(Object claim) {
        Stream<?> namen;
        if (claim instanceof Collection<?> lijst) {
            namen = lijst.stream();
        } else if (claim instanceof String tekst) {
            namen = Stream.of(tekst.trim().split("\\s+"));
        } else {
            return Set.of();
        }
        return namen.filter(String.class::isInstance).map(String.class::cast).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    static Optional<String> bearer(String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).strip());
        }
        return Optional.empty();
    }
}
