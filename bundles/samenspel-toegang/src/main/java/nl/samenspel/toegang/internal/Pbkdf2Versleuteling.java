package nl.samenspel.toegang.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.service.component.annotations.Component;

/**
 * Salted PBKDF2-HMAC-SHA256 for Karaf's password encryption support. Karaf's built-in "basic"
 * encryption is one unsalted digest, which a stolen users file gives away to a lookup table;
 * this one is what OWASP recommends for stored passwords, from the JDK. The realm's properties
 * backend names it ({@code encryption.name = samenspel-pbkdf2}), so {@code jaas:user-add} and the
 * launcher write the same form:
 * {@code pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>} between Karaf's {@code {CRYPT}} markers.
 * Checking a password costs about 0.1 s by design; verified credentials are cached by the REST side.
 */
@Component(service = EncryptionService.class, property = "name=" + Pbkdf2Versleuteling.NAAM)
public class Pbkdf2Versleuteling implements EncryptionService {

    public static final String NAAM = "samenspel-pbkdf2";
    static final String SOORT = "pbkdf2-sha256";
    static final int STANDAARD_ITERATIES = 210_000;
    private static final int ZOUTLENGTE = 16;
    private static final int SLEUTELBITS = 256;
    /** Refuses stored hashes with absurd iteration counts: a users file must not be able to stall a login. */
    private static final int MAXIMUM_ITERATIES = 10_000_000;

    @Override
    public Encryption createEncryption(Map<String, String> parameters) {
        String iteraties = parameters == null ? null : parameters.get("iteraties");
        return new Pbkdf2(iteraties == null ? STANDAARD_ITERATIES : Integer.parseInt(iteraties.strip()));
    }

    /** The stored form of a password, for tests and tools. */
    public static String versleutel(String wachtwoord, int iteraties) {
        return new Pbkdf2(iteraties).encryptPassword(wachtwoord);
    }

    static final class Pbkdf2 implements Encryption {

        private static final SecureRandom RANDOM = new SecureRandom();
        private final int iteraties;

        Pbkdf2(int iteraties) {
            if (iteraties < 10_000 || iteraties > MAXIMUM_ITERATIES) {
                throw new IllegalArgumentException("pbkdf2: iteraties " + iteraties + " buiten 10000.." + MAXIMUM_ITERATIES);
            }
            this.iteraties = iteraties;
        }

        @Override
        public String encryptPassword(String wachtwoord) {
            byte[] zout = new byte[ZOUTLENGTE];
            RANDOM.nextBytes(zout);
            HexFormat hex = HexFormat.of();
            return SOORT + "$" + iteraties + "$" + hex.formatHex(zout) + "$" + hex.formatHex(afleiden(wachtwoord, zout, iteraties));
        }

        /** {@code opgegeven}: the password given at login; {@code opgeslagen}: the stored form without the markers. */
        @Override
        public boolean checkPassword(String opgegeven, String opgeslagen) {
            if (opgegeven == null || opgeslagen == null) {
                return false;
            }
            String[] delen = opgeslagen.strip().split("\\$");
            if (delen.length != 4 || !SOORT.equals(delen[0])) {
                return false;
            }
            try {
                int n = Integer.parseInt(delen[1]);
                if (n < 1 || n > MAXIMUM_ITERATIES) {
                    return false;
                }
                HexFormat hex = HexFormat.of();
                byte[] verwacht = hex.parseHex(delen[3]);
                return MessageDigest.isEqual(verwacht, afleiden(opgegeven, hex.parseHex(delen[2]), n));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static byte[] afleiden(String wachtwoord, byte[] zout, int iteraties) {
            PBEKeySpec spec = new PBEKeySpec(wachtwoord.toCharArray(), zout, iteraties, SLEUTELBITS);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("PBKDF2WithHmacSHA256 is niet beschikbaar in deze JVM", e);
            } finally {
                spec.clearPassword();
            }
        }
    }

}
