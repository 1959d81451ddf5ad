package nl.samenspel.bench.uitwisseling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import nl.samenspel.bench.steun.Installatie;

/** Plain HTTP to one installation's REST API on loopback (the bench never uses the TLS port itself). */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    record Antwoord(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("geen JSON (HTTP " + status + "): " + body, e);
            }
        }
    }

    /**
     * The bench's own user at each installation (made with the product's bin/samenspel-gebruiker): every operation
     * but readiness and liveness declares a right, so an anonymous bench would wait for ever on 401.
     */
    static final String GEBRUIKER = "bench";
    static final String ROLLEN = "beheerder,controller,lezer";
    static final String WACHTWOORD = "bench-" + Long.toHexString(new java.security.SecureRandom().nextLong());

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String basis;

    Http(int poort) {
        this.basis = "http://localhost:" + poort + "/api/v1/";
    }

    Antwoord get(String pad) throws IOException {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).GET());
    }

    Antwoord post(String pad, String contentType, byte[] body) throws IOException {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Antwoord stuur(HttpRequest.Builder verzoek) throws IOException {
        try {
            verzoek.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (GEBRUIKER + ":" + WACHTWOORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            HttpResponse<String> r = client.send(verzoek.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            return new Antwoord(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("onderbroken", e);
        }
    }

    /** One GET of readiness, for {@link Installatie#wachtTotGereed}. */
    Installatie.Peil gereedheid() throws IOException {
        Antwoord a = get("readiness");
        return new Installatie.Peil(a.status(), a.body());
    }

    /** Waits until a GET of every path answers 200 with JSON (after a redeploy the JSON provider may lag a moment). */
    void wachtOpJson(Installatie wie, Duration hooguit, String... paden) throws InterruptedException {
        long einde = System.nanoTime() + hooguit.toNanos();
        while (System.nanoTime() < einde) {
            wie.moetLeven();
            boolean klaar = true;
            for (String pad : paden) {
                try {
                    Antwoord a = get(pad);
                    klaar &= a.status() == 200 && a.contentType().startsWith("application/json");
                } catch (IOException e) {
                    klaar = false;
                }
            }
            if (klaar) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(wie.naam + ": " + Arrays.toString(paden) + " geven geen JSON binnen " + hooguit.toSeconds() + " s");
    }
}
