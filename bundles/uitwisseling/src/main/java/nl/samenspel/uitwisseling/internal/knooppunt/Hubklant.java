package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub over HTTPS with two-way TLS (Digikoppeling REST profile): this node shows its own
 * certificate and trusts only the CA of its stores. The JDK's HTTP client, because it speaks
 * TLS with client certificates without another bundle; the routing around it is Camel's.
 *
 * <p>With {@link Tlsbestanden}, the stores are looked at again before every request, and a
 * renewed key or trust store is taken without a restart; stores that cannot be read leave the
 * previous ones in use, with an error that names them. A failure whose cause is TLS (a
 * certificate expired or not yet valid, a CA not trusted, a hub that does not know this node's
 * OIN) is thrown, or answered, with that cause named.
 */
public class Hubklant implements Hubverbinding {

    private static final Logger LOG = LoggerFactory.getLogger(Hubklant.class);
    private static final String API = "/api/v1";
    /** How long before its end this node's certificate is warned about, each time the stores are read. */
    static final Duration WAARSCHUW_VOORAF = Duration.ofDays(30);

    /**
     * One reading of the stores with the HTTP client over it, replaced whole, so that a request
     * and the naming of its failure see the same certificates. A client that is replaced is
     * left to the garbage collector: the JDK 17 client has no close, and stops its thread once
     * it is no longer referenced.
     */
    private record Verbinding(HttpClient client, Tlsinrichting tls, String stempel) {
    }

    private final URI hub;
    private final Duration timeout;
    /** Null with a fixed TLS context (tests), which is never read again. */
    private final Tlsbestanden bestanden;
    private volatile Verbinding verbinding;
    /** The fingerprint of stores that could not be used: not tried (nor logged) again until they change. Guarded by this. */
    private String onbruikbaar;
    private volatile String herlaadfout;

    /** A fixed TLS context; {@code tls} null for the JDK's default. */
    public Hubklant(URI hub, SSLContext tls, Duration timeout) {
        this.hub = hub;
        this.timeout = timeout;
        this.bestanden = null;
        this.verbinding = new Verbinding(client(tls), null, null);
    }

    /**
     * The node's stores, read now, so that unusable stores stop the exchange from starting (the
     * modules then read nothing), and read again whenever they change.
     */
    public Hubklant(URI hub, Tlsbestanden bestanden, Duration timeout) {
        this.hub = hub;
        this.timeout = timeout;
        this.bestanden = bestanden;
        String stempel = bestanden.stempel();
        Tlsinrichting tls = bestanden.laad();
        this.verbinding = new Verbinding(client(tls.context()), tls, stempel);
        LOG.info("Uitwisseling: TLS met {}; ons {}", bestanden, tls.beschrijving());
        tls.waarschuwing(WAARSCHUW_VOORAF).ifPresent(w -> LOG.warn("Uitwisseling: {}", w));
    }

    private HttpClient client(SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1);
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder.build();
    }

    /**
     * Why the latest renewed stores are not in use; empty when the stores in use are the ones on
     * disk. For the status: the exchange keeps going with the previous stores meanwhile.
     */
    public Optional<String> herlaadfout() {
        return Optional.ofNullable(herlaadfout);
    }

    /**
     * The connection for the next request: the current one, or a new one when the stores on disk
     * changed and can be read. Synchronized because the sender and the statement fetcher ask
     * from their own threads; the check is one hash of two small files.
     */
    private synchronized Verbinding actueel() {
        Verbinding huidig = verbinding;
        if (bestanden == null) {
            return huidig;
        }
        String stempel = bestanden.stempel();
        if (stempel.equals(huidig.stempel())) {
            onbruikbaar = null;
            herlaadfout = null;
            return huidig;
        }
        if (stempel.equals(onbruikbaar)) {
            return huidig;
        }
        try {
            Tlsinrichting tls = bestanden.laad();
            verbinding = new Verbinding(client(tls.context()), tls, stempel);
            onbruikbaar = null;
            herlaadfout = null;
            LOG.info("Uitwisseling: vernieuwde sleutels gelezen ({}); nieuwe verbindingen gebruiken ons {}", bestanden, tls.beschrijving());
            tls.waarschuwing(WAARSCHUW_VOORAF).ifPresent(w -> LOG.warn("Uitwisseling: {}", w));
            return verbinding;
        } catch (RuntimeException e) {
            // often a store caught half-copied: its next state is tried as soon as it changes again
            onbruikbaar = stempel;
            herlaadfout = e.getMessage();
            LOG.warn("Uitwisseling: vernieuwde sleutels niet te gebruiken, de vorige blijven in gebruik: {}", e.getMessage());
            return huidig;
        }
    }

    @Override
    public Antwoord verstuur(String module, String soort, String sleutel, String csv) throws IOException, InterruptedException {
        HttpRequest verzoek = HttpRequest.newBuilder(uri("/uitwisseling/batches/" + module + "/" + soort)).timeout(timeout)
                .header("Content-Type", "text/csv; charset=UTF-8").header("Idempotency-Key", sleutel)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        return stuur(verzoek);
    }

    @Override
    public Antwoord haal(String pad) throws IOException, InterruptedException {
        HttpRequest verzoek = HttpRequest.newBuilder(uri(pad)).timeout(timeout).header("Accept", "application/json").GET().build();
        return stuur(verzoek);
    }

    /** One request over the current connection; a TLS failure, or the hub's refusal of this node's identity, named. */
    private Antwoord stuur(HttpRequest verzoek) throws IOException, InterruptedException {
        Verbinding v = actueel();
        long sinds = System.nanoTime();
        HttpResponse<InputStream> ontvangen;
        try {
            ontvangen = v.client().send(verzoek, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            if (v.tls() == null) {
                throw e;
            }
            Optional<String> benoemd = v.tls().benoem(e, sinds);
            if (benoemd.isEmpty()) {
                throw e;
            }
            String herladen = herlaadfout;
            // the JDK's own words last, for support; once only when they are already ours (the hub's certificate refused)
            String jdk = e.getMessage() != null && benoemd.get().endsWith(e.getMessage()) ? e.getClass().getName() : e.toString();
            throw new Tlsfout(benoemd.get() + (herladen == null ? "" : "; de vervangen sleutels zijn niet in gebruik: " + herladen)
                    + " [" + jdk + "]", e);
        }
        // past the handshake: what goes wrong while reading the body is not about certificates
        Antwoord antwoord = begrensd(ontvangen);
        if (v.tls() == null) {
            return antwoord;
        }
        return v.tls().benoemWeigering(antwoord.status(), antwoord.body()).map(b -> new Antwoord(antwoord.status(), b)).orElse(antwoord);
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
