package nl.samenspel.itests;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The users of the tests' installations, in the realm's users file form (salted PBKDF2, as
 * {@code bin/samenspel-gebruiker} writes it), computed here with the JDK: one user per role, a
 * second controller for four eyes, one without a Samenspel role, and {@code alles} with every role
 * for the tests that are not about access.
 */
final class Gebruikers {

    /** name → roles (Samenspel's, then Karaf's console roles). */
    static final Map<String, String> ROLLEN = new LinkedHashMap<>();

    static {
        ROLLEN.put("alles", "beheerder,controller,lezer,ssh,admin,manager,viewer,systembundles");
        ROLLEN.put("beheerder", "beheerder,ssh");
        ROLLEN.put("controller", "controller,ssh");
        ROLLEN.put("controller2", "controller,ssh");
        ROLLEN.put("lezer", "lezer,ssh");
        ROLLEN.put("geenrol", "ssh");
    }

    /** Few iterations: the tests' passwords protect nothing, and each login in a test costs less. */
    private static final int ITERATIES = 10_000;

    private Gebruikers() {
    }

    static String wachtwoord(String gebruiker) {
        return "test-" + gebruiker + "-wachtwoord";
    }

    /** The content of etc/samenspel-gebruikers.properties for these users. */
    static String bestand() {
        StringBuilder b = new StringBuilder("# gebruikers van de tests\n");
        ROLLEN.forEach((naam, rollen) -> b.append(naam).append(" = {CRYPT}").append(hash(wachtwoord(naam))).append("{CRYPT},")
                .append(rollen).append('\n'));
        return b.toString();
    }

    private static String hash(String wachtwoord) {
        byte[] zout = new byte[16];
        new SecureRandom().nextBytes(zout);
        try {
            byte[] h = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(wachtwoord.toCharArray(), zout, ITERATIES, 256)).getEncoded();
            HexFormat hex = HexFormat.of();
            return "pbkdf2-sha256$" + ITERATIES + "$" + hex.formatHex(zout) + "$" + hex.formatHex(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
