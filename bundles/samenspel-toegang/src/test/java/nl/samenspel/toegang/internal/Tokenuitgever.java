package nl.samenspel.toegang.internal;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import org.apache.cxf.rs.security.jose.jwa.SignatureAlgorithm;
import org.apache.cxf.rs.security.jose.jwk.JsonWebKey;
import org.apache.cxf.rs.security.jose.jwk.JsonWebKeys;
import org.apache.cxf.rs.security.jose.jwk.JwkUtils;
import org.apache.cxf.rs.security.jose.jws.JwsHeaders;
import org.apache.cxf.rs.security.jose.jws.JwsJwtCompactProducer;
import org.apache.cxf.rs.security.jose.jws.JwsUtils;
import org.apache.cxf.rs.security.jose.jwt.JwtClaims;

/** A test issuer of bearer tokens: an RSA key pair, its JWKS, and signed tokens. */
final class Tokenuitgever {

    static final String UITGEVER = "https://idp.regio.example/realms/samenspel";
    static final String PUBLIEK = "samenspel";
    /** This issuer's tokens as the configuration describes them, with the default claims. */
    static final Tokencontrole.Profiel PROFIEL = new Tokencontrole.Profiel(UITGEVER, PUBLIEK, "roles", "sub");

    final KeyPair sleutelpaar;
    final String kid;

    Tokenuitgever(String kid) {
        this.kid = kid;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.sleutelpaar = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonWebKey jwk() {
        return JwkUtils.fromRSAPublicKey((RSAPublicKey) sleutelpaar.getPublic(), "RS256", kid);
    }

    /** The JWKS as the issuer publishes it, read back the way a client reads it. */
    JsonWebKeys jwks() {
        return JwkUtils.readJwkSet(jwksJson());
    }

    String jwksJson() {
        return JwkUtils.jwkSetToJson(new JsonWebKeys(jwk()));
    }

    /** Valid claims: our issuer and audience, five minutes left, roles as a list. */
    static JwtClaims claims(Instant nu) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(UITGEVER);
        claims.setAudience(PUBLIEK);
        claims.setSubject("rapportageclient");
        claims.setIssuedAt(nu.getEpochSecond());
        claims.setExpiryTime(nu.plusSeconds(300).getEpochSecond());
        claims.setClaim("roles", List.of("lezer", "controller"));
        return claims;
    }

    String token(JwtClaims claims) {
        return token(claims, kid, sleutelpaar.getPrivate());
    }

    static String token(JwtClaims claims, String kid, PrivateKey sleutel) {
        JwsHeaders kop = new JwsHeaders(SignatureAlgorithm.RS256);
        if (kid != null) {
            kop.setKeyId(kid);
        }
        return new JwsJwtCompactProducer(kop, claims).signWith(JwsUtils.getPrivateKeySignatureProvider(sleutel, SignatureAlgorithm.RS256));
    }
}
