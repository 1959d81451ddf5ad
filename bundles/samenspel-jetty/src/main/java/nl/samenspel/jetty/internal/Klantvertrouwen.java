package nl.samenspel.jetty.internal;

import java.net.Socket;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import nl.samenspel.jetty.Handdrukweigering;
import nl.samenspel.jetty.Jdkvertrouwen;
import nl.samenspel.jetty.Handdrukweigering.Reden;

/**
 * The port's trust in a node's certificate, as the JDK decides it, reporting a refusal with the
 * certificate's subject and why. Only here is the subject known: the JDK puts the peer's
 * certificates in the session after it trusted them, so Jetty's handshake listener never sees a
 * refused one. The JDK's exception is thrown on unchanged, so the alert the node gets stays the
 * JDK's.
 */
final class Klantvertrouwen extends Jdkvertrouwen {

    private final Weigeringen weigeringen;

    Klantvertrouwen(X509ExtendedTrustManager jdk, Weigeringen weigeringen, Clock klok) {
        super(jdk, klok);
        this.weigeringen = weigeringen;
    }

    @Override
    protected void klant(X509Certificate[] keten, String authType, SSLEngine engine, Socket socket, Controle controle)
            throws CertificateException {
        try {
            controle.voerUit();
        } catch (CertificateException e) {
            weigeringen.meld(weigering(keten, e, herkomst(engine, socket)), engine);
            throw e;
        }
    }

    /** The node's address as the connection knows it: the engine's peer host or the socket's IP address; null when neither is there. */
    private static String herkomst(SSLEngine engine, Socket socket) {
        if (engine != null) {
            return engine.getPeerHost();
        }
        return socket == null || socket.getInetAddress() == null ? null : socket.getInetAddress().getHostAddress();
    }

    /** Dates first (they need no trust decision), then a CA the trust store lacks, else the JDK's words. */
    private Handdrukweigering weigering(X509Certificate[] keten, CertificateException fout, String herkomst) {
        Instant nu = klok.instant();
        if (keten == null || keten.length == 0) {
            return new Handdrukweigering(herkomst, Reden.GEEN_CERTIFICAAT, null, null, fout.getMessage(), nu);
        }
        X509Certificate klant = keten[0];
        Reden reden = Reden.ANDERS;
        String toelichting = fout.getMessage();
        Optional<Datumfout> datum = datumfout(keten, nu);
        if (datum.isPresent()) {
            Datumfout d = datum.get();
            reden = d.soort() == Datumfout.Soort.NOG_NIET_GELDIG ? Reden.NOG_NIET_GELDIG : Reden.VERLOPEN;
            toelichting = switch (d.soort()) {
                case VERLOPEN -> "verlopen op " + d.tijd();
                case NOG_NIET_GELDIG -> "geldig vanaf " + d.tijd();
                case CA_VERLOPEN -> "de CA " + Handdrukweigering.naam(d.certificaat().getSubjectX500Principal()) + " verliep op " + d.tijd();
            };
        } else if (oorzaak(fout, CertPathBuilderException.class)) {
            reden = Reden.ONBEKENDE_CA;
        }
        return new Handdrukweigering(herkomst, reden, klant.getSubjectX500Principal(), klant.getIssuerX500Principal(), toelichting, nu);
    }
}
