package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.inject.Inject;
import nl.samenspel.xlsx.Blad;
import nl.samenspel.xlsx.XlsxLezer;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The documented example of docs/verevening.md, through the hub's REST API: IJsselland 2016,
 * 11 members, four models side by side, downloaded as XLSX with the same numbers.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VereveningIT {

    static final int POORT = 18184;

    @Inject
    private SessionFactory sessionFactory;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        return new Option[] {SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-hub", POORT, 18104, 11102, 44547),
                SamenspelKaraf.kopieVanConfig("verevening"))};
    }

    /** The equalization endpoint is published a moment after the register's; wait for the one under test. */
    private void wachtOpVerevening() {
        http.wachtOpPaden("/vereveningen", "/vereveningen/vergelijkingen", "/register");
    }

    private static String voorbeeld(String naam) throws Exception {
        return Files.readString(Path.of(System.getProperty("samenspel.voorbeelden"), naam));
    }

    @Test
    public void ijsselland2016UnderFourModelsSideBySideAndAsXlsx() throws Exception {
        wachtOpVerevening();
        Http.Antwoord antwoord = http.post("vereveningen/vergelijkingen", "application/json", voorbeeld("ijsselland-2016-vergelijking.json"));
        assertEquals(antwoord.body(), 201, antwoord.status());
        JsonNode v = antwoord.json();
        assertEquals(4, v.get("runs").size());
        assertEquals(11, v.get("leden").size());

        for (JsonNode runId : v.get("runs")) {
            JsonNode run = http.get("vereveningen/" + runId.asLong()).json();
            long k = StreamSupport.stream(run.get("leden").spliterator(), false).mapToLong(l -> l.get("kosten").asLong()).sum();
            assertEquals("Σ T = K in run " + runId, k, run.get("controle").get("somToerekening").asLong());
            assertEquals("Σ V = 0 in run " + runId, 0, run.get("controle").get("somVerevening").asLong());
            assertTrue(http.get("vereveningen/" + runId.asLong() + "/herberekening").json().get("gelijk").asBoolean());
        }
        // profijtbeginsel: every member carries its own cost
        for (JsonNode rij : v.get("leden")) {
            JsonNode profijt = rij.get("uitkomsten").get(0);
            assertEquals(rij.get("kosten").asLong(), profijt.get("toerekening").asLong());
            assertEquals(0, profijt.get("verevening").asLong());
        }
        // the cap: nobody pays more than 10% of its budget into solidarity (T - K <= ceil(0.1 B))
        for (JsonNode rij : v.get("leden")) {
            long t = rij.get("uitkomsten").get(3).get("toerekening").asLong();
            long grens = (rij.get("budget").asLong() + 9) / 10;
            assertTrue(rij.toString(), t - rij.get("kosten").asLong() <= grens);
        }

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + POORT + "/api/v1/vereveningen/vergelijkingen/" + v.get("id").asLong()))
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("lezer:" + Gebruikers.wachtwoord("lezer")).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        List<Blad> bladen = XlsxLezer.lees(new ByteArrayInputStream(xlsx.body()));
        Blad vergelijking = bladen.get(0);
        assertEquals("Vergelijking", vergelijking.naam());
        assertEquals(11, vergelijking.rijen().size());
        for (int g = 0; g < 11; g++) {
            List<Object> rij = vergelijking.rijen().get(g);
            JsonNode json = v.get("leden").get(g);
            assertEquals(json.get("gemeente").asText(), rij.get(0));
            for (int m = 0; m < 4; m++) {
                assertEquals(json.get("uitkomsten").get(m).get("toerekening").asLong(), ((Number) rij.get(4 + 3 * m)).longValue());
                assertEquals(json.get("uitkomsten").get(m).get("verschil").asLong(), ((Number) rij.get(6 + 3 * m)).longValue());
            }
        }
    }

    @Test
    public void statementExplainsEveryStep() throws Exception {
        wachtOpVerevening();
        // the same inputs, with the region's model file for 2016 instead of the four scenarios
        ObjectNode verzoek = (ObjectNode) new ObjectMapper().readTree(voorbeeld("ijsselland-2016-vergelijking.json"));
        verzoek.remove("modellen");
        verzoek.put("modelbestand", true);
        Http.Antwoord run = http.post("vereveningen", "application/json", verzoek.toString());
        assertEquals(run.body(), 201, run.status());
        long id = run.json().get("id").asLong();
        JsonNode afrekening = http.get("vereveningen/" + id + "/gemeenten/1773").json();
        String stappen = afrekening.get("afleiding").toString();
        assertTrue(stappen, stappen.contains("Bandgrens") && stappen.contains("Plafondcorrectie") && stappen.contains("Saldo R"));
        assertEquals(404, http.get("vereveningen/" + id + "/gemeenten/0243").status());

        Http.Antwoord csv = http.get("vereveningen/" + id + "?format=csv");
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().contains("1773;Olst-Wijhe;306559733;0;"));

        String uitvoer = shell("samenspel:verevening --run " + id);
        assertTrue(uitvoer, uitvoer.contains("Olst-Wijhe") && uitvoer.contains("totaal"));
    }

    @Test
    public void invalidRequestsAreRefusedNamingEveryField() throws Exception {
        wachtOpVerevening();
        Http.Antwoord gewichten = http.post("vereveningen", "application/json",
                "{\"regio\":\"jeugdhulp-ijsselland\",\"jaar\":2016,\"model\":{\"familie\":\"band\",\"band\":0.05,"
                        + "\"gewichten\":{\"inwoners\":0.5,\"jeugdigen\":0.4}},\"leden\":[{\"gemeente\":\"0148\",\"budget\":1,\"kosten\":2.5}]}");
        assertEquals(400, gewichten.status());
        String namen = gewichten.json().get("invalidParams").toString();
        assertTrue(namen, namen.contains("leden[#0].kosten"));
        Http.Antwoord model = http.post("vereveningen", "application/json",
                "{\"regio\":\"jeugdhulp-ijsselland\",\"jaar\":2016,\"model\":{\"familie\":\"band\",\"band\":0.05,"
                        + "\"gewichten\":{\"inwoners\":0.5,\"jeugdigen\":0.4}},\"leden\":[{\"gemeente\":\"0148\",\"budget\":1,\"kosten\":2}]}");
        assertTrue(model.body(), model.json().get("invalidParams").toString().contains("model.gewichten"));
        Http.Antwoord bestand = http.post("vereveningen", "application/json",
                "{\"regio\":\"jeugdhulp-ijsselland\",\"jaar\":2017,\"modelbestand\":true,\"leden\":[{\"gemeente\":\"0148\",\"budget\":1,\"kosten\":2}]}");
        assertEquals(400, bestand.status());
        assertTrue(bestand.body(), bestand.body().contains("verevening/jeugdhulp-ijsselland/2017.json"));
        Http.Antwoord leden = http.post("vereveningen", "application/json",
                "{\"regio\":\"jeugdhulp-ijsselland\",\"jaar\":2016,\"modelbestand\":true,\"leden\":[{\"gemeente\":\"0148\",\"budget\":1,\"kosten\":2}]}");
        assertTrue(leden.body(), leden.json().get("invalidParams").toString().contains("invoer ontbreekt voor 0150"));
        assertEquals(404, http.get("vereveningen/99999").status());
    }

    private String shell(String commando) throws Exception {
        return Shell.uitvoeren(sessionFactory, commando);
    }
}
