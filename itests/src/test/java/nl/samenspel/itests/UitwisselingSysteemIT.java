package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.awaitility.Awaitility;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * The exchange between real processes on loopback: the Zwolle hub, a Kampen node (youth care, Wmo and
 * protected housing), a Deventer node (youth care only) and a Harderwijk node with the 2016
 * profile (protected housing only), each a distribution started as its own JVM, with a test PKI
 * made by {@code pki/maak-test-pki.sh}. Files go into the nodes' inboxes; the checks are exact
 * counts and amounts at the hub. The steps build on each other, in the order of their names.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class UitwisselingSysteemIT {

    private static final String WACHTWOORD = "samenspel-test";
    private static final Path WERK = Path.of(System.getProperty("samenspel.werkmap", "target"), "systeem").toAbsolutePath();
    private static final Path ROOT = Werkmap.ROOT;
    private static final Duration LANG = Duration.ofSeconds(180);

    /** A valid BSN (it passes the 11-test) that the test puts in a file's name and in one record: it must not reach the hub. */
    private static final String BSN_IN_NAAM = "123456782";
    private static final java.util.concurrent.atomic.AtomicInteger VOLGNUMMER = new java.util.concurrent.atomic.AtomicInteger();

    private static Werkmap werkmap;
    private static Instantie hub;
    private static Instantie kampen;
    private static Instantie deventer;
    private static Instantie harderwijk;
    private static Path jeugdhulp;
    private static Path bw;
    private static Path wmo;

    @BeforeClass
    public static void startAlles() throws Exception {
        werkmap = new Werkmap("systeem");
        Path karaf = werkmap.karaf();
        Path pki = werkmap.pki("0193", "0166", "0150", "0243");
        Path sleutel = WERK.resolve("pseudoniem.sleutel");
        Files.writeString(sleutel, Base64.getEncoder().encodeToString(Demobestanden.SLEUTEL) + "\n");
        // the demo data with BSNs, as a municipality's case system exports them
        jeugdhulp = Demobestanden.maak("systeem", false).resolve("csv");
        bw = Demobestanden.beschermdWonenMetBsn("systeem");
        wmo = Demobestanden.maakWmo("systeem", false).resolve("csv");

        hub = new Instantie("zwolle", null, 18280, 18443, WERK, karaf);
        kampen = new Instantie("kampen", "0166", 18281, 0, WERK, karaf);
        deventer = new Instantie("deventer", "0150", 18282, 0, WERK, karaf);
        harderwijk = new Instantie("harderwijk", "0243", 18283, 0, WERK, karaf);
        // quick retries and small batches, so a stopped hub and a killed node show within seconds (the 300 s cap is a unit test's)
        Map<String, String> snel = Map.of("wachttijdMinimumMs", "200", "wachttijdMaximumS", "2", "intervalMs", "200",
                "afrekeningIntervalS", "1", "batchgrootte", "100", "stamgegevensIntervalS", "1");
        for (Instantie i : List.of(hub, kampen, deventer, harderwijk)) {
            i.richtIn(ROOT.resolve("regional-config/nodes"), ROOT.resolve("regional-config"), pki, sleutel, hub.tlsPoort, snel);
            i.start();
        }
        wachtOpHub();
        for (Instantie node : List.of(kampen, deventer, harderwijk)) {
            node.wachtTotGereed();
            node.http().wachtOpJson("uitwisseling/status");
        }
        kampen.http().wachtOpJson("jeugdhulp/imports?aantal=1", "beschermd-wonen/imports?aantal=1", "wmo/imports?aantal=1");
        deventer.http().wachtOpJson("jeugdhulp/imports?aantal=1");
        harderwijk.http().wachtOpJson("beschermd-wonen/imports?aantal=1");
    }

    private static void wachtOpHub() {
        hub.wachtTotGereed();
        hub.http().wachtOpJson("jeugdhulp/imports?aantal=1", "beschermd-wonen/imports?aantal=1", "wmo/imports?aantal=1");
    }

    @AfterClass
    public static void stopAlles() {
        for (Instantie i : new Instantie[] {hub, kampen, deventer, harderwijk}) {
            if (i != null) {
                try {
                    i.stop();
                } catch (RuntimeException e) {
                    i.jvm().ifPresent(ProcessHandle::destroyForcibly);
                }
            }
        }
    }

    /** The hub's own data (providers, products, tariffs, contracts, facilities), and the same at each node for its checks. */
    @Test
    public void a_stamgegevensAanBeideKanten() throws Exception {
        for (String soort : List.of("aanbieders", "producten", "tarieven", "contracten")) {
            assertEquals(201, hub.http().post("jeugdhulp/imports/" + soort + "?bestand=" + soort + ".csv", "text/csv",
                    Files.readAllBytes(jeugdhulp.resolve(soort + ".csv"))).status());
            for (Instantie node : List.of(kampen, deventer)) {
                node.lever("jeugdhulp", soort, soort + ".csv", Files.readAllBytes(jeugdhulp.resolve(soort + ".csv")));
                assertTrue(node.naam + " " + soort, node.verwerkt("jeugdhulp", soort, soort + ".csv"));
            }
        }
        for (String soort : List.of("aanbieders", "producten", "tarieven", "contracten")) {
            assertEquals(201, hub.http().post("wmo/imports/" + soort + "?bestand=" + soort + ".csv", "text/csv",
                    Files.readAllBytes(wmo.resolve(soort + ".csv"))).status());
            kampen.lever("wmo", soort, soort + ".csv", Files.readAllBytes(wmo.resolve(soort + ".csv")));
            assertTrue("kampen wmo " + soort, kampen.verwerkt("wmo", soort, soort + ".csv"));
        }
        assertEquals(201, hub.http().post("beschermd-wonen/imports/voorzieningen?bestand=voorzieningen.csv", "text/csv",
                Files.readAllBytes(bw.resolve("voorzieningen.csv"))).status());
        for (Instantie node : List.of(kampen, harderwijk)) {
            node.lever("beschermd-wonen", "voorzieningen", "voorzieningen.csv", Files.readAllBytes(bw.resolve("voorzieningen.csv")));
            assertTrue(node.naam, node.verwerkt("beschermd-wonen", "voorzieningen", "voorzieningen.csv"));
        }
        // the hub's own kinds stay local: nothing was queued for the hub
        for (Instantie node : List.of(kampen, deventer, harderwijk)) {
            assertEquals(0, status(node).get("wachtend").asLong() + status(node).get("verzonden").asLong());
        }
        // every node takes the hub's master data, as it is now, before it sends anything (docs/uitwisseling.md, "Stamgegevens")
        java.time.Instant geladen = java.time.Instant.now();
        for (Instantie node : List.of(kampen, deventer, harderwijk)) {
            Awaitility.await(node.naam + " haalt de stamgegevens van de hub").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        JsonNode standen = status(node).get("stamgegevens");
                        for (JsonNode stand : standen) {
                            if (stand.path("opgehaald").isNull() || stand.path("opgehaald").isMissingNode()
                                    || java.time.Instant.parse(stand.get("opgehaald").asText()).isBefore(geladen)) {
                                return false;
                            }
                        }
                        return standen.size() > 0;
                    });
        }
    }

    /** Each node's own files, with BSNs, arrive at the hub pseudonymised, exactly once, with the same figures as at the node. */
    @Test
    public void b_allesKomtAanBijDeHub() throws Exception {
        for (String soort : List.of("budgetten", "toewijzingen", "start-zorg", "stop-zorg", "declaraties")) {
            for (Instantie node : List.of(kampen, deventer)) {
                lever(node, "jeugdhulp", soort, regelsVan(jeugdhulp.resolve(soort + ".csv"), "gemeente", node.gemeente));
            }
        }
        for (String soort : List.of("aanmeldingen", "plaatsingen")) {
            for (Instantie node : List.of(kampen, harderwijk)) {
                lever(node, "beschermd-wonen", soort, regelsVan(bw.resolve(soort + ".csv"), "herkomstgemeente", node.gemeente));
            }
        }
        for (String soort : WMO_GEMEENTELIJK) {
            lever(kampen, "wmo", soort, regelsVan(wmo.resolve(soort + ".csv"), "gemeente", kampen.gemeente));
        }
        for (Instantie node : List.of(kampen, deventer, harderwijk)) {
            wachtTotVerzonden(node);
        }
        // Wmo from Kampen: every record once, and the same figures at the hub as at the node
        for (String soort : WMO_GEMEENTELIJK) {
            assertEquals("kampen wmo " + soort, regelsVan(wmo.resolve(soort + ".csv"), "gemeente", kampen.gemeente).size() - 1,
                    ontvangen(hub, "wmo", soort, kampen.gemeente));
        }
        for (int jaar : List.of(2016, 2025)) {
            JsonNode opNode = wmoBudgetregel(kampen, jaar);
            assertTrue("kampen heeft Wmo-kosten in " + jaar + ": " + opNode, opNode.get("gerealiseerd").asLong() > 0);
            assertEquals("kampen wmo " + jaar, opNode, wmoBudgetregel(hub, jaar));
        }
        for (Instantie node : List.of(kampen, deventer)) {
            for (String soort : List.of("budgetten", "toewijzingen", "start-zorg", "stop-zorg", "declaraties")) {
                assertEquals(node.naam + " " + soort, regelsVan(jeugdhulp.resolve(soort + ".csv"), "gemeente", node.gemeente).size() - 1,
                        ontvangen(hub, "jeugdhulp", soort, node.gemeente));
            }
            assertEquals(node.naam, budgetregel(node, node.gemeente), budgetregel(hub, node.gemeente));
        }
        for (Instantie node : List.of(kampen, harderwijk)) {
            for (String soort : List.of("aanmeldingen", "plaatsingen")) {
                assertEquals(node.naam + " " + soort, regelsVan(bw.resolve(soort + ".csv"), "herkomstgemeente", node.gemeente).size() - 1,
                        ontvangen(hub, "beschermd-wonen", soort, node.gemeente));
            }
            assertEquals(node.naam, kostenregel(node, node.gemeente), kostenregel(hub, node.gemeente));
        }
        // the hub never saw a BSN: none of the nodes' clients' BSNs is anywhere in its data (database, logs, kept files)
        java.util.Set<String> bsns = new java.util.HashSet<>();
        bsns.addAll(kolom(regelsVan(jeugdhulp.resolve("toewijzingen.csv"), "gemeente", kampen.gemeente), "bsn"));
        bsns.addAll(kolom(regelsVan(jeugdhulp.resolve("toewijzingen.csv"), "gemeente", deventer.gemeente), "bsn"));
        for (Instantie node : List.of(kampen, harderwijk)) {
            bsns.addAll(kolom(regelsVan(bw.resolve("plaatsingen.csv"), "herkomstgemeente", node.gemeente), "bsn"));
        }
        bsns.addAll(kolom(regelsVan(wmo.resolve("toewijzingen.csv"), "gemeente", kampen.gemeente), "bsn"));
        assertTrue("BSN's in de testgegevens", bsns.size() > 100);
        assertEquals(List.of(), bestandenMetBsn(hub.base.resolve("data"), bsns));
    }

    /** A file with one bad record is refused whole at the node, kept with its report, and nothing of it reaches the hub. */
    @Test
    public void c_eenFouteRegelWeigertHetHeleBestand() throws Exception {
        List<String> regels = regelsVan(jeugdhulp.resolve("toewijzingen.csv"), "gemeente", deventer.gemeente);
        List<String> bestand = new ArrayList<>(regels.subList(0, Math.min(regels.size(), 21)));
        int kolom = Arrays.asList(bestand.get(0).split(";")).indexOf("productcode");
        String[] velden = bestand.get(5).split(";", -1);
        velden[kolom] = "??";
        bestand.set(5, String.join(";", velden));
        long voor = ontvangen(hub, "jeugdhulp", "toewijzingen", deventer.gemeente);
        deventer.lever("jeugdhulp", "toewijzingen", "fout.csv", (String.join("\n", bestand) + "\n").getBytes(StandardCharsets.UTF_8));
        assertFalse(deventer.verwerkt("jeugdhulp", "toewijzingen", "fout.csv"));
        String rapport = deventer.rapport("jeugdhulp", "toewijzingen", "fout.csv");
        assertTrue(rapport, rapport.contains("regel 6, productcode"));
        assertEquals(0, status(deventer).get("wachtend").asLong());
        assertEquals(voor, ontvangen(hub, "jeugdhulp", "toewijzingen", deventer.gemeente));
    }

    /** A node cannot deliver for another gemeente: its own inbox refuses it, and so does the hub when sent anyway. */
    @Test
    public void d_eenKnooppuntLevertAlleenVoorZijnEigenGemeente() throws Exception {
        List<String> vanKampen = regelsVan(jeugdhulp.resolve("toewijzingen.csv"), "gemeente", kampen.gemeente).subList(0, 3);
        deventer.lever("jeugdhulp", "toewijzingen", "kampen.csv", (String.join("\n", vanKampen) + "\n").getBytes(StandardCharsets.UTF_8));
        assertFalse(deventer.verwerkt("jeugdhulp", "toewijzingen", "kampen.csv"));
        assertTrue(deventer.rapport("jeugdhulp", "toewijzingen", "kampen.csv").contains("hoort niet bij dit knooppunt"));

        // straight to the hub with Deventer's certificate: a batch of Kampen's allocations, pseudonymised
        String kop = vanKampen.get(0).replace("bsn", "client");
        int bsn = Arrays.asList(vanKampen.get(0).split(";")).indexOf("bsn");
        StringBuilder batch = new StringBuilder(kop).append('\n');
        for (String regel : vanKampen.subList(1, 3)) {
            String[] v = regel.split(";", -1);
            v[bsn] = "ab".repeat(32);
            batch.append(String.join(";", v)).append('\n');
        }
        long voor = ontvangen(hub, "jeugdhulp", "toewijzingen", kampen.gemeente);
        HttpResponse<String> antwoord = tls(WERK.resolve("pki/knooppunt-0150.p12")).send(batchVerzoek("jeugdhulp/toewijzingen", "test-vreemd-1",
                batch.toString()), HttpResponse.BodyHandlers.ofString());
        assertEquals(antwoord.body(), 422, antwoord.statusCode());
        assertTrue(antwoord.body(), antwoord.body().contains("gemeente 0166 hoort niet bij dit knooppunt"));
        assertEquals(voor, ontvangen(hub, "jeugdhulp", "toewijzingen", kampen.gemeente));

        // a node may not deliver the hub's own kinds
        HttpResponse<String> stam = tls(WERK.resolve("pki/knooppunt-0150.p12")).send(batchVerzoek("jeugdhulp/tarieven", "test-vreemd-2",
                "categorie;code;ingangsdatum;tarief\n"), HttpResponse.BodyHandlers.ofString());
        assertEquals(stam.body(), 400, stam.statusCode());
    }

    /** Without a certificate, or with one of another CA, there is no connection; over plain HTTP the endpoint says 401. */
    @Test
    public void e_zonderBekendCertificaatGeenToegang() throws Exception {
        try {
            tls(null).send(batchVerzoek("jeugdhulp/toewijzingen", "test-zonder", "x\n"), HttpResponse.BodyHandlers.ofString());
            fail("verbinding zonder certificaat geaccepteerd");
        } catch (IOException verwacht) {
            // the TLS handshake is refused: the hub asks a certificate of its CA
        }
        Path vreemd = WERK.resolve("vreemde-pki");
        werkmap.voerUit(ROOT, ROOT.resolve("pki/maak-test-pki.sh").toString(), vreemd.toString(), "0150");
        try {
            tls(vreemd.resolve("knooppunt-0150.p12")).send(batchVerzoek("jeugdhulp/toewijzingen", "test-vreemd", "x\n"),
                    HttpResponse.BodyHandlers.ofString());
            fail("certificaat van een andere CA geaccepteerd");
        } catch (IOException verwacht) {
            // unknown CA: refused in the handshake
        }
        // a node's certificate opens the exchange only, not the hub's other endpoints
        HttpResponse<String> register = tls(WERK.resolve("pki/knooppunt-0150.p12")).send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + hub.tlsPoort + "/api/v1/vereveningen/1/gemeenten/0166")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(register.body(), 403, register.statusCode());
        // and the exchange's operations are not served on the operators' port, whoever asks
        Http.Antwoord plat = hub.http().post("uitwisseling/batches/jeugdhulp/toewijzingen", "text/csv", "x\n");
        assertEquals(plat.body(), 403, plat.status());
        assertTrue(plat.contentType().startsWith("application/problem+json"));
    }

    /** The hub stops while a node keeps sending; after its restart every record arrives exactly once. */
    @Test
    public void f_hubGestoptEnHerstart() throws Exception {
        hub.stop();
        List<String> stops = regelsVan(jeugdhulp.resolve("declaraties.csv"), "gemeente", kampen.gemeente);
        List<String> extra = extraDeclaraties(stops, "H", 650);
        lever(kampen, "jeugdhulp", "declaraties", extra);
        Awaitility.await("Kampen merkt dat de hub weg is").atMost(LANG).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode s = status(kampen);
            return s.get("wachtend").asLong() == extra.size() - 1 && "faalt".equals(s.get("toestand").asText())
                    && s.get("reden").asText().startsWith("geen verbinding met de hub") && s.hasNonNull("sinds");
        });
        hub.start();
        wachtOpHub();
        wachtTotVerzonden(kampen);
        // the state now is ok again; the last error (no connection, or the 404 of a hub still starting) stays, as history, with its time
        JsonNode na = status(kampen);
        assertEquals(na.toString(), "ok", na.get("toestand").asText());
        assertTrue(na.toString(), na.get("reden").isNull() && !na.path("geschiedenis").path("laatsteFout").asText().isEmpty()
                && !na.path("geschiedenis").path("laatsteFoutOp").isNull());
        assertEquals(stops.size() - 1 + extra.size() - 1, ontvangen(hub, "jeugdhulp", "declaraties", kampen.gemeente));
        assertEquals(budgetregel(kampen, kampen.gemeente), budgetregel(hub, kampen.gemeente));
        assertEquals(0, status(kampen).get("mislukt").asLong());
    }

    /** A node killed with kill -9 while sending resends after its restart; nothing is lost or duplicated. */
    @Test
    public void g_knooppuntGedoodTijdensVerzenden() throws Exception {
        List<String> declaraties = regelsVan(jeugdhulp.resolve("declaraties.csv"), "gemeente", deventer.gemeente);
        List<String> extra = extraDeclaraties(declaraties, "K", 3000);
        long verzondenVoor = status(deventer).get("verzonden").asLong();
        lever(deventer, "jeugdhulp", "declaraties", extra);
        Awaitility.await("Deventer verzendt").atMost(LANG).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode s = status(deventer);
            return s.get("verzonden").asLong() > verzondenVoor && s.get("wachtend").asLong() > 0;
        });
        deventer.kill9();
        deventer.start();
        deventer.wachtTotGereed();
        deventer.http().wachtOpJson("uitwisseling/status");
        wachtTotVerzonden(deventer);
        assertEquals(declaraties.size() - 1 + extra.size() - 1, ontvangen(hub, "jeugdhulp", "declaraties", deventer.gemeente));
        assertEquals(budgetregel(deventer, deventer.gemeente), budgetregel(hub, deventer.gemeente));
        assertEquals(0, status(deventer).get("mislukt").asLong());
    }

    /** A final equalization run at the hub: every member's node receives its own statement, with the hub's amounts. */
    @Test
    public void h_afrekeningenNaarDeKnooppunten() throws Exception {
        ObjectNode jeugd = (ObjectNode) new ObjectMapper().readTree(Files.readString(Path.of(System.getProperty("samenspel.voorbeelden"),
                "ijsselland-2016-vergelijking.json")));
        jeugd.remove("modellen");
        jeugd.put("modelbestand", true);
        long run1 = maakDefinitief(jeugd.toString());
        // protected housing from the module's own data, which the nodes delivered
        long run2 = maakDefinitief("{\"regio\": \"beschermd-wonen-zwolle\", \"jaar\": 2016, \"modelbestand\": true}");
        for (Instantie node : List.of(kampen, deventer, harderwijk)) {
            List<JsonNode> verwacht = new ArrayList<>();
            for (long run : List.of(run1, run2)) {
                Http.Antwoord a = hub.http().get("vereveningen/" + run + "/gemeenten/" + node.gemeente);
                if (a.status() == 200) {
                    verwacht.add(a.json());
                }
            }
            assertFalse(node.naam + " is lid van een regio", verwacht.isEmpty());
            Awaitility.await(node.naam + " ontvangt zijn afrekeningen").atMost(LANG).pollInterval(Duration.ofMillis(250))
                    .until(() -> node.http().get("afrekeningen").json().size() == verwacht.size());
            for (JsonNode hubAfrekening : verwacht) {
                long run = hubAfrekening.get("run").asLong();
                JsonNode ontvangen = node.http().get("afrekeningen/" + run).json();
                assertEquals(node.naam + " run " + run, hubAfrekening, ontvangen);
                JsonNode samenvatting = java.util.stream.StreamSupport.stream(node.http().get("afrekeningen").json().spliterator(), false)
                        .filter(s -> s.get("run").asLong() == run).findFirst().orElseThrow();
                assertEquals(hubAfrekening.get("lid").get("toerekening").asLong(), samenvatting.get("toerekening").asLong());
                assertEquals(hubAfrekening.get("lid").get("saldo").asLong(), samenvatting.get("saldo").asLong());
            }
        }
        assertTrue(kampen.http().get("afrekeningen").json().size() == 2);
    }

    /**
     * An installation configured as production ({@code samenspel.productie = true}) with the test PKI refuses to start:
     * the JVM stops by itself, and its console names each item to change.
     */
    @Test
    public void i_eenProductieinstallatieMetDeTestPkiStartNiet() throws Exception {
        Path profielen = WERK.resolve("profielen-productie");
        kopieerMap(ROOT.resolve("regional-config/nodes/zwolle"), profielen.resolve("productie"));
        Files.writeString(profielen.resolve("productie/etc/samenspel-profiel.properties"), "\nsamenspel.productie = true\n",
                java.nio.file.StandardOpenOption.APPEND);
        Instantie productie = new Instantie("productie", null, 18284, 18444, WERK, WERK.resolve("karaf"));
        productie.richtIn(profielen, ROOT.resolve("regional-config"), WERK.resolve("pki"), WERK.resolve("pseudoniem.sleutel"), 18444, Map.of());
        productie.start();
        productie.wachtTotWeg(Duration.ofSeconds(240));
        String console = Files.readString(productie.base.resolve("karaf.out"));
        assertTrue(console, console.contains("Samenspel start niet: samenspel.productie = true"));
        assertTrue(console, console.contains("server.p12 bevat een certificaat van de test-PKI"));
        assertTrue(console, console.contains("hub.p12 bevat een certificaat van de test-PKI"));
        assertTrue(console, console.contains("het wachtwoord is dat van de test-PKI"));
    }

    /**
     * A ZIP bomb in a node's inbox: one message of 700 MB that deflates to under a megabyte. The node stops inflating it
     * at a bound, puts it aside in fout/ with a report that names the bound, stays ready, and takes the next file at once;
     * its records reach the hub. A file named with a BSN is kept under a name without it.
     */
    @Test
    public void j_eenZipbomHoudtDeInboxNietOp() throws Exception {
        byte[] bom = Files.readAllBytes(zipbom()); // the archive only: under a megabyte
        assertTrue("de bom is " + bom.length + " bytes", bom.length < 1024 * 1024);
        List<String> vanKampen = regelsVan(jeugdhulp.resolve("toewijzingen.csv"), "gemeente", kampen.gemeente);
        List<String> normaal = nieuweToewijzingen(vanKampen, 800_001, 20, null);
        List<String> metBsnInNaam = nieuweToewijzingen(vanKampen, 800_101, 10, BSN_IN_NAAM);
        long voor = ontvangen(hub, "jeugdhulp", "toewijzingen", kampen.gemeente);
        Path fout = kampen.base.resolve("data/uitwisseling/fout/jeugdhulp/toewijzingen");
        Path klaar = kampen.base.resolve("data/uitwisseling/klaar/jeugdhulp/toewijzingen");

        // the bomb with a file beside it (the inbox takes them in no fixed order), then a file once the bomb is refused
        Duration termijn = Duration.ofSeconds(30);
        kampen.lever("jeugdhulp", "toewijzingen", "jw301-bom.zip", bom);
        kampen.lever("jeugdhulp", "toewijzingen", "toewijzingen-" + BSN_IN_NAAM + ".csv", csv(metBsnInNaam));
        Awaitility.await("Kampen zet de ZIP-bom met rapport apart").atMost(termijn).pollInterval(Duration.ofMillis(100))
                .until(() -> bewaard(fout, "-jw301-bom.zip") && bewaard(fout, "-jw301-bom.zip.rapport.txt"));
        kampen.lever("jeugdhulp", "toewijzingen", "toewijzingen-na-bom.csv", csv(normaal));
        Awaitility.await("Kampen neemt het bestand na de bom aan").atMost(termijn).pollInterval(Duration.ofMillis(100))
                .until(() -> bewaard(klaar, "-toewijzingen-na-bom.csv"));
        // the name with a BSN is kept as toewijzingen-#.csv
        Awaitility.await("Kampen neemt het bestand met een BSN in zijn naam aan").atMost(termijn).pollInterval(Duration.ofMillis(100))
                .until(() -> bewaard(klaar, "-toewijzingen-#.csv"));

        String rapport = kampen.rapport("jeugdhulp", "toewijzingen", "jw301-bom.zip");
        assertTrue(rapport, rapport.contains("zipVerhouding") || rapport.contains("zipUitgepakt"));
        assertFalse(rapport, rapport.contains("Error") || rapport.contains("Exception"));
        assertEquals(kampen.naam + " gereed", 200, kampen.http().get("readiness").status());
        JsonNode inbox = status(kampen).get("inboxstand");
        assertTrue("inboxstand in " + status(kampen), inbox != null && inbox.isObject());
        assertFalse(inbox.toString(), inbox.get("wacht").asBoolean());
        assertEquals(inbox.toString(), 0, inbox.get("mislukkingenOpRij").asInt());

        // the number is nowhere at the node in a name, nor in its import log or its log
        try (var s = Files.walk(kampen.base.resolve("data/uitwisseling"))) {
            assertEquals(List.of(), s.map(q -> q.getFileName().toString()).filter(n -> n.contains(BSN_IN_NAAM)).toList());
        }
        assertFalse(kampen.http().get("jeugdhulp/imports?aantal=50").body().contains(BSN_IN_NAAM));
        String log = Files.readString(kampen.base.resolve("data/log/karaf.log"), StandardCharsets.ISO_8859_1);
        assertFalse("het BSN uit de bestandsnaam staat in het log van Kampen", log.contains(BSN_IN_NAAM));
        assertFalse("OutOfMemoryError in het log van Kampen", log.contains("OutOfMemoryError"));

        // the records of both files reach the hub, exactly once, as in the happy path
        wachtTotVerzonden(kampen);
        assertEquals(voor + normaal.size() - 1 + metBsnInNaam.size() - 1, ontvangen(hub, "jeugdhulp", "toewijzingen", kampen.gemeente));

        // the node's REST import refuses the same bomb with the bound named, and stays ready
        Http.Antwoord rest = kampen.http().post("jeugdhulp/imports/toewijzingen?bestand=jw301-bom.zip", "application/zip", bom);
        assertEquals(rest.body(), 422, rest.status());
        assertTrue(rest.body(), rest.body().contains("zipVerhouding") || rest.body().contains("zipUitgepakt"));
        assertEquals(kampen.naam + " gereed", 200, kampen.http().get("readiness").status());
    }

    /**
     * The hub has no pseudonym key: each input that can carry personal data is refused before it is read (422, naming
     * the reason, echoing nothing of the file), and nothing of it is kept. The inputs are the generator's own: its
     * JW301, JW305, JW307 and JW323 archives for Kampen, one JW301 message, the allocations and the protected-housing
     * files with BSNs (one sent under a name with a BSN), and the ZIP bomb.
     */
    @Test
    public void k_deHubWeigertPersoonsgegevensOngelezen() throws Exception {
        Persoonsgegevens persoonlijk = persoonsgegevens();
        Path xml = jeugdhulp.resolveSibling("xml");
        record Invoer(String pad, String type, byte[] inhoud) {
        }
        List<Invoer> invoer = List.of(
                new Invoer("jeugdhulp/imports/toewijzingen?bestand=jw301-0166.zip", "application/zip", Files.readAllBytes(xml.resolve("jw301-0166.zip"))),
                new Invoer("jeugdhulp/imports/start-zorg?bestand=jw305-0166.zip", "application/zip", Files.readAllBytes(xml.resolve("jw305-0166.zip"))),
                new Invoer("jeugdhulp/imports/stop-zorg?bestand=jw307-0166.zip", "application/zip", Files.readAllBytes(xml.resolve("jw307-0166.zip"))),
                new Invoer("jeugdhulp/imports/declaraties?bestand=jw323-0166.zip", "application/zip", Files.readAllBytes(xml.resolve("jw323-0166.zip"))),
                new Invoer("jeugdhulp/imports/toewijzingen?bestand=bericht.xml", "application/xml", eersteBericht(xml.resolve("jw301-0166.zip"))),
                new Invoer("jeugdhulp/imports/toewijzingen?bestand=toewijzingen-" + BSN_IN_NAAM + ".csv", "text/csv",
                        Files.readAllBytes(jeugdhulp.resolve("toewijzingen.csv"))),
                new Invoer("beschermd-wonen/imports/aanmeldingen?bestand=aanmeldingen.csv", "text/csv", Files.readAllBytes(bw.resolve("aanmeldingen.csv"))),
                new Invoer("beschermd-wonen/imports/plaatsingen?bestand=plaatsingen.csv", "text/csv", Files.readAllBytes(bw.resolve("plaatsingen.csv"))),
                new Invoer("beschermd-wonen/imports/plaatsingen?bestand=plaatsingen.xml", "application/xml", eersteBericht(xml.resolve("jw301-0166.zip"))),
                new Invoer("jeugdhulp/imports/toewijzingen?bestand=jw301-bom.zip", "application/zip", Files.readAllBytes(zipbom())));
        for (Invoer i : invoer) {
            Http.Antwoord a = hub.http().post(i.pad(), i.type(), i.inhoud());
            assertEquals(i.pad() + ": " + a.body(), 422, a.status());
            assertTrue(i.pad() + ": " + a.contentType(), a.contentType().startsWith("application/problem+json"));
            assertTrue(i.pad() + ": " + a.body(), a.body().contains("pseudoniemsleutel"));
            assertEquals(i.pad() + " herhaalt persoonsgegevens", Set.of(), persoonlijk.in(a.body().getBytes(StandardCharsets.UTF_8)));
            assertFalse(i.pad(), a.body().contains(BSN_IN_NAAM));
        }
        Http.Antwoord logboek = hub.http().get("jeugdhulp/imports?aantal=20");
        assertEquals(Set.of(), persoonlijk.in(logboek.body().getBytes(StandardCharsets.UTF_8)));
        assertFalse(logboek.body().contains(BSN_IN_NAAM));
        // nothing kept: no refused file anywhere under the hub's data
        try (var s = Files.walk(hub.base.resolve("data"))) {
            assertEquals(List.of(), s.filter(Files::isRegularFile).map(q -> hub.base.relativize(q).toString())
                    .filter(q -> q.contains("afgewezen")).toList());
        }
        assertEquals(200, hub.http().get("readiness").status());
    }

    /**
     * Issue 13, a certificate that expired and is renewed without a restart. Kampen's key store is swapped, on disk
     * and whole, for one with the same key but a certificate that expired yesterday, signed by the same CA. Its next
     * batch is refused by the hub's TLS port: the node's status says "faalt" with the date the certificate expired,
     * its metrics count the failed attempts, it is still ready (the failure is younger than storingNaS), and the hub
     * has logged and audited the refused handshake. Then the valid store goes back, the same way: the node picks it
     * up by itself, delivers everything exactly once, and keeps the expiry only as history.
     */
    @Test
    public void l_verlopenCertificaatVernieuwdZonderHerstart() throws Exception {
        Path store = kampen.base.resolve("etc/pki/knooppunt-" + kampen.gemeente + ".p12");
        Path geldig = WERK.resolve("knooppunt-" + kampen.gemeente + "-geldig.p12");
        Files.copy(store, geldig, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path verlopen = verlopenKopie(geldig);
        vervangHeel(verlopen, store);

        List<String> stops = regelsVan(jeugdhulp.resolve("declaraties.csv"), "gemeente", kampen.gemeente);
        List<String> extra = extraDeclaraties(stops, "V", 120);
        long voor = ontvangen(hub, "jeugdhulp", "declaraties", kampen.gemeente);
        lever(kampen, "jeugdhulp", "declaraties", extra);
        Awaitility.await("Kampen noemt het verlopen certificaat").atMost(LANG).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode s = status(kampen);
            return "faalt".equals(s.get("toestand").asText()) && s.get("reden").asText().startsWith("TLS: ons certificaat is verlopen op ");
        });
        assertEquals(200, kampen.http().anoniem().get("readiness").status());
        String metrieken = kampen.http().get("metrics").body();
        java.util.regex.Matcher mislukt = java.util.regex.Pattern.compile("(?m)^samenspel_uitwisseling_pogingen_mislukt_total (\\S+)$")
                .matcher(metrieken);
        assertTrue(metrieken, mislukt.find() && Double.parseDouble(mislukt.group(1)) >= 1);
        Awaitility.await("de hub heeft de geweigerde handdruk geaudit").atMost(Duration.ofSeconds(30)).until(() ->
                hub.http().get("audit?actie=TLS-handdruk%20uitwisselingspoort&aantal=50").body().contains("reden=verlopen"));

        vervangHeel(geldig, store);
        wachtTotVerzonden(kampen);
        JsonNode na = status(kampen);
        assertEquals(na.toString(), "ok", na.get("toestand").asText());
        assertTrue(na.toString(), na.path("geschiedenis").path("laatsteFout").asText().startsWith("TLS: ons certificaat is verlopen op "));
        assertEquals(voor + extra.size() - 1, ontvangen(hub, "jeugdhulp", "declaraties", kampen.gemeente));
    }

    /** A copy of a node's store with the same key and subject, under a certificate of the test CA that expired yesterday (keytool only). */
    private static Path verlopenKopie(Path geldig) throws Exception {
        Path map = WERK.resolve("verlopen");
        Werkmap.verwijder(map);
        Files.createDirectories(map);
        Path kopie = map.resolve("knooppunt.p12");
        Files.copy(geldig, kopie);
        Path pki = WERK.resolve("pki");
        werkmap.voerUit(map, "keytool", "-certreq", "-alias", "knooppunt", "-keystore", kopie.toString(), "-storetype", "PKCS12",
                "-storepass", WACHTWOORD, "-file", "knooppunt.csr");
        werkmap.voerUit(map, "keytool", "-gencert", "-rfc", "-alias", "samenspel-test-ca", "-keystore", pki.resolve("ca.p12").toString(),
                "-storetype", "PKCS12", "-storepass", WACHTWOORD, "-startdate", "-3d", "-validity", "2",
                "-ext", "ku:c=digitalSignature,keyEncipherment", "-ext", "eku=clientAuth", "-infile", "knooppunt.csr", "-outfile", "knooppunt.crt");
        Files.writeString(map.resolve("knooppunt.chain"), Files.readString(map.resolve("knooppunt.crt")) + Files.readString(pki.resolve("ca.crt")));
        werkmap.voerUit(map, "keytool", "-importcert", "-noprompt", "-alias", "knooppunt", "-file", "knooppunt.chain", "-keystore", kopie.toString(),
                "-storetype", "PKCS12", "-storepass", WACHTWOORD);
        return kopie;
    }

    /** Replaces a store whole, as docs/operations.md says: a copy beside it, then an atomic rename. */
    private static void vervangHeel(Path bron, Path doel) throws IOException {
        Path naast = doel.resolveSibling("." + doel.getFileName() + ".nieuw");
        Files.copy(bron, naast, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(naast, doel, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * A node whose own master data knows a product the hub does not: a file with that product is refused at the node, whole,
     * with the product named as unknown to the hub, and nothing is queued (before, the node sent it and the hub refused batch
     * after batch). Once the hub knows the product too, the node takes it within the fetch interval and the same file passes.
     */
    @Test
    public void m_deStamgegevensVanDeHubGeldenOokOpHetKnooppunt() throws Exception {
        List<String> producten = Files.readAllLines(jeugdhulp.resolve("producten.csv"));
        List<String> tarieven = Files.readAllLines(jeugdhulp.resolve("tarieven.csv"));
        List<String> eigen = regelsVan(jeugdhulp.resolve("toewijzingen.csv"), "gemeente", deventer.gemeente);
        List<String> kolommen = Arrays.asList(eigen.get(0).split(";"));
        String[] toewijzing = eigen.get(1).split(";", -1);
        String categorie = toewijzing[kolommen.indexOf("categorie")];
        String code = toewijzing[kolommen.indexOf("productcode")];
        String nieuw = categorie + "Z99";
        String product = producten.stream().filter(r -> r.startsWith(categorie + ";" + code + ";")).findFirst().orElseThrow()
                .replace(";" + code + ";", ";" + nieuw + ";");
        String tarief = tarieven.stream().filter(r -> r.startsWith(categorie + ";" + code + ";")).findFirst().orElseThrow()
                .replace(";" + code + ";", ";" + nieuw + ";");
        byte[] productbestand = (producten.get(0) + "\n" + product + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] tariefbestand = (tarieven.get(0) + "\n" + tarief.replaceAll(";[^;]*;(\\d+)$", ";;$1") + "\n").getBytes(StandardCharsets.UTF_8);
        deventer.lever("jeugdhulp", "producten", "alleen-hier.csv", productbestand);
        assertTrue(deventer.verwerkt("jeugdhulp", "producten", "alleen-hier.csv"));
        deventer.lever("jeugdhulp", "tarieven", "alleen-hier.csv", tariefbestand);
        assertTrue(deventer.verwerkt("jeugdhulp", "tarieven", "alleen-hier.csv"));

        toewijzing[kolommen.indexOf("productcode")] = nieuw;
        toewijzing[kolommen.indexOf("toewijzingnummer")] = "990001";
        byte[] bestand = (eigen.get(0) + "\n" + String.join(";", toewijzing) + "\n").getBytes(StandardCharsets.UTF_8);
        long voor = ontvangen(hub, "jeugdhulp", "toewijzingen", deventer.gemeente);
        long verzondenVoor = status(deventer).get("verzonden").asLong();
        deventer.lever("jeugdhulp", "toewijzingen", "nieuw-product.csv", bestand);
        assertFalse(deventer.verwerkt("jeugdhulp", "toewijzingen", "nieuw-product.csv"));
        String rapport = deventer.rapport("jeugdhulp", "toewijzingen", "nieuw-product.csv");
        assertTrue(rapport, rapport.contains("regel 2, productcode") && rapport.contains(categorie + "/" + nieuw)
                && rapport.contains("volgens de stamgegevens van de hub"));
        assertEquals(0, status(deventer).get("wachtend").asLong());
        assertEquals(verzondenVoor, status(deventer).get("verzonden").asLong());
        String metrieken = deventer.http().get("metrics").body();
        assertTrue(metrieken, java.util.regex.Pattern.compile("(?m)^samenspel_uitwisseling_stamgegevens_fout\\{module=\"jeugdhulp\"\\} 0(\\.0)?$")
                .matcher(metrieken).find() && metrieken.contains("samenspel_uitwisseling_stamgegevens_leeftijd_seconds{module=\"jeugdhulp\"}"));

        // the region adds the product at the hub; the node takes it and the same file is accepted and arrives
        assertEquals(201, hub.http().post("jeugdhulp/imports/producten?bestand=producten.csv", "text/csv", productbestand).status());
        assertEquals(201, hub.http().post("jeugdhulp/imports/tarieven?bestand=tarieven.csv", "text/csv", tariefbestand).status());
        java.time.Instant bijgewerkt = java.time.Instant.now();
        Awaitility.await("Deventer haalt de bijgewerkte stamgegevens").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    for (JsonNode stand : status(deventer).get("stamgegevens")) {
                        if (stand.get("module").asText().equals("jeugdhulp") && stand.hasNonNull("opgehaald")) {
                            return java.time.Instant.parse(stand.get("opgehaald").asText()).isAfter(bijgewerkt);
                        }
                    }
                    return false;
                });
        deventer.lever("jeugdhulp", "toewijzingen", "nieuw-product-2.csv", bestand);
        if (!deventer.verwerkt("jeugdhulp", "toewijzingen", "nieuw-product-2.csv")) {
            fail("geweigerd: " + deventer.rapport("jeugdhulp", "toewijzingen", "nieuw-product-2.csv"));
        }
        wachtTotVerzonden(deventer);
        assertEquals(voor + 1, ontvangen(hub, "jeugdhulp", "toewijzingen", deventer.gemeente));
    }

    /**
     * The last step: nothing personal at the hub. The hub is stopped first, so that Derby has written its pages and the
     * logs are complete; then every file of its data directory (database, transaction log, logs, bundle cache) and its
     * console are read once and searched for every BSN, birth date, client name, street and postal code of every input
     * the test produced, the refused ones included. A hit names the file and the kind of value, never the value.
     */
    @Test
    public void z_nietsPersoonlijksBijDeHub() throws Exception {
        Persoonsgegevens persoonlijk = persoonsgegevens();
        // the search finds what it looks for: every kind is in the generated JW301 messages
        assertEquals(Set.of("BSN", "geboortedatum", "naam", "straat", "postcode"),
                persoonlijk.in(berichten(jeugdhulp.resolveSibling("xml").resolve("jw301-0166.zip"))));
        hub.stop();
        List<String> treffers = new ArrayList<>();
        long[] gelezen = {0};
        for (Path p : List.of(hub.base.resolve("data"), hub.base.resolve("karaf.out"))) {
            treffers.addAll(persoonlijk.zoek(hub.base, p, gelezen));
        }
        assertTrue("gelezen: " + gelezen[0] + " bytes", gelezen[0] > 1024 * 1024);
        assertEquals("persoonsgegevens bij de hub", List.of(), treffers);
        try (var logs = Files.list(hub.base.resolve("data/log"))) {
            for (Path log : logs.filter(q -> q.toString().endsWith(".log")).toList()) {
                assertFalse(log + " meldt een OutOfMemoryError", Files.readString(log, StandardCharsets.ISO_8859_1).contains("OutOfMemoryError"));
            }
        }
    }

    /** Whether {@code map} holds a file whose name ends with {@code einde}. */
    private static boolean bewaard(Path map, String einde) throws IOException {
        if (!Files.isDirectory(map)) {
            return false;
        }
        try (var s = Files.list(map)) {
            return s.anyMatch(q -> q.getFileName().toString().endsWith(einde));
        }
    }

    /**
     * The ZIP bomb, made once: one entry {@code jw301-bom.xml}, the start of a JW301 message and then 700 MiB of spaces,
     * streamed through the deflater (never held), about 700 KB packed.
     */
    private static synchronized Path zipbom() throws IOException {
        Path bom = WERK.resolve("jw301-bom.zip");
        if (Files.exists(bom)) {
            return bom;
        }
        Path tmp = WERK.resolve("jw301-bom.zip.tmp");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new java.util.zip.ZipEntry("jw301-bom.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Bericht xmlns=\"http://www.istandaarden.nl/ijw/3_2/jw301/schema\">\n")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaties = new byte[1024 * 1024];
            Arrays.fill(spaties, (byte) ' ');
            for (int i = 0; i < 700; i++) {
                zip.write(spaties);
            }
            zip.write("</Bericht>\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.move(tmp, bom, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return bom;
    }

    /** Copies of the first allocations with new numbers from {@code eerste}; with {@code bsn}, the first is that client's. */
    private static List<String> nieuweToewijzingen(List<String> csv, int eerste, int aantal, String bsn) {
        List<String> kop = Arrays.asList(csv.get(0).split(";"));
        int nummer = kop.indexOf("toewijzingnummer");
        int client = kop.indexOf("bsn");
        List<String> uit = new ArrayList<>();
        uit.add(csv.get(0));
        for (int i = 0; i < aantal; i++) {
            String[] v = csv.get(1 + i).split(";", -1);
            v[nummer] = Integer.toString(eerste + i);
            if (bsn != null && i == 0) {
                v[client] = bsn;
            }
            uit.add(String.join(";", v));
        }
        return uit;
    }

    private static byte[] csv(List<String> regels) {
        return (String.join("\n", regels) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The first message of a generated archive, as the XML text it is. */
    private static byte[] eersteBericht(Path archief) throws IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(archief))) {
            java.util.zip.ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("geen bericht in " + archief);
    }

    /** Every message of a generated archive, one after the other, as XML text. */
    private static byte[] berichten(Path archief) throws IOException {
        java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(archief))) {
            while (zip.getNextEntry() != null) {
                zip.transferTo(uit);
            }
        }
        return uit.toByteArray();
    }

    private static Persoonsgegevens gezocht;

    /**
     * The personal values of every input the test produces: the BSNs of the generated CSV files and iJw messages and
     * the one in a file name; from the messages the birth dates, the client names, streets and postal codes. A birth
     * date that also occurs as an ordinary date in the CSV files or the regional configuration is left out: the hub
     * holds those dates by right, and a hit on one would say nothing.
     */
    private static synchronized Persoonsgegevens persoonsgegevens() throws IOException {
        if (gezocht != null) {
            return gezocht;
        }
        Persoonsgegevens p = new Persoonsgegevens();
        java.util.regex.Pattern datum = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        java.util.Set<String> gewoon = new java.util.HashSet<>();
        List<Path> csvs = new ArrayList<>();
        for (Path map : List.of(jeugdhulp, bw)) {
            try (var s = Files.list(map)) {
                s.filter(q -> q.toString().endsWith(".csv")).forEach(csvs::add);
            }
        }
        for (Path csv : csvs) {
            List<String> regels = Files.readAllLines(csv, StandardCharsets.UTF_8);
            int bsn = Arrays.asList(regels.get(0).replace("\uFEFF", "").split(";")).indexOf("bsn");
            for (String regel : regels.subList(1, regels.size())) {
                if (bsn >= 0 && !regel.isBlank()) {
                    p.bsn(regel.split(";", -1)[bsn]);
                }
                datum.matcher(regel).results().forEach(m -> gewoon.add(m.group()));
            }
        }
        try (var s = Files.walk(ROOT.resolve("regional-config"))) {
            for (Path q : s.filter(Files::isRegularFile).toList()) {
                datum.matcher(new String(Files.readAllBytes(q), StandardCharsets.ISO_8859_1)).results().forEach(m -> gewoon.add(m.group()));
            }
        }
        java.util.regex.Pattern waarden = java.util.regex.Pattern.compile("<Bsn>([^<]*)</Bsn>|<Geboortedatum>\\s*<ijw:Datum>([^<]*)<"
                + "|<ijw:Achternaam>([^<]*)<|<ijw:Straatnaam>([^<]*)<|<ijw:Postcode>([^<]*)<");
        try (var s = Files.list(jeugdhulp.resolveSibling("xml"))) {
            for (Path archief : s.filter(q -> q.toString().endsWith(".zip")).sorted().toList()) {
                try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(archief))) {
                    while (zip.getNextEntry() != null) {
                        java.util.regex.Matcher m = waarden.matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                        while (m.find()) {
                            if (m.group(1) != null) {
                                p.bsn(m.group(1));
                            } else if (m.group(2) != null) {
                                p.geboortedata.add(m.group(2));
                            } else if (m.group(3) != null) {
                                p.teksten.put(m.group(3), "naam");
                            } else if (m.group(4) != null) {
                                p.teksten.put(m.group(4), "straat");
                            } else {
                                p.teksten.put(m.group(5), "postcode");
                            }
                        }
                    }
                }
            }
        }
        p.bsn(BSN_IN_NAAM);
        p.geboortedata.removeAll(gewoon);
        assertTrue("BSN's: " + p.bsns.size(), p.bsns.size() > 1000);
        assertTrue("geboortedata: " + p.geboortedata.size(), p.geboortedata.size() > 100);
        assertTrue("namen en adressen: " + p.teksten.values(), p.teksten.values().containsAll(List.of("naam", "straat", "postcode")));
        gezocht = p;
        return p;
    }

    /**
     * Personal values to search bytes for, each file read once: BSNs as every window of nine digits in a run of digits
     * (looked up as a number in a set), birth dates as every yyyy-mm-dd (looked up in a set), names and addresses with
     * indexOf on a Latin-1 copy. ASCII and UTF-8 encodings only, as Derby, the logs and the files write them.
     */
    private static final class Persoonsgegevens {
        final java.util.Set<Long> bsns = new java.util.HashSet<>();
        final java.util.Set<String> geboortedata = new java.util.HashSet<>();
        /** value: kind */
        final Map<String, String> teksten = new java.util.HashMap<>();

        void bsn(String tekst) {
            String t = tekst.strip();
            if (t.length() == 9 && t.chars().allMatch(Character::isDigit)) {
                bsns.add(Long.parseLong(t));
            }
        }

        /** The kinds of personal value in {@code b}. */
        java.util.Set<String> in(byte[] b) {
            java.util.Set<String> soorten = new java.util.TreeSet<>();
            int cijfers = 0;
            for (int i = 0; i < b.length; i++) {
                byte c = b[i];
                if (c >= '0' && c <= '9') {
                    if (++cijfers >= 9) {
                        long w = 0;
                        for (int j = i - 8; j <= i; j++) {
                            w = w * 10 + (b[j] - '0');
                        }
                        if (bsns.contains(w)) {
                            soorten.add("BSN");
                        }
                    }
                } else {
                    if (c == '-' && cijfers >= 4 && i + 6 <= b.length && b[i + 3] == '-' && cijfer(b[i + 1]) && cijfer(b[i + 2])
                            && cijfer(b[i + 4]) && cijfer(b[i + 5])
                            && geboortedata.contains(new String(b, i - 4, 10, StandardCharsets.ISO_8859_1))) {
                        soorten.add("geboortedatum");
                    }
                    cijfers = 0;
                }
            }
            String tekst = new String(b, StandardCharsets.ISO_8859_1);
            teksten.forEach((waarde, soort) -> {
                if (tekst.contains(waarde)) {
                    soorten.add(soort);
                }
            });
            return soorten;
        }

        private static boolean cijfer(byte c) {
            return c >= '0' && c <= '9';
        }

        /** Every file under {@code pad} (or the file itself) with personal values: its path relative to {@code basis} and the kinds. */
        List<String> zoek(Path basis, Path pad, long[] gelezen) throws IOException {
            List<String> uit = new ArrayList<>();
            if (!Files.exists(pad)) {
                return uit;
            }
            try (var s = Files.walk(pad)) {
                for (Path q : s.filter(Files::isRegularFile).sorted().toList()) {
                    byte[] b = Files.readAllBytes(q);
                    gelezen[0] += b.length;
                    java.util.Set<String> soorten = in(b);
                    if (!soorten.isEmpty()) {
                        uit.add(basis.relativize(q) + ": " + String.join(", ", soorten));
                    }
                }
            }
            return uit;
        }
    }

    private static void kopieerMap(Path bron, Path doel) throws IOException {
        try (java.util.stream.Stream<Path> paden = Files.walk(bron)) {
            for (Path p : paden.toList()) {
                Path q = doel.resolve(bron.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Four eyes: one controller computes the run, another makes it final; the first may not. */
    private static long maakDefinitief(String verzoek) {
        Http.Antwoord run = hub.http().als("controller").post("vereveningen", "application/json", verzoek);
        assertEquals(run.body(), 201, run.status());
        long id = run.json().get("id").asLong();
        Http.Antwoord zelf = hub.http().als("controller").post("vereveningen/" + id + "/definitief", "application/json", "");
        assertEquals(zelf.body(), 403, zelf.status());
        Http.Antwoord definitief = hub.http().als("controller2").post("vereveningen/" + id + "/definitief", "application/json", "");
        assertEquals(definitief.body(), 200, definitief.status());
        assertEquals("controller", definitief.json().get("aangemaaktDoor").asText());
        assertEquals("controller2", definitief.json().get("vastgesteldDoor").asText());
        return id;
    }

    // --- helpers

    private static void lever(Instantie node, String module, String soort, List<String> regels) throws IOException {
        // a counter, not a timestamp: the inbox turns a run of five or more digits in a name into # (it could be a BSN),
        // and the file must still be found in klaar/ under its name
        String naam = soort + "-" + node.gemeente + "-" + VOLGNUMMER.incrementAndGet() + ".csv";
        node.lever(module, soort, naam, (String.join("\n", regels) + "\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(node.naam + " " + soort + ": " + rapportOfLeeg(node, module, soort, naam), node.verwerkt(module, soort, naam));
    }

    private static String rapportOfLeeg(Instantie node, String module, String soort, String naam) {
        try {
            return node.rapport(module, soort, naam);
        } catch (IOException | AssertionError e) {
            return "";
        }
    }

    private static JsonNode status(Instantie node) {
        return node.http().get("uitwisseling/status").json();
    }

    private static void wachtTotVerzonden(Instantie node) {
        Awaitility.await(node.naam + " heeft alles afgeleverd").atMost(LANG).pollInterval(Duration.ofMillis(250))
                .until(() -> status(node).get("wachtend").asLong() == 0);
        assertEquals(node.naam + ": " + status(node), 0, status(node).get("mislukt").asLong());
    }

    /**
     * Records the hub accepted from a gemeente's batches of one kind: the sum over its import log, each row counted once.
     * The hub logs a batch as {@code <soort>-<gemeente>-<key>.csv} (a node's key is a UUID, kept as it is); a row is the
     * gemeente's when its name is that of a batch its node sent; a batch the hub stored twice is still counted twice.
     */
    private static long ontvangen(Instantie hub, String module, String soort, String gemeente) {
        Instantie node = java.util.stream.Stream.of(kampen, deventer, harderwijk).filter(n -> n.gemeente.equals(gemeente)).findFirst()
                .orElseThrow();
        JsonNode batches = node.http().get("uitwisseling/batches?aantal=1000").json();
        assertTrue(node.naam + ": meer batches dan de lijst toont", batches.size() < 1000);
        Set<String> namen = new java.util.HashSet<>();
        for (JsonNode b : batches) {
            if (b.get("module").asText().equals(module) && b.get("soort").asText().equals(soort)) {
                String naam = soort + "-" + gemeente + "-" + b.get("sleutel").asText() + ".csv";
                namen.add(naam);
            }
        }
        long som = 0;
        for (JsonNode regel : hub.http().get(module + "/imports?aantal=10000").json()) {
            if (regel.get("geaccepteerd").asBoolean() && regel.get("soort").asText().equals(soort)
                    && namen.contains(regel.get("bestand").asText())) {
                som += regel.get("records").asLong();
            }
        }
        return som;
    }

    private static JsonNode budgetregel(Instantie i, String gemeente) {
        for (JsonNode g : i.http().get("jeugdhulp/monitoring/budgetten?jaar=2016").json().get("gemeenten")) {
            if (g.get("gemeente").asText().equals(gemeente)) {
                return g;
            }
        }
        throw new AssertionError(i.naam + ": geen budgetregel voor " + gemeente);
    }

    /** The kinds a gemeente delivers to the Wmo module, in the order they build on each other. */
    private static final List<String> WMO_GEMEENTELIJK = List.of("budgetten", "toewijzingen", "start-zorg", "stop-zorg", "declaraties", "gebruik",
            "deelnemers");

    private static JsonNode wmoBudgetregel(Instantie i, int jaar) {
        for (JsonNode g : i.http().get("wmo/monitoring/budgetten?jaar=" + jaar).json().get("gemeenten")) {
            if (g.get("gemeente").asText().equals(kampen.gemeente)) {
                return g;
            }
        }
        throw new AssertionError(i.naam + ": geen Wmo-budgetregel voor Kampen in " + jaar);
    }

    private static JsonNode kostenregel(Instantie i, String gemeente) {
        JsonNode kosten = i.http().get("beschermd-wonen/monitoring/kosten?jaar=2016").json();
        for (JsonNode g : kosten.get("gemeenten")) {
            if (g.get("gemeente").asText().equals(gemeente)) {
                return g;
            }
        }
        throw new AssertionError(i.naam + ": geen kostenregel voor " + gemeente + " in " + kosten);
    }

    private static List<String> kolom(List<String> csv, String naam) {
        int index = Arrays.asList(csv.get(0).split(";")).indexOf(naam);
        return csv.stream().skip(1).map(r -> r.split(";", -1)[index]).toList();
    }

    /** Every file under {@code map} in which one of the BSNs occurs as digits. */
    private static List<String> bestandenMetBsn(Path map, java.util.Set<String> bsns) throws IOException {
        List<String> uit = new ArrayList<>();
        try (var bestanden = Files.walk(map)) {
            for (Path p : bestanden.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(p);
                for (int i = 0; i + 9 <= b.length; i++) {
                    if (b[i] >= '0' && b[i] <= '9' && bsns.contains(new String(b, i, 9, StandardCharsets.ISO_8859_1))) {
                        uit.add(map.relativize(p).toString());
                        break;
                    }
                }
            }
        }
        return uit;
    }

    /** The header and the lines of a CSV whose column {@code kolom} is {@code gemeente}. */
    static List<String> regelsVan(Path csv, String kolom, String gemeente) throws IOException {
        List<String> alle = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int index = Arrays.asList(alle.get(0).replace("\uFEFF", "").split(";")).indexOf(kolom);
        assertTrue(kolom + " in " + csv, index >= 0);
        List<String> uit = new ArrayList<>();
        uit.add(alle.get(0));
        alle.stream().skip(1).filter(r -> !r.isBlank() && r.split(";", -1)[index].equals(gemeente)).forEach(uit::add);
        return uit;
    }

    /** More declaration lines on the gemeente's allocations, each with a new declaration number. */
    private static List<String> extraDeclaraties(List<String> bestaand, String voorvoegsel, int aantal) {
        List<String> kop = Arrays.asList(bestaand.get(0).split(";"));
        int nummer = kop.indexOf("declaratienummer");
        List<String> uit = new ArrayList<>();
        uit.add(bestaand.get(0));
        for (int i = 0; i < aantal; i++) {
            String[] v = bestaand.get(1 + i % (bestaand.size() - 1)).split(";", -1);
            v[nummer] = voorvoegsel + i;
            uit.add(String.join(";", v));
        }
        return uit;
    }

    private static HttpRequest batchVerzoek(String pad, String sleutel, String csv) {
        return HttpRequest.newBuilder(URI.create("https://localhost:" + hub.tlsPoort + "/api/v1/uitwisseling/batches/" + pad))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/csv").header("Idempotency-Key", sleutel)
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
    }

    /** A client that trusts the test CA and shows the certificate in {@code sleutelopslag} (none when null). */
    private static HttpClient tls(Path sleutelopslag) throws Exception {
        KeyStore vertrouwd = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(WERK.resolve("pki/truststore.p12"))) {
            vertrouwd.load(in, WACHTWOORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(vertrouwd);
        KeyManagerFactory kmf = null;
        if (sleutelopslag != null) {
            KeyStore sleutels = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(sleutelopslag)) {
                sleutels.load(in, WACHTWOORD.toCharArray());
            }
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(sleutels, WACHTWOORD.toCharArray());
        }
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
    }
}
