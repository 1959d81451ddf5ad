package nl.samenspel.itests;

import org.awaitility.Awaitility;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.inject.Inject;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.register.RegisterStatus;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The hub profile: boots, loads the register, serves the REST contract, and survives a broken configuration. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HubIT {

    static final int POORT = 18181;
    private static final Duration WACHTTIJD = Duration.ofSeconds(30);

    @Inject
    private BundleContext context;

    @Inject
    private RegisterService registerService;

    @Inject
    private SessionFactory sessionFactory;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        return new Option[] {SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-hub", POORT, 18101, 11099, 44544),
                SamenspelKaraf.kopieVanConfig("hub"))};
    }

    static final String[] PADEN = {"/gemeenten", "/gemeenten/{code}", "/gemeenten/{code}/regios", "/regios", "/regios/{id}",
            "/regios/{id}/leden", "/register", "/register/herladen", "/register/laadpogingen", "/register/regio-controles", "/knooppunten"};

    private void wachtOpRest() {
        http.wachtOpPaden(PADEN);
    }

    @Test
    public void hubBootsItsOwnBundleAndNoNodeBundle() {
        List<String> actief = Arrays.stream(context.getBundles())
                .filter(b -> b.getState() == Bundle.ACTIVE).map(Bundle::getSymbolicName).toList();
        assertTrue(actief.toString(), actief.containsAll(List.of("samenspel-api", "samenspel-store", "samenspel-register",
                "samenspel-rest", "samenspel-hub")));
        assertFalse("geen node-bundle op de hub", Arrays.stream(context.getBundles()).anyMatch(b -> b.getSymbolicName().equals("samenspel-node")));
    }

    /** Every component of the role is satisfied and the JAX-RS runtime serves everything: the readiness endpoint says so. */
    @Test
    public void readinessSaysReadyOnceBooted() {
        http.wachtTotGereed(java.time.Duration.ofSeconds(120));
        JsonNode gereed = http.get("readiness").json();
        assertTrue(gereed.toString(), gereed.get("gereed").asBoolean());
        assertTrue(gereed.toString(), gereed.get("componenten").asInt() > 10);
    }

    /**
     * Every JAX-RS application, resource and extension of Samenspel waits for the JaxrsPoort, so that
     * none is registered while the Aries whiteboard makes its first pass (its start race, issue 13).
     * Read from the bundles' component descriptions, so a new resource without it fails here.
     */
    @Test
    public void everyJaxrsComponentWaitsForTheWhiteboardGate() throws IOException {
        List<String> zonder = new java.util.ArrayList<>();
        int jaxrs = 0;
        for (Bundle b : context.getBundles()) {
            if (!"Samenspel".equals(b.getHeaders("").get("Bundle-Vendor"))) {
                continue;
            }
            var xmls = b.findEntries("OSGI-INF", "*.xml", false);
            while (xmls != null && xmls.hasMoreElements()) {
                java.net.URL url = xmls.nextElement();
                String xml;
                try (var in = url.openStream()) {
                    xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
                if (xml.matches("(?s).*name=\"osgi\\.jaxrs\\.(resource|extension|application\\.base)\".*")) {
                    jaxrs++;
                    if (!xml.contains("interface=\"nl.samenspel.rest.JaxrsPoort\"")) {
                        zonder.add(b.getSymbolicName() + " " + url.getPath());
                    }
                }
            }
        }
        assertTrue("JAX-RS-componenten gevonden: " + jaxrs, jaxrs > 20);
        assertTrue("zonder JaxrsPoort: " + zonder, zonder.isEmpty());
    }

    /**
     * Issue 13, readiness under a failing check: a free-space floor above what the disk has stops the
     * hub taking work. Readiness answers 503 naming the check and the setting, a state-changing request
     * gets 503 with the cause and nothing done, reads go on, liveness stays 200; with the floor back,
     * readiness is 200 again by itself.
     */
    @Test
    public void aFailingCheckMakesReadiness503NamingItAndStopsWritesUntilItPasses() throws Exception {
        http.wachtTotGereed(java.time.Duration.ofSeconds(120));
        Http.Antwoord levend = http.anoniem().get("liveness");
        assertEquals(levend.body(), 200, levend.status());
        JsonNode gereed = http.anoniem().get("readiness").json();
        assertTrue(gereed.toString(), gereed.get("controles").toString().contains("opslag"));

        Path cfg = Path.of(System.getProperty("karaf.etc")).resolve("nl.samenspel.opslag.cfg");
        Files.writeString(cfg, "proefIntervalS = 1\nschijfMinimumMiB = 1000000000\n");
        try {
            Awaitility.await("readiness 503 met de oorzaak").atMost(WACHTTIJD).pollInterval(java.time.Duration.ofMillis(250)).until(() -> {
                Http.Antwoord a = http.anoniem().get("readiness");
                return a.status() == 503 && a.body().contains("opslag") && a.body().contains("nl.samenspel.opslag/schijfMinimumMiB");
            });
            Http.Antwoord schrijven = http.als("beheerder").post("register/herladen", "application/json", "");
            assertEquals(schrijven.body(), 503, schrijven.status());
            assertTrue(schrijven.body(), schrijven.contentType().startsWith("application/problem+json")
                    && schrijven.body().contains("Opslag neemt geen werk aan") && schrijven.body().contains("MiB vrij"));
            assertEquals("30", schrijven.koppen().firstValue("Retry-After").orElse(""));
            assertEquals(200, http.get("regios/jeugdhulp-ijsselland/leden?peildatum=2016-06-01").status());
            assertEquals(200, http.anoniem().get("liveness").status());
        } finally {
            Files.writeString(cfg, "proefIntervalS = 1\nschijfMinimumMiB = 0\n");
        }
        Awaitility.await("weer gereed").atMost(WACHTTIJD).pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> http.anoniem().get("readiness").status() == 200);
        assertEquals(200, http.als("beheerder").post("register/herladen", "application/json", "").status());
        Files.delete(cfg);
    }

    @Test
    public void registerIsLoadedWithTheRegionsOfTheFacts() {
        assertTrue(registerService.status().isActueel());
        List<String> bw2016 = registerService.actueel().orElseThrow().leden("beschermd-wonen-zwolle", LocalDate.parse("2016-06-01"))
                .stream().map(Gemeente::code).toList();
        assertEquals(15, bw2016.size());
    }

    @Test
    public void restListsMembersAtAPeildatumWithApiVersion() {
        wachtOpRest();
        Http.Antwoord ijsselland = http.get("regios/jeugdhulp-ijsselland/leden?peildatum=2016-06-01");
        assertEquals(200, ijsselland.status());
        assertEquals("1.0.0", ijsselland.apiVersion());
        assertTrue(ijsselland.contentType(), ijsselland.contentType().startsWith("application/json"));
        assertEquals(List.of("0148", "0150", "0160", "0166", "0175", "0177", "0180", "0193", "1708", "1773", "1896"), codes(ijsselland.json()));

        assertEquals(15, http.get("regios/beschermd-wonen-zwolle/leden?peildatum=2016-06-01").json().get("aantal").asInt());
        assertEquals(List.of("0148", "0160", "0166", "0175", "0180", "0193", "1708", "1896"),
                codes(http.get("regios/beschermd-wonen-zwolle/leden?peildatum=2025-06-01").json()));
        JsonNode deventer = http.get("gemeenten/0150/regios?peildatum=2016-06-01").json();
        assertEquals("jeugdhulp-ijsselland", deventer.get("regios").get(0).get("id").asText());
        assertEquals(1, deventer.get("regios").size());
        assertEquals(18, http.get("gemeenten").json().size());
        assertTrue(http.get("gemeenten/0193").json().get("kerncijfers").has("2016"));
    }

    @Test
    public void errorsAreProblemJsonNamingTheParameter() {
        wachtOpRest();
        assertProblem(http.get("regios/beschermd-wonen-zwolle/leden?peildatum=2016-13-01"), 400, "peildatum");
        assertProblem(http.get("regios/bestaat-niet/leden"), 404, "id");
        assertProblem(http.get("gemeenten/015"), 400, "code");
        assertProblem(http.get("gemeenten/0999"), 404, "code");
        assertProblem(http.get("register/laadpogingen?aantal=veel"), 400, "aantal");
        assertProblem(http.get("bestaat/niet"), 404, null);
        Http.Antwoord methode = http.delete("regios");
        assertProblem(methode, 405, null);
        // CXF computes Allow over the application's resources; what matters is that GET is offered and DELETE is not
        assertTrue(methode.allow(), methode.allow().contains("GET") && !methode.allow().contains("DELETE"));
        Http.Antwoord kapotteJson = http.post("register/regio-controles", "application/json", "{\"id\": \"x\",");
        assertProblem(kapotteJson, 400, null);
        assertTrue(kapotteJson.body(), kapotteJson.json().get("detail").asText().contains("regel 1"));
    }

    @Test
    public void aRegionDocumentCanBeCheckedBeforeItIsActivated() {
        wachtOpRest();
        Http.Antwoord fout = http.post("register/regio-controles", "application/json",
                "{\"id\":\"proef\",\"naam\":\"Proef\",\"domein\":\"wmo\",\"leden\":[{\"gemeente\":\"0193\",\"van\":\"2020-01-01\"},"
                        + "{\"gemeente\":\"0193\",\"van\":\"2021-01-01\"}]}");
        assertProblem(fout, 422, "penvoerder");
        assertTrue(fout.body(), fout.body().contains("overlapt"));
        Http.Antwoord goed = http.post("register/regio-controles", "application/json",
                "{\"id\":\"proef\",\"naam\":\"Proef\",\"domein\":\"wmo\",\"penvoerder\":\"0193\",\"leden\":[{\"gemeente\":\"0193\",\"van\":\"2020-01-01\"}]}");
        assertEquals(goed.body(), 200, goed.status());
    }

    @Test
    public void openApiListsEveryEndpointOfTheHub() {
        wachtOpRest();
        Http.Antwoord openapi = http.get("openapi.json");
        assertEquals(200, openapi.status());
        JsonNode paden = openapi.json().get("paths");
        for (String pad : PADEN) {
            assertTrue(pad + " ontbreekt in " + paden.fieldNames(), paden.has(pad));
        }
        assertFalse("node-endpoint op de hub", paden.has("/knooppunt"));
        assertEquals("/api/v1", openapi.json().get("servers").get(0).get("url").asText());
    }

    @Test
    public void shellCommandListsRegionsAndMembersAtADate() throws Exception {
        String uitvoer = shell("samenspel:register --peildatum 2025-06-01 beschermd-wonen-zwolle");
        assertTrue(uitvoer, uitvoer.contains("beschermd-wonen-zwolle"));
        assertTrue(uitvoer, uitvoer.contains("0166 Kampen"));
        assertFalse(uitvoer, uitvoer.contains("0243 Harderwijk"));
        assertTrue(shell("samenspel:register --peildatum 2016-06-01").contains("0243 Harderwijk"));
    }

    @Test
    public void hubNodeOverviewChecksProfilesAgainstTheRegister() {
        wachtOpRest();
        JsonNode knooppunten = http.get("knooppunten?peildatum=2016-06-01").json().get("knooppunten");
        JsonNode harderwijk = StreamSupport.stream(knooppunten.spliterator(), false)
                .filter(k -> k.get("profiel").asText().equals("harderwijk")).findFirst().orElseThrow();
        assertEquals("0243", harderwijk.get("gemeente").asText());
        // Harderwijk's 2016 profile boots exactly the module of its one region
        assertEquals(harderwijk.toString(), 0, harderwijk.get("bevindingen").size());
        JsonNode kampen = StreamSupport.stream(knooppunten.spliterator(), false)
                .filter(k -> k.get("profiel").asText().equals("kampen")).findFirst().orElseThrow();
        // Kampen boots the modules of all three of its regions: complete
        assertEquals(kampen.toString(), 0, kampen.get("bevindingen").size());
        // Dalfsen's profile leaves protected housing to Zwolle, while Dalfsen is in that region: the overview says so
        JsonNode dalfsen = StreamSupport.stream(http.get("knooppunten?peildatum=2025-06-01").json().get("knooppunten").spliterator(), false)
                .filter(k -> k.get("profiel").asText().equals("dalfsen")).findFirst().orElseThrow();
        assertEquals(dalfsen.toString(), "[\"lid van beschermd-wonen-zwolle maar boot samenspel-beschermd-wonen niet\"]",
                dalfsen.get("bevindingen").toString());
    }

    /**
     * A broken file is refused as a whole with file, entry and reason; the previous
     * register keeps serving; fixing the file brings the register up to date again.
     * All without a restart.
     */
    @Test
    public void brokenConfigIsRefusedWhileThePreviousRegisterKeepsServing() throws IOException {
        wachtOpRest();
        RegisterStatus voor = registerService.status();
        String versieVoor = voor.actief().orElseThrow().versie();
        Path regio = Path.of(voor.bron(), "regios", "wmo-ijssel-vecht.json");
        String goed = Files.readString(regio);
        try {
            Files.writeString(regio, goed.replace("\"gemeente\": \"0244\"", "\"gemeente\": \"9999\""));
            await().atMost(WACHTTIJD).until(() -> registerService.status().laatsteWeigering().isPresent());

            JsonNode status = http.get("register").json();
            assertFalse(status.get("actueel").asBoolean());
            assertEquals(versieVoor, status.get("versie").asText());
            String fouten = status.get("laatsteWeigering").get("fouten").toString();
            assertTrue(fouten, fouten.contains("regios/wmo-ijssel-vecht.json") && fouten.contains("leden[6]") && fouten.contains("9999"));
            assertEquals(9, http.get("regios/wmo-ijssel-vecht/leden?peildatum=2016-06-01").json().get("aantal").asInt());
            assertProblem(http.post("register/herladen", "application/json", ""), 422, "regios/wmo-ijssel-vecht.json [leden[6] (gemeente 9999).gemeente]");
        } finally {
            Files.writeString(regio, goed);
        }
        await().atMost(WACHTTIJD).until(() -> registerService.status().isActueel());
        assertEquals(versieVoor, registerService.status().actief().orElseThrow().versie());

        // a valid change is picked up without a restart
        Files.writeString(regio, goed.replace("Wmo regio IJssel-Vecht", "Wmo IJssel-Vecht"));
        await().atMost(WACHTTIJD).until(() -> http.get("regios/wmo-ijssel-vecht").json().get("naam").asText().equals("Wmo IJssel-Vecht"));
        JsonNode pogingen = http.get("register/laadpogingen").json();
        assertTrue(pogingen.toString(), pogingen.toString().contains("GEWEIGERD"));
        assertEquals("GELADEN", pogingen.get(0).get("resultaat").asText());
        Files.writeString(regio, goed);
    }

    private static void assertProblem(Http.Antwoord antwoord, int status, String parameter) {
        assertEquals(antwoord.body(), status, antwoord.status());
        assertTrue(antwoord.contentType(), antwoord.contentType().startsWith("application/problem+json"));
        assertEquals("1.0.0", antwoord.apiVersion());
        JsonNode problem = antwoord.json();
        assertEquals(status, problem.get("status").asInt());
        assertNotNull(problem.get("title"));
        if (parameter != null) {
            assertTrue(antwoord.body(), StreamSupport.stream(problem.get("invalidParams").spliterator(), false)
                    .anyMatch(p -> p.get("name").asText().equals(parameter)));
        }
    }

    private static List<String> codes(JsonNode leden) {
        return StreamSupport.stream(leden.get("leden").spliterator(), false).map(g -> g.get("code").asText()).toList();
    }

    private String shell(String commando) throws Exception {
        return Shell.uitvoeren(sessionFactory, commando);
    }
}
