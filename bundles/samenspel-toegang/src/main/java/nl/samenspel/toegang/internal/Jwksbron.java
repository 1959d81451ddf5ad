package nl.samenspel.toegang.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.cxf.rs.security.jose.jwk.JsonWebKeys;
import org.apache.cxf.rs.security.jose.jwk.JwkUtils;

/**
 * The issuer's public keys: a JWKS file, or an https URL fetched at most every five minutes
 * (keys rotate; a token with an unknown {@code kid} is refused until the next fetch). A JWKS
 * larger than 1 MiB is refused. When a fetch fails, the last good keys keep serving.
 */
final class Jwksbron implements Tokencontrole.Sleutels {

    static final int MAXIMALE_GROOTTE = 1 << 20;
    private static final Duration VERVERSEN = Duration.ofMinutes(5);
    /** While the issuer cannot be reached and no keys are known, ask again at most this often, so token requests do not queue behind timeouts. */
    private static final Duration OPNIEUW_NA_FOUT = Duration.ofSeconds(30);

    private final String bron;
    private final Clock klok;
    private final HttpClient client;
    private JsonWebKeys sleutels;
    private Instant gehaald = Instant.EPOCH;
    private long gewijzigd = Long.MIN_VALUE;

    Jwksbron(String bron, Clock klok) {
        this.bron = bron.strip();
        this.klok = klok;
        if (this.bron.startsWith("http://")) {
            throw new IllegalArgumentException(ToegangConfig.PID + ": tokenJwks moet een bestand of een https-URL zijn, geen http");
        }
        this.client = this.bron.startsWith("https://")
                ? HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build() : null;
    }

    @Override
    public synchronized JsonWebKeys sleutels() throws Tokencontrole.Geweigerd {
        try {
            if (client == null) {
                Path bestand = Path.of(bron);
                long tijd = Files.getLastModifiedTime(bestand).toMillis();
                if (sleutels == null || tijd != gewijzigd) {
                    if (Files.size(bestand) > MAXIMALE_GROOTTE) {
                        throw new IOException("JWKS groter dan 1 MiB");
                    }
                    sleutels = JwkUtils.readJwkSet(Files.readString(bestand, StandardCharsets.UTF_8));
                    gewijzigd = tijd;
                }
            } else if (klok.instant().isAfter(gehaald.plus(sleutels == null ? OPNIEUW_NA_FOUT : VERVERSEN))) {
                gehaald = klok.instant();
                sleutels = JwkUtils.readJwkSet(haal());
            }
        } catch (IOException | RuntimeException e) {
            if (sleutels == null) {
                throw new Tokencontrole.Geweigerd("JWKS " + bron + " niet te lezen: " + e.getMessage());
            }
        }
        return sleutels;
    }

    private String haal() throws IOException {
        try {
            HttpResponse<InputStream> antwoord = client.send(HttpRequest.newBuilder(URI.create(bron)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = antwoord.body()) {
                if (antwoord.statusCode() != 200) {
                    throw new IOException("status " + antwoord.statusCode());
                }
                byte[] inhoud = in.readNBytes(MAXIMALE_GROOTTE + 1);
                if (inhoud.length > MAXIMALE_GROOTTE) {
                    throw new IOException("JWKS groter dan 1 MiB");
                }
                return new String(inhoud, StandardCharsets.UTF_8);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("onderbroken", e);
        }
    }
}
