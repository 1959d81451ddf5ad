package nl.samenspel.uitwisseling.internal.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.jetty.internal.Uitwisselingspoort;
import nl.samenspel.uitwisseling.internal.knooppunt.Hubklant;
import nl.samenspel.uitwisseling.internal.knooppunt.Jdksleutels;
import nl.samenspel.uitwisseling.internal.knooppunt.Testpki;
import nl.samenspel.uitwisseling.internal.knooppunt.Tlsbestanden;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.KeyStoreScanner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub's exchange port as etc/jetty-uitwisseling.xml builds it, outside Karaf: Jetty 9.4 (the
 * version Pax Web 8.0.34 ships) with samenspel-jetty's {@link Uitwisselingspoort}, two-way TLS,
 * and {@link Handdrukaudit} as the observer. A node's {@link Hubklant} knocks with the test PKI's
 * certificates: each refusal is audited once per peer and reason with why, and the node names
 * its side of it. A {@link KeyStoreScanner} takes a renewed hub key store without a restart.
 */
class UitwisselingspoortJettyTest {

    @TempDir
    static Path pkimap;
    private static Testpki pki;

    @TempDir
    Path werk;
    private Server jetty;
    private Uitwisselingspoort tls;
    private final List<Auditregel> audit = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void pki() throws Exception {
        pki = Testpki.maak(pkimap);
    }

    @AfterEach
    void stop() throws Exception {
        if (jetty != null) {
            jetty.stop();
        }
    }

    /** The port with this key store and trust store; {@code scanner}: with a KeyStoreScanner of 1 s, as in the XML (there 10 s). */
    private URI poort(Path sleutelopslag, String vertrouwensopslag, boolean scanner) throws Exception {
        tls = new Uitwisselingspoort(List.of(new Handdrukaudit(audit::add)));
        tls.setKeyStorePath(sleutelopslag.toString());
        tls.setKeyStoreType("PKCS12");
        tls.setKeyStorePassword(new String(Testpki.WACHTWOORD));
        tls.setKeyManagerPassword(new String(Testpki.WACHTWOORD));
        tls.setCertAlias("hub");
        tls.setTrustStorePath(pki.pad(vertrouwensopslag).toString());
        tls.setTrustStoreType("PKCS12");
        tls.setTrustStorePassword(new String(Testpki.WACHTWOORD));
        tls.setNeedClientAuth(true);
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory());
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        if (scanner) {
            KeyStoreScanner wacht = new KeyStoreScanner(tls);
            wacht.setScanInterval(1);
            jetty.addBean(wacht);
        }
        jetty.start();
        return URI.create("https://127.0.0.1:" + connector.getLocalPort());
    }

    /** One request of a node with these stores; its answer's status, or what it threw as the sender records it. */
    private static String knooppunt(URI hub, String sleutelopslag, String vertrouwensopslag) {
        Hubklant klant = new Hubklant(hub, new Tlsbestanden(pki.pad(sleutelopslag), pki.pad(vertrouwensopslag), Testpki.WACHTWOORD),
                Duration.ofSeconds(10));
        try {
            return "HTTP " + klant.haal("/uitwisseling/afrekeningen").status();
        } catch (IOException e) {
            return "geen verbinding met de hub: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> objecten() {
        return audit.stream().map(Auditregel::object).toList();
    }

    @Test
    void anExpiredNodeCertificateIsAuditedOncePerMinuteWithTheOinItClaims() throws Exception {
        URI hub = poort(pki.pad("hub.p12"), "vertrouwen.p12", false);

        assertThat(knooppunt(hub, "knooppunt-verlopen.p12", "vertrouwen.p12")).contains("TLS: ons certificaat is verlopen op");
        assertThat(knooppunt(hub, "knooppunt-verlopen.p12", "vertrouwen.p12")).contains("TLS: ons certificaat is verlopen op");
        // another reason of the same peer is its own report, and marks that the two before it were handled
        assertThat(knooppunt(hub, "knooppunt-later.p12", "vertrouwen.p12")).contains("TLS: ons certificaat is pas geldig vanaf");

        await().atMost(Duration.ofSeconds(10)).until(() -> objecten().contains("reden=nog-niet-geldig oin=" + Testpki.OIN_KAMPEN));
        assertThat(objecten()).containsExactlyInAnyOrder("reden=verlopen oin=" + Testpki.OIN_KAMPEN, "reden=nog-niet-geldig oin=" + Testpki.OIN_KAMPEN);
        assertThat(audit).allSatisfy(regel -> {
            assertThat(regel.actor()).isEqualTo("anoniem");
            assertThat(regel.actie()).isEqualTo(Handdrukaudit.ACTIE);
            assertThat(regel.resultaat()).isEqualTo(401);
            assertThat(regel.herkomst()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void aValidNodeCertificateIsNotAudited() throws Exception {
        URI hub = poort(pki.pad("hub.p12"), "vertrouwen.p12", false);

        assertThat(knooppunt(hub, "knooppunt.p12", "vertrouwen.p12")).isEqualTo("HTTP 404");

        assertThat(audit).isEmpty();
    }

    @Test
    void aNodeWhoseCaTheHubDoesNotTrustShowsNoCertificateAndBothSidesSaySo() throws Exception {
        URI hub = poort(pki.pad("hub.p12"), "vreemd-vertrouwen.p12", false);

        assertThat(knooppunt(hub, "knooppunt.p12", "vertrouwen.p12")).contains("TLS: de hub vertrouwt de CA van ons certificaat niet");

        await().atMost(Duration.ofSeconds(10)).until(() -> objecten().contains("reden=geen-certificaat"));
    }

    @Test
    void aCertificateOfAnUnknownCaIsAuditedAsSuch() throws Exception {
        URI hub = poort(pki.pad("hub.p12"), "vertrouwen.p12", false);

        // the JDK's own client would not show a certificate the hub did not ask for; other clients do
        toonAltijd(hub, "knooppunt-sleutel.p12", "knooppunt", "vertrouwen.p12");

        await().atMost(Duration.ofSeconds(10)).until(() -> objecten().contains("reden=onbekende-ca oin=" + Testpki.OIN_KAMPEN));
    }

    @Test
    void aNodeThatDoesNotTrustTheHubLeavesAnAuditedFailedHandshake() throws Exception {
        URI hub = poort(pki.pad("hub.p12"), "vertrouwen.p12", false);

        // a client that closes at once, with its alert: the JDK's HTTP client closes when its selector gets to it
        toonAltijd(hub, "knooppunt.p12", "knooppunt", "vreemd-vertrouwen.p12");

        await().atMost(Duration.ofSeconds(10)).until(() -> !audit.isEmpty());
        assertThat(objecten()).containsExactly("reden=hub-geweigerd");
    }

    @Test
    void aRenewedHubKeyStoreIsTakenWithoutARestartAndRefusalsAreStillReported() throws Exception {
        Path sleutelopslag = Files.copy(pki.pad("hub-verlopen.p12"), werk.resolve("hub.p12"));
        URI hub = poort(sleutelopslag, "vertrouwen.p12", true);
        assertThat(knooppunt(hub, "knooppunt.p12", "vertrouwen.p12")).contains("TLS: het certificaat van de hub").contains("is verlopen op");

        Files.copy(pki.pad("hub.p12"), sleutelopslag, StandardCopyOption.REPLACE_EXISTING);

        await().atMost(Duration.ofSeconds(15)).until(() -> knooppunt(hub, "knooppunt.p12", "vertrouwen.p12").equals("HTTP 404"));
        assertThat(knooppunt(hub, "knooppunt-verlopen.p12", "vertrouwen.p12")).contains("TLS: ons certificaat is verlopen op");
        await().atMost(Duration.ofSeconds(10)).until(() -> objecten().contains("reden=verlopen oin=" + Testpki.OIN_KAMPEN));
    }

    @Test
    void aRenewalThatCannotBeReadKeepsTheStoresInUse() throws Exception {
        Path sleutelopslag = Files.copy(pki.pad("hub.p12"), werk.resolve("hub.p12"));
        URI hub = poort(sleutelopslag, "vertrouwen.p12", false);

        Files.writeString(sleutelopslag, "half gekopieerd");
        tls.reload(f -> { });

        assertThat(knooppunt(hub, "knooppunt.p12", "vertrouwen.p12")).isEqualTo("HTTP 404");
    }

    /** A handshake that shows the key store's certificate whatever CAs the hub asks for, and closes as soon as it fails. */
    private static void toonAltijd(URI hub, String sleutelopslag, String alias, String vertrouwensopslag) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(opslag(pki.pad(sleutelopslag)), Testpki.WACHTWOORD);
        X509ExtendedKeyManager jdk = (X509ExtendedKeyManager) kmf.getKeyManagers()[0];
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(opslag(pki.pad(vertrouwensopslag)));
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(new KeyManager[] {new Jdksleutels(jdk) {
            @Override
            public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
                return alias;
            }

            @Override
            public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
                return alias;
            }

            @Override
            public String[] getClientAliases(String keyType, Principal[] issuers) {
                return new String[] {alias};
            }
        }}, tmf.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(hub.getHost(), hub.getPort())) {
            socket.startHandshake();
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: hub\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getInputStream().read();
        } catch (IOException verwacht) {
            // the hub refuses: under TLS 1.3 after the client finished its part of the handshake
        }
    }

    private static KeyStore opslag(Path pad) throws Exception {
        KeyStore opslag = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pad)) {
            opslag.load(in, Testpki.WACHTWOORD);
        }
        return opslag;
    }
}
