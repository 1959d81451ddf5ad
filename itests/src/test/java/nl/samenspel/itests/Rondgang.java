package nl.samenspel.itests;

import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Rol;

/**
 * Walks every operation the running installation publishes in its OpenAPI document and asks it
 * as nobody and as each role. The expectation comes from the table of rights
 * ({@link Bevoegdheid}), read by the operation's {@code x-samenspel-bevoegdheid}: without
 * credentials 401 (the public operations excepted; the exchange's operations are 403 on this
 * port for anyone), with a role 403 exactly where the table says so. An operation added later
 * without a right fails here, since its document says so and the table cannot be asked.
 */
final class Rondgang {

    /** A user per role, and one without any Samenspel role (Gebruikers). */
    private static final Map<String, Set<String>> GEBRUIKERS = Map.of(
            "beheerder", Set.of(Rol.BEHEERDER.naam()),
            "controller", Set.of(Rol.CONTROLLER.naam()),
            "lezer", Set.of(Rol.LEZER.naam()),
            "geenrol", Set.of());

    private Rondgang() {
    }

    /** @return the number of operation-and-user combinations asked */
    static int loop(Http http) {
        JsonNode openapi = http.anoniem().get("openapi.json").json();
        List<String> fouten = new ArrayList<>();
        int gevraagd = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paden = openapi.get("paths").fields(); paden.hasNext();) {
            Map.Entry<String, JsonNode> pad = paden.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = pad.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String methode = op.getKey().toUpperCase(java.util.Locale.ROOT);
                String naam = methode + " " + pad.getKey();
                String verklaard = op.getValue().path("x-samenspel-bevoegdheid").asText("");
                Bevoegdheid bevoegdheid;
                try {
                    bevoegdheid = Bevoegdheid.valueOf(verklaard);
                } catch (IllegalArgumentException e) {
                    fouten.add(naam + ": verklaart geen bevoegdheid (" + verklaard + ")");
                    continue;
                }
                String concreet = pad.getKey().replaceAll("\\{[^}]+}", "1").replaceFirst("^/", "");
                Iterator<String> soorten = op.getValue().path("requestBody").path("content").fieldNames();
                String soort = soorten.hasNext() ? soorten.next() : "application/json";
                Http.Antwoord anoniem = vraag(http.anoniem(), methode, concreet, soort);
                gevraagd++;
                int verwachtAnoniem = switch (bevoegdheid.soort()) {
                    case OPENBAAR -> 200; // or whatever it answers (readiness: 503 while waiting), as long as it asks no login
                    case CERTIFICAAT -> 403;
                    case ROLLEN -> 401;
                };
                if (verwachtAnoniem == 200 ? anoniem.status() == 401 || anoniem.status() == 403 : anoniem.status() != verwachtAnoniem) {
                    fouten.add(naam + " zonder aanmelding: " + anoniem.status() + " in plaats van " + verwachtAnoniem);
                } else if (verwachtAnoniem != 200 && !anoniem.contentType().startsWith("application/problem+json")) {
                    fouten.add(naam + " zonder aanmelding: geen problem+json maar " + anoniem.contentType());
                } else if (verwachtAnoniem == 401 && anoniem.koppen().firstValue("WWW-Authenticate").isEmpty()) {
                    fouten.add(naam + " zonder aanmelding: 401 zonder WWW-Authenticate");
                }
                if (bevoegdheid.soort() != Bevoegdheid.Soort.ROLLEN) {
                    continue;
                }
                for (Map.Entry<String, Set<String>> gebruiker : GEBRUIKERS.entrySet()) {
                    Http.Antwoord a = vraag(http.als(gebruiker.getKey()), methode, concreet, soort);
                    gevraagd++;
                    boolean mag = bevoegdheid.toegestaanVoor(gebruiker.getValue());
                    if (mag && (a.status() == 401 || a.status() == 403)) {
                        fouten.add(naam + " als " + gebruiker.getKey() + ": " + a.status() + " maar de tabel staat het toe (" + a.body() + ")");
                    } else if (!mag && a.status() != 403) {
                        fouten.add(naam + " als " + gebruiker.getKey() + ": " + a.status() + " maar de tabel verbiedt het");
                    }
                }
            }
        }
        assertTrue(String.join("\n", fouten), fouten.isEmpty());
        return gevraagd;
    }

    /** With a body of the operation's own media type, so that the request reaches the operation and not a 415. */
    private static Http.Antwoord vraag(Http http, String methode, String pad, String soort) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.basis() + pad));
        switch (methode) {
            case "GET" -> b.GET();
            case "DELETE" -> b.DELETE();
            default -> b.method(methode, HttpRequest.BodyPublishers.ofString(soort.contains("json") ? "{}" : "")).header("Content-Type", soort);
        }
        return http.stuur(b);
    }

}
