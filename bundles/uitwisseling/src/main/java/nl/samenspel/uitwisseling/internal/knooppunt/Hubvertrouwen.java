package nl.samenspel.uitwisseling.internal.knooppunt;

import java.net.Socket;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import nl.samenspel.jetty.Jdkvertrouwen;

/**
 * The node's trust in the hub's certificate, as the JDK decides it, with the reason put into
 * words when it says no: the JDK only says "PKIX path building failed", which an operator
 * cannot act on. The reason travels inside the handshake exception
 * ({@link Hubcertificaatfout}), so it belongs to the very connection that failed. It also notes
 * when it last saw a handshake, so a later failure can be told apart from one that never reached
 * TLS (the hub down).
 */
final class Hubvertrouwen extends Jdkvertrouwen {

    /** The hub's certificate was refused; the message names why, in Dutch. */
    static final class Hubcertificaatfout extends CertificateException {
        private static final long serialVersionUID = 1L;

        Hubcertificaatfout(String reden, CertificateException oorzaak) {
            super(reden, oorzaak);
        }
    }

    private static final int DNS = 2;
    private static final int IP = 7;

    private final Path vertrouwensopslag;
    private volatile Long laatsteHanddruk;

    Hubvertrouwen(X509ExtendedTrustManager jdk, Path vertrouwensopslag, Clock klok) {
        super(jdk, klok);
        this.vertrouwensopslag = vertrouwensopslag;
    }

    /** Whether a handshake reached the hub's certificate at or after {@code sinds} ({@link System#nanoTime()}). */
    boolean handdrukSinds(long sinds) {
        Long laatste = laatsteHanddruk;
        return laatste != null && laatste - sinds >= 0;
    }

    @Override
    protected void server(X509Certificate[] keten, String authType, SSLEngine engine, Socket socket, Controle controle)
            throws CertificateException {
        laatsteHanddruk = System.nanoTime();
        try {
            controle.voerUit();
        } catch (CertificateException e) {
            throw new Hubcertificaatfout(reden(keten, authType, host(engine, socket), e), e);
        }
    }

    /** The hub's name as the connection knows it, to hold against the certificate: the engine's peer host or the socket's host name. */
    private static String host(SSLEngine engine, Socket socket) {
        if (engine != null) {
            return engine.getPeerHost();
        }
        return socket == null || socket.getInetAddress() == null ? null : socket.getInetAddress().getHostName();
    }

    /**
     * The most specific reason that can be established: dates first (they need no trust
     * decision), then whether the chain holds without the name check (then the name is wrong),
     * then a CA missing from the trust store.
     */
    private String reden(X509Certificate[] keten, String authType, String host, CertificateException fout) {
        if (keten == null || keten.length == 0) {
            return "de hub toonde geen certificaat (" + fout.getMessage() + ")";
        }
        X509Certificate hub = keten[0];
        String wie = "het certificaat van de hub (" + Certificaten.onderwerp(hub) + ")";
        Optional<Datumfout> datum = datumfout(keten, klok.instant());
        if (datum.isPresent()) {
            Datumfout d = datum.get();
            return switch (d.soort()) {
                case VERLOPEN -> wie + " is verlopen op " + d.tijd() + "; de beheerder van de hub moet het vernieuwen";
                case NOG_NIET_GELDIG -> wie + " is pas geldig vanaf " + d.tijd() + "; controleer de klok van dit knooppunt en van de hub";
                case CA_VERLOPEN -> "de CA " + Certificaten.onderwerp(d.certificaat()) + " van " + wie + " is verlopen op " + d.tijd();
            };
        }
        if (host != null && ketenKlopt(keten, authType)) {
            return wie + " hoort niet bij het adres " + host + " uit hubUrl (namen in het certificaat: " + namen(hub)
                    + "); controleer hubUrl in nl.samenspel.node (" + fout.getMessage() + ")";
        }
        if (oorzaak(fout, CertPathBuilderException.class)) {
            X509Certificate top = keten[keten.length - 1];
            return "onbekende CA: " + wie + " is uitgegeven door " + Certificaten.uitgever(top) + ", en die CA staat niet in de vertrouwensopslag "
                    + vertrouwensopslag + "; zet het CA-certificaat van de hub daarin (zonder herstart)";
        }
        return wie + " is geweigerd: " + fout.getMessage();
    }

    /** The chain without the check of the hub's name against its address (the JDK does that in the other overloads). */
    private boolean ketenKlopt(X509Certificate[] keten, String authType) {
        try {
            jdk.checkServerTrusted(keten, authType);
            return true;
        } catch (CertificateException e) {
            return false;
        }
    }

    private static String namen(X509Certificate certificaat) {
        List<String> namen = new ArrayList<>();
        try {
            Collection<List<?>> alternatief = certificaat.getSubjectAlternativeNames();
            if (alternatief != null) {
                for (List<?> naam : alternatief) {
                    int soort = (Integer) naam.get(0);
                    if (soort == DNS || soort == IP) {
                        namen.add((soort == DNS ? "dns:" : "ip:") + naam.get(1));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return "onleesbaar";
        }
        return namen.isEmpty() ? "geen" : String.join(", ", namen);
    }
}
