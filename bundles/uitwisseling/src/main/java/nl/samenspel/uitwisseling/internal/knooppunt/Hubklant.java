package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The hub over HTTPS with two-way TLS (Digikoppeling REST profile): this node shows its own
 * certificate and trusts only the CA of its stores. The JDK's HTTP client, because it speaks
 * TLS with client certificates without another bundle; the routing around it is Camel's.
 */
public class Hubklant implements Hubverbinding {

    private static final String API = "/api/v1";

    private final HttpClient client;
    private final URI hub;
    private final Duration timeout;

    public Hubklant(URI hub, SSLContext tls, Duration timeout) {
        this.hub = hub;
        this.timeout = timeout;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1);
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.client = builder.build();
    }

    /** The TLS context from a PKCS12 key store (this node) and trust store (the CA); a clear error when either is unusable. */
    public static SSLContext tls(Path sleutelopslag, Path vertrouwensopslag, char[] wachtwoord) {
        try {
            KeyManagerFactory sleutels = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            sleutels.init(lees(sleutelopslag, wachtwoord, "sleutelopslag"), wachtwoord);
            TrustManagerFactory vertrouwd = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            vertrouwd.init(lees(vertrouwensopslag, wachtwoord, "vertrouwensopslag"));
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(sleutels.getKeyManagers(), vertrouwd.getTrustManagers(), null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS niet in te richten met " + sleutelopslag + " en " + vertrouwensopslag + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore lees(Path pad, char[] wachtwoord, String wat) throws GeneralSecurityException {
        if (pad == null || !Files.isReadable(pad)) {
            throw new IllegalStateException(wat + " " + pad + " is niet leesbaar (nl.samenspel.uitwisseling; maak de test-PKI met"
                    + " pki/maak-test-pki.sh, docs/operations.md)");
        }
        try (InputStream in = Files.newInputStream(pad)) {
            KeyStore opslag = KeyStore.getInstance("PKCS12");
            opslag.load(in, wachtwoord);
            return opslag;
        } catch (IOException e) {
            throw new IllegalStateException(wat + " " + pad + " is niet te lezen (verkeerd wachtwoord of geen PKCS12): " + e.getMessage(), e);
        }
    }

    @Override
    public Antwoord verstuur(String module, String soort, String sleutel, String csv) throws IOException, InterruptedException {
        HttpRequest verzoek = HttpRequest.newBuilder(uri("/uitwisseling/batches/" + module + "/" + soort)).timeout(timeout)
                .header("Content-Type", "text/csv; charset=UTF-8").header("Idempotency-Key", sleutel)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        return begrensd(client.send(verzoek, HttpResponse.BodyHandlers.ofInputStream()));
    }

    @Override
    public Antwoord haal(String pad) throws IOException, InterruptedException {
        HttpRequest verzoek = HttpRequest.newBuilder(uri(pad)).timeout(timeout).header("Accept", "application/json").GET().build();
        return begrensd(client.send(verzoek, HttpResponse.BodyHandlers.ofInputStream()));
    }

    /**
     * The hub's answer (a receipt, a refusal report, the statements), read up to {@value #MAX_ANTWOORD}
     * bytes: a node trusts its hub's certificate, not the size of what comes back.
     */
    private static Antwoord begrensd(HttpResponse<InputStream> antwoord) throws IOException {
        try (InputStream in = antwoord.body()) {
            byte[] inhoud = in.readNBytes(MAX_ANTWOORD + 1);
            if (inhoud.length > MAX_ANTWOORD) {
                throw new IOException("het antwoord van de hub is groter dan " + MAX_ANTWOORD / (1024 * 1024) + " MiB; niet gelezen");
            }
            return new Antwoord(antwoord.statusCode(), new String(inhoud, StandardCharsets.UTF_8));
        }
    }

    /** Far above any receipt or statement list (a few kilobytes), far below what would strain a node's memory. */
    static final int MAX_ANTWOORD = 16 * 1024 * 1024;

    private URI uri(String pad) {
        String basis = hub.toString().replaceAll("/+$", "");
        return URI.create(basis + API + pad);
    }
}
