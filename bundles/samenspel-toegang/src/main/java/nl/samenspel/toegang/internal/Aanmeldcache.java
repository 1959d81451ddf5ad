package nl.samenspel.toegang.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Verified credentials, kept briefly so that a client sending the same user and password on every
 * request does not pay a password hash (about 0.1 s by design) each time. The key is a SHA-256 of
 * name and password, never the password itself; only successful logins are kept, so a wrong
 * password always reaches the realm (and its lockout). A user removed or a password changed in the
 * realm takes effect at the latest after the time to live.
 */
final class Aanmeldcache implements Inloggen {

    static final int MAXIMUM = 10_000;

    private final Inloggen realm;
    private final Duration levensduur;
    private final Clock klok;
    private final Map<String, Bewaard> bewaard = new LinkedHashMap<>(64, 0.75f, true);

    Aanmeldcache(Inloggen realm, Duration levensduur, Clock klok) {
        this.realm = realm;
        this.levensduur = levensduur;
        this.klok = klok;
    }

    @Override
    public Optional<Aanmelding> inloggen(String gebruiker, char[] wachtwoord, String herkomst) {
        if (levensduur.isZero()) {
            return realm.inloggen(gebruiker, wachtwoord, herkomst);
        }
        String sleutel = sleutel(gebruiker, wachtwoord);
        Instant nu = klok.instant();
        synchronized (bewaard) {
            Bewaard b = bewaard.get(sleutel);
            if (b != null && nu.isBefore(b.verloopt())) {
                return Optional.of(b.aanmelding());
            }
            bewaard.remove(sleutel);
        }
        Optional<Aanmelding> uitkomst = realm.inloggen(gebruiker, wachtwoord, herkomst);
        uitkomst.ifPresent(a -> {
            synchronized (bewaard) {
                bewaard.put(sleutel, new Bewaard(a, nu.plus(levensduur)));
                if (bewaard.size() > MAXIMUM) {
                    bewaard.remove(bewaard.keySet().iterator().next());
                }
            }
        });
        return uitkomst;
    }

    static String sleutel(String gebruiker, char[] wachtwoord) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(gebruiker.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(wachtwoord));
            byte[] b = new byte[bytes.remaining()];
            bytes.get(b);
            sha.update(b);
            Arrays.fill(b, (byte) 0);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is niet beschikbaar in deze JVM", e);
        }
    }

    private record Bewaard(Aanmelding aanmelding, Instant verloopt) {
    }
}
