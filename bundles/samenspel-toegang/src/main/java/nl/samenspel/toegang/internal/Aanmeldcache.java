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
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Map<String, Bewaard> bewaard = new ConcurrentHashMap<>();
    /** Logins being checked now, by key: a second request with the same credentials waits for that answer. */
    private final Map<String, CompletableFuture<Optional<Aanmelding>>> bezig = new ConcurrentHashMap<>();

    Aanmeldcache(Inloggen realm, Duration levensduur, Clock klok) {
        this.realm = realm;
        this.levensduur = levensduur;
        this.klok = klok;
    }

    /**
     * Lock-free on a hit. On a miss only one request per name and password asks the realm; the others with the same
     * credentials wait for its answer, so an expiry under load costs one password hash, not one per waiting client.
     */
    @Override
    public Optional<Aanmelding> inloggen(String gebruiker, char[] wachtwoord, String herkomst) {
        if (levensduur.isZero()) {
            return realm.inloggen(gebruiker, wachtwoord, herkomst);
        }
        String sleutel = sleutel(gebruiker, wachtwoord);
        Instant nu = klok.instant();
        Bewaard b = bewaard.get(sleutel);
        if (b != null && nu.isBefore(b.verloopt())) {
            return Optional.of(b.aanmelding());
        }
        CompletableFuture<Optional<Aanmelding>> eigen = new CompletableFuture<>();
        CompletableFuture<Optional<Aanmelding>> lopend = bezig.putIfAbsent(sleutel, eigen);
        if (lopend != null) {
            return lopend.join();
        }
        try {
            Optional<Aanmelding> uitkomst = realm.inloggen(gebruiker, wachtwoord, herkomst);
            if (uitkomst.isPresent()) {
                bewaard.put(sleutel, new Bewaard(uitkomst.get(), nu.plus(levensduur)));
                begrens(nu);
            } else {
                bewaard.remove(sleutel);
            }
            eigen.complete(uitkomst);
            return uitkomst;
        } catch (RuntimeException e) {
            eigen.completeExceptionally(e);
            throw e;
        } finally {
            bezig.remove(sleutel, eigen);
        }
    }

    /** At most {@code MAXIMUM} entries: the expired go first, then any. */
    private void begrens(Instant nu) {
        if (bewaard.size() <= MAXIMUM) {
            return;
        }
        bewaard.values().removeIf(x -> !nu.isBefore(x.verloopt()));
        Iterator<String> sleutels = bewaard.keySet().iterator();
        while (bewaard.size() > MAXIMUM && sleutels.hasNext()) {
            sleutels.next();
            sleutels.remove();
        }
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
