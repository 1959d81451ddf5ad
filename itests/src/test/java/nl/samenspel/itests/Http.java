package nl.samenspel.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** A small HTTP client for the tests, running inside the container against its own port. */
final class Http {

    record Antwoord(int status, String contentType, String apiVersion, String allow, String body, java.net.http.HttpHeaders koppen) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("geen JSON: " + body, e);
            }
        }
    }

    private final HttpClient client;
    private final String basis;
    private final String gebruiker;

    /** As the user {@code alles}, who holds every role: for the tests that are not about access. */
    Http(int poort) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), "http://localhost:" + poort + "/api/v1/", "alles");
    }

    private Http(HttpClient client, String basis, String gebruiker) {
        this.client = client;
        this.basis = basis;
        this.gebruiker = gebruiker;
    }

    /** The same API as another user of {@link Gebruikers}. */
    Http als(String andere) {
        return new Http(client, basis, andere);
    }

    /** The same API without credentials. */
    Http anoniem() {
        return new Http(client, basis, null);
    }

    /** The same requests over another base, e.g. the HTTPS port with the test CA. */
    Http via(HttpClient andereClient, String andereBasis) {
        return new Http(andereClient, andereBasis, gebruiker);
    }

    /**
     * Waits until the OpenAPI document lists every given path and its set of paths has stayed
     * the same for two seconds: each resource is its own component, published when its bundle
     * is ready, and the whiteboard redeploys the application for each one, during which a
     * request can get a 404 "No service was found".
     */
    void wachtOpPaden(String... paden) {
        AtomicReference<String> vorige = new AtomicReference<>("");
        // no connection yet (a process still starting) is waiting too; 180 s, because four JVMs may boot at once on two cores
        Awaitility.await().atMost(Duration.ofSeconds(180)).during(Duration.ofSeconds(2))
                .ignoreExceptionsMatching(Http::geenVerbinding).pollInterval(Duration.ofMillis(250)).until(() -> {
                    Antwoord openapi = get("openapi.json");
                    if (openapi.status() != 200 || !java.util.Arrays.stream(paden).allMatch(p -> openapi.body().contains("\"" + p + "\""))) {
                        vorige.set("");
                        return false;
                    }
                    String huidige = openapi.json().path("paths").toString();
                    return huidige.equals(vorige.getAndSet(huidige));
                });
    }

    /**
     * Waits until the installation says it is ready ({@code GET readiness} 200: boot features
     * installed, every component satisfied, nothing the JAX-RS runtime could not serve) and keeps
     * saying so for two seconds: each resource that appears redeploys the application. A process
     * still starting (no connection) is waiting too. On a timeout, the error carries the last answer,
     * which names what the installation was still waiting for.
     */
    void wachtTotGereed(Duration hoogstens) {
        AtomicReference<String> laatste = new AtomicReference<>("geen verbinding");
        try {
            Awaitility.await().atMost(hoogstens).during(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsMatching(Http::geenVerbinding).until(() -> {
                        Antwoord a = get("readiness");
                        laatste.set(a.status() + " " + kort(a.body()));
                        return a.status() == 200;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(basis + " na " + hoogstens.toSeconds() + " s niet gereed; laatste antwoord: " + laatste.get(), e);
        }
    }

    /**
     * Waits until a GET of each path answers 200 with JSON: the paths being published is not
     * enough, the application must also have its JSON provider again after a redeploy (a
     * request in that window gets 500 "No message body writer").
     */
    void wachtOpJson(String... paden) {
        AtomicReference<String> laatste = new AtomicReference<>("geen verbinding");
        try {
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsMatching(Http::geenVerbinding).until(() -> java.util.Arrays.stream(paden).allMatch(pad -> {
                        Antwoord a = get(pad);
                        laatste.set(pad + ": " + a.status() + " " + a.contentType() + " " + kort(a.body()));
                        return a.status() == 200 && a.contentType().startsWith("application/json");
                    }));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(basis + ": geen JSON binnen 90 s; laatste antwoord " + laatste.get(), e);
        }
    }

    private static String kort(String tekst) {
        return tekst.length() <= 600 ? tekst : tekst.substring(0, 600) + "...";
    }

    private static boolean geenVerbinding(Throwable t) {
        return t instanceof AssertionError && t.getCause() instanceof IOException;
    }

    Antwoord get(String pad) {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).GET());
    }

    Antwoord post(String pad, String contentType, String body) {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Antwoord post(String pad, String contentType, byte[] body) {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    String basis() {
        return basis;
    }

    Antwoord delete(String pad) {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).DELETE());
    }

    Antwoord stuur(HttpRequest.Builder verzoek) {
        if (gebruiker != null) {
            verzoek.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (gebruiker + ":" + Gebruikers.wachtwoord(gebruiker)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = client.send(verzoek.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Antwoord(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("API-Version").orElse(null), r.headers().firstValue("Allow").orElse(null), r.body(), r.headers());
        } catch (IOException e) {
            throw new AssertionError("verzoek mislukt: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
