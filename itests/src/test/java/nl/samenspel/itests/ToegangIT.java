package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.inject.Inject;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.samenspel.store.Database;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Access control of a hub, as an attacker and as each role would meet it: every operation against
 * the table of rights, the HTTPS port's TLS and headers, lockout, bearer tokens, the console's
 * command rights, and the audit log's hash chain with a row changed behind its back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ToegangIT {

    static final int POORT = 18108;
    private static final SamenspelKaraf.Profiel PROFIEL = new SamenspelKaraf.Profiel("samenspel-hub", POORT, 18109, 11106, 44551);
    private static final String UITGEVER = "https://idp.test.samenspel.nl";

    @Inject
    private Database database;

    @Inject
    private SessionFactory sessionFactory;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() throws Exception {
        Path werk = Path.of(System.getProperty("samenspel.werkmap"), "toegang").toAbsolutePath();
        Files.createDirectories(werk);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair sleutel = generator.generateKeyPair();
        Path jwks = werk.resolve("jwks.json");
        RSAPublicKey publiek = (RSAPublicKey) sleutel.getPublic();
        Files.writeString(jwks, "{\"keys\":[{\"kty\":\"RSA\",\"alg\":\"RS256\",\"kid\":\"k1\",\"n\":\"" + b64(publiek.getModulus())
                + "\",\"e\":\"" + b64(publiek.getPublicExponent()) + "\"}]}");
        return new Option[] {SamenspelKaraf.distributie(PROFIEL, SamenspelKaraf.kopieVanConfig("toegang")),
                editConfigurationFilePut("etc/nl.samenspel.toegang.cfg", "tokenUitgever", UITGEVER),
                editConfigurationFilePut("etc/nl.samenspel.toegang.cfg", "tokenJwks", jwks.toString()),
                // the tokens are signed here, outside the container; inside, the test only sends them
                systemProperty("toegangit.token.lezer").value(token(sleutel, "rapportage-lezer", List.of("lezer"), 3600)),
                systemProperty("toegangit.token.verlopen").value(token(sleutel, "rapportage-lezer", List.of("lezer"), -3600)),
                systemProperty("toegangit.pki").value(SamenspelKaraf.testpki().toString())};
    }

    /**
     * A signed access token as an IdP would issue it (JWS compact form, RS256), made with the JDK here so the
     * test does not share the product's JOSE library: what it proves is that the product reads a standard token.
     */
    private static String token(KeyPair sleutel, String client, List<String> rollen, long geldigS) throws Exception {
        String kop = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}";
        String inhoud = "{\"iss\":\"" + UITGEVER + "\",\"aud\":\"samenspel\",\"sub\":\"" + client + "\",\"exp\":"
                + (Instant.now().getEpochSecond() + geldigS) + ",\"roles\":[" + String.join(",", rollen.stream().map(r -> "\"" + r + "\"").toList()) + "]}";
        String ondertekend = b64(kop.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + b64(inhoud.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initSign(sleutel.getPrivate());
        rsa.update(ondertekend.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return ondertekend + "." + b64(rsa.sign());
    }

    private static String b64(byte[] bytes) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A JWK number: unsigned big-endian, so without the sign byte Java's BigInteger may put in front. */
    private static String b64(java.math.BigInteger getal) {
        byte[] b = getal.toByteArray();
        return b64(b.length > 1 && b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b);
    }

    private void wachtTotGereed() {
        http.wachtTotGereed(Duration.ofSeconds(120));
        http.wachtOpJson("regios", "register", "audit/controle");
    }

    @Test
    public void everyOperationAnswersAsTheTableOfRightsSays() {
        wachtTotGereed();
        int gevraagd = Rondgang.loop(http);
        assertTrue("te weinig bewerkingen gevraagd: " + gevraagd, gevraagd > 150);
    }

    @Test
    public void theHttpsPortServesTls12PlusWithTheTransportHeaders() throws Exception {
        wachtTotGereed();
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, vertrouwen().getTrustManagers(), null);
        Http https = http.als("lezer").via(HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build(),
                "https://localhost:" + SamenspelKaraf.apiPoort(PROFIEL) + "/api/v1/");
        Http.Antwoord a = https.get("regios");
        assertEquals(a.body(), 200, a.status());
        assertEquals("max-age=31536000", a.koppen().firstValue("Strict-Transport-Security").orElse(""));
        assertEquals("nosniff", a.koppen().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", a.koppen().firstValue("X-Frame-Options").orElse(""));
        assertTrue(a.koppen().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("no-store", a.koppen().firstValue("Cache-Control").orElse(""));
        assertTrue(a.koppen().firstValue("Access-Control-Allow-Origin").isEmpty());
        // the plain-HTTP port sends no HSTS (it is loopback-only, for the operator)
        assertTrue(http.als("lezer").get("regios").koppen().firstValue("Strict-Transport-Security").isEmpty());
        // forward secrecy only: a client that offers only RSA key exchange is refused; TLS 1.2 with ECDHE is served
        assertEquals("TLSv1.2", handdruk(tls, "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        try {
            handdruk(tls, "TLSv1.2", "TLS_RSA_WITH_AES_128_GCM_SHA256");
            throw new AssertionError("een suite zonder forward secrecy is geaccepteerd");
        } catch (javax.net.ssl.SSLException verwacht) {
            // refused in the handshake
        }
    }

    /** One TLS handshake with the API's port offering exactly this protocol and suite; the protocol agreed. */
    private static String handdruk(SSLContext tls, String protocol, String suite) throws IOException {
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) tls.getSocketFactory().createSocket("localhost",
                SamenspelKaraf.apiPoort(PROFIEL))) {
            socket.setSoTimeout(5000);
            socket.setEnabledProtocols(new String[] {protocol});
            socket.setEnabledCipherSuites(new String[] {suite});
            socket.startHandshake();
            return socket.getSession().getProtocol();
        }
    }

    /**
     * On the network only the HTTPS API listens; plain HTTP, the console and JMX listen on loopback. Read from the kernel's
     * table of listening sockets (what {@code ss -ltn} shows), so the check sends no traffic anywhere.
     */
    @Test
    public void onlyTheHttpsApiListensBeyondLoopback() throws Exception {
        wachtTotGereed();
        assertEquals(java.util.Set.of("alle"), luisteradressen(SamenspelKaraf.apiPoort(PROFIEL)));
        assertEquals(java.util.Set.of("loopback"), luisteradressen(POORT));
        assertEquals(java.util.Set.of("loopback"), luisteradressen(PROFIEL.sshPort()));
        assertEquals(java.util.Set.of("loopback"), luisteradressen(PROFIEL.rmiRegistryPort()));
    }

    /** Where something listens on a TCP port, from /proc/net/tcp and tcp6: "alle" (0.0.0.0 or ::), "loopback", or the address. */
    private static java.util.Set<String> luisteradressen(int poort) throws IOException {
        java.util.Set<String> adressen = new java.util.TreeSet<>();
        for (String tabel : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path pad = Path.of(tabel);
            if (!Files.exists(pad)) {
                continue;
            }
            for (String regel : Files.readAllLines(pad).subList(1, Files.readAllLines(pad).size())) {
                String[] velden = regel.trim().split("\\s+");
                String[] lokaal = velden[1].split(":");
                if (!"0A".equals(velden[3]) || Integer.parseInt(lokaal[1], 16) != poort) {
                    continue; // not LISTEN, or another port
                }
                String adres = lokaal[0];
                if (adres.matches("0+")) {
                    adressen.add("alle");
                } else if (adres.equals("0100007F") || adres.equals("0000000000000000FFFF00000100007F")
                        || adres.equals("00000000000000000000000001000000")) {
                    adressen.add("loopback");
                } else {
                    adressen.add(adres);
                }
            }
        }
        return adressen;
    }

    @Test
    public void afterFiveWrongPasswordsANameIsLockedWhateverItsPassword() {
        wachtTotGereed();
        Http controller2 = http.als("controller2");
        for (int i = 0; i < 4; i++) {
            Http.Antwoord a = http.anoniem().stuur(HttpRequest.newBuilder(URI.create(http.basis() + "regios"))
                    .header("Authorization", basic("controller2", "fout-" + i)));
            assertEquals(401, a.status());
        }
        Http.Antwoord vijfde = http.anoniem().stuur(HttpRequest.newBuilder(URI.create(http.basis() + "regios"))
                .header("Authorization", basic("controller2", "fout-5")));
        assertEquals(429, vijfde.status());
        Http.Antwoord goed = controller2.get("regios");
        assertEquals("ook het goede wachtwoord wacht", 429, goed.status());
        assertTrue(goed.koppen().firstValue("Retry-After").isPresent());
        // another name from the same address is not locked by it
        assertEquals(200, http.als("lezer").get("regios").status());
        JsonNode audit = http.als("beheerder").get("audit?actor=controller2&resultaat=429").json();
        assertTrue(audit.toString(), audit.size() >= 1);
    }

    @Test
    public void aBearerTokenOfTheIssuerCarriesItsRolesAndAnExpiredOneIsRefused() {
        wachtTotGereed();
        Http.Antwoord lezer = bearer("regios", System.getProperty("toegangit.token.lezer"));
        assertEquals(lezer.body(), 200, lezer.status());
        Http.Antwoord nietMogen = http.anoniem().stuur(HttpRequest.newBuilder(URI.create(http.basis() + "register/herladen"))
                .header("Authorization", "Bearer " + System.getProperty("toegangit.token.lezer")).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals("een token met de rol lezer mag het register niet herladen", 403, nietMogen.status());
        Http.Antwoord verlopen = bearer("regios", System.getProperty("toegangit.token.verlopen"));
        assertEquals(401, verlopen.status());
        assertTrue(verlopen.koppen().toString(), verlopen.koppen().allValues("WWW-Authenticate").stream().anyMatch(w -> w.contains("Bearer realm")));
        Http.Antwoord inUrl = http.anoniem().get("regios?access_token=" + System.getProperty("toegangit.token.lezer"));
        assertEquals(400, inUrl.status());
    }

    @Test
    public void theConsoleGivesCommandsTheRolesOfTheirRestTwins() throws Exception {
        wachtTotGereed();
        String alsLezer = uitvoerenOfFout("samenspel:jeugdhulp-import tarieven /dev/null", "lezer", "lezer", "ssh");
        assertTrue(alsLezer, alsLezer.contains("not found") || alsLezer.contains("Insufficient") || alsLezer.contains("permission"));
        String register = Shell.uitvoeren(sessionFactory, "samenspel:register --peildatum 2016-06-01", "lezer", "lezer", "ssh");
        assertTrue(register, register.contains("jeugdhulp-ijsselland"));
    }

    @Test
    public void aRowChangedInTheDatabaseIsNamedByTheAuditCheck() throws Exception {
        wachtTotGereed();
        Http beheerder = http.als("beheerder");
        assertEquals(200, beheerder.post("register/herladen", "application/json", "").status());
        assertEquals(403, http.als("lezer").post("register/herladen", "application/json", "").status());
        JsonNode controle = beheerder.get("audit/controle").json();
        assertTrue(controle.toString(), controle.get("intact").asBoolean());
        JsonNode regels = beheerder.get("audit?actie=register/herladen").json();
        assertTrue(regels.toString(), regels.size() >= 2);
        JsonNode geweigerd = regels.get(0);
        assertEquals("lezer", geweigerd.get("actor").asText());
        assertEquals(403, geweigerd.get("resultaat").asInt());
        assertEquals("POST /register/herladen", geweigerd.get("actie").asText());
        assertFalse("geen persoonsgegevens of body in het log", regels.toString().contains("wachtwoord"));
        long volgnummer = regels.get(1).get("volgnummer").asLong();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE AUDIT.AUDITREGEL SET ACTOR = 'iemand-anders' WHERE VOLGNUMMER = ?")) {
            ps.setLong(1, volgnummer);
            assertEquals(1, ps.executeUpdate());
        }
        JsonNode kapot = beheerder.get("audit/controle").json();
        assertFalse(kapot.toString(), kapot.get("intact").asBoolean());
        assertEquals(volgnummer, kapot.get("eersteFout").get("volgnummer").asLong());
    }

    private String uitvoerenOfFout(String commando, String gebruiker, String... rollen) {
        try {
            return Shell.uitvoeren(sessionFactory, commando, gebruiker, rollen);
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
    }

    private Http.Antwoord bearer(String pad, String token) {
        return http.anoniem().stuur(HttpRequest.newBuilder(URI.create(http.basis() + pad)).header("Authorization", "Bearer " + token));
    }

    private static String basic(String naam, String wachtwoord) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((naam + ":" + wachtwoord).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static TrustManagerFactory vertrouwen() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("toegangit.pki")).resolve("truststore.p12"))) {
            ks.load(in, "samenspel-test".toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        return tmf;
    }
}
