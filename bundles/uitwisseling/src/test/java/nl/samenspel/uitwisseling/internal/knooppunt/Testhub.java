package nl.samenspel.uitwisseling.internal.knooppunt;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * The hub's exchange port as a node meets it: HTTPS on loopback that demands a client
 * certificate of the CA in its trust store (the JDK's own server, as Jetty at the hub uses the
 * JDK's TLS), and answers every request with one scripted status and body. It remembers the
 * client certificate of each request it served.
 */
final class Testhub implements AutoCloseable {

    private final HttpsServer server;
    private final List<X509Certificate> klanten = new CopyOnWriteArrayList<>();
    private volatile int status = 201;
    private volatile String body = "{\"sleutel\":\"s1\"}";

    /** {@code protocol}: TLSv1.3 (what the hub negotiates with the JDK) or TLSv1.2, which fail differently. */
    Testhub(Path sleutelopslag, Path vertrouwensopslag, String protocol) throws Exception {
        SSLContext tls = tls(sleutelopslag, vertrouwensopslag);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = tls.getDefaultSSLParameters();
                p.setNeedClientAuth(true);
                p.setProtocols(new String[] {protocol});
                params.setSSLParameters(p);
            }
        });
        server.createContext("/", uitwisseling -> {
            try (InputStream in = uitwisseling.getRequestBody()) {
                in.readAllBytes();
            }
            klanten.add((X509Certificate) ((HttpsExchange) uitwisseling).getSSLSession().getPeerCertificates()[0]);
            byte[] inhoud = body.getBytes(StandardCharsets.UTF_8);
            uitwisseling.getResponseHeaders().add("Content-Type", "application/json");
            uitwisseling.sendResponseHeaders(status, inhoud.length);
            uitwisseling.getResponseBody().write(inhoud);
            uitwisseling.close();
        });
        server.start();
    }

    private static SSLContext tls(Path sleutelopslag, Path vertrouwensopslag) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(opslag(sleutelopslag), Testpki.WACHTWOORD);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(opslag(vertrouwensopslag));
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return tls;
    }

    private static KeyStore opslag(Path pad) throws Exception {
        KeyStore opslag = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pad)) {
            opslag.load(in, Testpki.WACHTWOORD);
        }
        return opslag;
    }

    URI adres() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every next request gets this answer. */
    void antwoord(int status, String body) {
        this.status = status;
        this.body = body;
    }

    /** The client certificates of the requests served, in order. */
    List<X509Certificate> klanten() {
        return List.copyOf(klanten);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
