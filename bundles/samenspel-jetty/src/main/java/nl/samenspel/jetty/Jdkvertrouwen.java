package nl.samenspel.jetty;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A trust manager that leaves every decision to the JDK's and watches one side: a subclass
 * overrides {@link #klant} or {@link #server}, the side whose refusals it puts into words (a node's
 * certificate at the hub's port, the hub's certificate at a node), once for the JSSE's three
 * overloads. The other side's checks and the accepted issuers pass through unchanged, and a
 * refusal is the JDK's, so the alert the peer gets stays the JDK's. Both sides judge a refused
 * chain's dates first, by {@link #klok} ({@link #datumfout}): they need no trust decision.
 */
public abstract class Jdkvertrouwen extends X509ExtendedTrustManager {

    /** The JDK's trust manager over the installation's trust store: the one that decides. */
    protected final X509ExtendedTrustManager jdk;
    /** The clock a refused chain's dates are judged by. */
    protected final Clock klok;

    protected Jdkvertrouwen(X509ExtendedTrustManager jdk, Clock klok) {
        this.jdk = jdk;
        this.klok = klok;
    }

    /**
     * A date that refuses a chain: the peer's certificate expired or not yet valid, or a CA of
     * its chain expired ({@code certificaat} is then that CA's).
     */
    protected record Datumfout(Soort soort, X509Certificate certificaat) {

        public enum Soort { VERLOPEN, NOG_NIET_GELDIG, CA_VERLOPEN }

        /** The date that refuses it, to the second: the end of validity, or its start for {@link Soort#NOG_NIET_GELDIG}. */
        public String tijd() {
            return Jdkvertrouwen.tijd(soort == Soort.NOG_NIET_GELDIG ? certificaat.getNotBefore() : certificaat.getNotAfter());
        }
    }

    /** What the chain's dates say at {@code nu}, in this order: the peer's certificate, then its CAs; empty when they hold or there is no chain. */
    protected static Optional<Datumfout> datumfout(X509Certificate[] keten, Instant nu) {
        if (keten == null || keten.length == 0) {
            return Optional.empty();
        }
        if (nu.isAfter(keten[0].getNotAfter().toInstant())) {
            return Optional.of(new Datumfout(Datumfout.Soort.VERLOPEN, keten[0]));
        }
        if (nu.isBefore(keten[0].getNotBefore().toInstant())) {
            return Optional.of(new Datumfout(Datumfout.Soort.NOG_NIET_GELDIG, keten[0]));
        }
        for (int i = 1; i < keten.length; i++) {
            if (nu.isAfter(keten[i].getNotAfter().toInstant())) {
                return Optional.of(new Datumfout(Datumfout.Soort.CA_VERLOPEN, keten[i]));
            }
        }
        return Optional.empty();
    }

    /** A certificate's date as a refusal names it: UTC, to the second. */
    public static String tijd(Date datum) {
        return datum.toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Whether a refusal has a cause of this kind; a {@code CertPathBuilderException}: a CA the trust store lacks. */
    protected static boolean oorzaak(Throwable fout, Class<? extends Throwable> soort) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (soort.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** One of the JDK's checks, as the overload the JSSE called makes it. */
    @FunctionalInterface
    protected interface Controle {
        void voerUit() throws CertificateException;
    }

    /**
     * A client's chain, checked by the JDK when {@code controle} runs: by default just that. A
     * subclass that watches clients overrides it, runs {@code controle} and acts on its refusal;
     * the three overloads of the JSSE come here alike. {@code engine} or {@code socket} is the
     * connection when the overload has one, else null.
     */
    protected void klant(X509Certificate[] keten, String authType, SSLEngine engine, Socket socket, Controle controle)
            throws CertificateException {
        controle.voerUit();
    }

    /** A server's chain, as {@link #klant} is a client's. */
    protected void server(X509Certificate[] keten, String authType, SSLEngine engine, Socket socket, Controle controle)
            throws CertificateException {
        controle.voerUit();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] keten, String authType, SSLEngine engine) throws CertificateException {
        klant(keten, authType, engine, null, () -> jdk.checkClientTrusted(keten, authType, engine));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] keten, String authType, Socket socket) throws CertificateException {
        klant(keten, authType, null, socket, () -> jdk.checkClientTrusted(keten, authType, socket));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] keten, String authType) throws CertificateException {
        klant(keten, authType, null, null, () -> jdk.checkClientTrusted(keten, authType));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] keten, String authType, SSLEngine engine) throws CertificateException {
        server(keten, authType, engine, null, () -> jdk.checkServerTrusted(keten, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] keten, String authType, Socket socket) throws CertificateException {
        server(keten, authType, null, socket, () -> jdk.checkServerTrusted(keten, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] keten, String authType) throws CertificateException {
        server(keten, authType, null, null, () -> jdk.checkServerTrusted(keten, authType));
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return jdk.getAcceptedIssuers();
    }
}
