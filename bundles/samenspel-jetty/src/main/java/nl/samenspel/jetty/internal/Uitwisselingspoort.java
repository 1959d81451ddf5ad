package nl.samenspel.jetty.internal;

import java.security.KeyStore;
import java.security.cert.CRL;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import nl.samenspel.jetty.Handdrukwaarnemer;
import nl.samenspel.jetty.Handdrukweigering;
import nl.samenspel.jetty.Handdrukweigering.Reden;
import org.eclipse.jetty.io.ssl.SslHandshakeListener;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's server TLS for the hub's exchange port ({@code etc/jetty-uitwisseling.xml} names this
 * class instead of {@code SslContextFactory$Server}), which reports every handshake it refuses:
 * in the log, at most once a minute per peer and reason, and to the {@link Handdrukwaarnemer}
 * services. Two ears, because neither hears everything: the trust manager it wraps knows the
 * certificate it refused, and Jetty, which tells the handshake listeners among the beans of the
 * {@code SslConnectionFactory} (this factory is one), knows of the failures before any
 * certificate (none shown, the node refusing the hub's). Jetty asks for the trust managers again
 * on every reload, so the reporting survives a renewed store.
 */
public class Uitwisselingspoort extends SslContextFactory.Server implements SslHandshakeListener {

    private static final Logger LOG = LoggerFactory.getLogger(Uitwisselingspoort.class);

    /** The window per peer and reason: long enough against a node retrying every second, short enough to see a fix fail. */
    static final Duration VENSTER = Duration.ofMinutes(1);
    /** Peers remembered for the window; past it the memory is cleared rather than grown. */
    static final int MAXIMUM = 10_000;

    private final Clock klok;
    private final Weigeringen weigeringen;
    private ServiceTracker<Handdrukwaarnemer, Handdrukwaarnemer> tracker;

    /** For Jetty XML: the observers are the OSGi services of the bundle this fragment belongs to. */
    public Uitwisselingspoort() {
        this.klok = Clock.systemUTC();
        this.weigeringen = new Weigeringen(new Logrem(VENSTER, klok, MAXIMUM), this::diensten);
    }

    /** Outside OSGi (a test, an embedded Jetty): these observers, always. */
    public Uitwisselingspoort(Collection<? extends Handdrukwaarnemer> waarnemers) {
        this(Clock.systemUTC(), () -> List.copyOf(waarnemers));
    }

    Uitwisselingspoort(Clock klok, Supplier<Collection<Handdrukwaarnemer>> waarnemers) {
        this.klok = klok;
        this.weigeringen = new Weigeringen(new Logrem(VENSTER, klok, MAXIMUM), waarnemers);
    }

    @Override
    protected void doStart() throws Exception {
        Bundle bundel = FrameworkUtil.getBundle(Uitwisselingspoort.class);
        BundleContext context = bundel == null ? null : bundel.getBundleContext();
        if (context != null) {
            tracker = new ServiceTracker<>(context, Handdrukwaarnemer.class, null);
            tracker.open();
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
    }

    private Collection<Handdrukwaarnemer> diensten() {
        ServiceTracker<Handdrukwaarnemer, Handdrukwaarnemer> t = tracker;
        return t == null ? List.of() : t.getTracked().values();
    }

    /**
     * Jetty's reload drops the stores in use before it reads the new ones, so a hub.p12 caught
     * half-copied, or with another password, would leave the port refusing every node until the
     * next good file. Here the configured stores are read first; when either cannot be, the port
     * keeps what it has and says why. The {@code KeyStoreScanner} tries again when the file changes.
     */
    @Override
    public void reload(Consumer<SslContextFactory> aanpassing) throws Exception {
        try {
            if (getKeyStoreResource() != null) {
                KeyStore sleutels = loadKeyStore(getKeyStoreResource());
                if (getCertAlias() != null && !sleutels.containsAlias(getCertAlias())) {
                    throw new IllegalStateException("geen sleutel met alias " + getCertAlias());
                }
            }
            if (getTrustStoreResource() != null) {
                loadTrustStore(getTrustStoreResource());
            }
        } catch (Exception e) {
            LOG.error("Uitwisselingspoort: vernieuwde sleutelopslag {} of vertrouwensopslag {} niet te lezen ({}); de huidige blijven in gebruik",
                    getKeyStorePath(), getTrustStorePath(), e.toString());
            return;
        }
        super.reload(aanpassing);
        LOG.info("Uitwisselingspoort: sleutelopslag {} en vertrouwensopslag {} opnieuw gelezen", getKeyStorePath(), getTrustStorePath());
    }

    @Override
    protected TrustManager[] getTrustManagers(KeyStore trustStore, Collection<? extends CRL> crls) throws Exception {
        TrustManager[] managers = super.getTrustManagers(trustStore, crls);
        if (managers == null) {
            return null;
        }
        TrustManager[] bewaakt = managers.clone();
        for (int i = 0; i < managers.length; i++) {
            if (managers[i] instanceof X509ExtendedTrustManager jdk) {
                bewaakt[i] = new Klantvertrouwen(jdk, weigeringen, klok);
            }
        }
        return bewaakt;
    }

    @Override
    public void handshakeFailed(Event event, Throwable fout) {
        SSLEngine engine = event.getSSLEngine();
        if (weigeringen.alGemeld(engine)) {
            return;
        }
        weigeringen.meld(new Handdrukweigering(engine.getPeerHost(), reden(fout), null, null, beschrijf(fout), klok.instant()));
    }

    /** The exception and its causes, short: Jetty's own often has no message, the cause says what happened. */
    static String beschrijf(Throwable fout) {
        StringBuilder tekst = new StringBuilder();
        for (Throwable t = fout; t != null && tekst.length() < 300; t = t.getCause()) {
            tekst.append(tekst.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                tekst.append(": ").append(t.getMessage());
            }
        }
        return tekst.toString();
    }

    /**
     * The JDK names these two cases only in its message; anything it words otherwise is
     * {@link Reden#ANDERS}, with the messages as the detail. A JDK client that refuses the hub's
     * certificate under TLS 1.3 often closes before its alert is read: then it is ANDERS too
     * (a broken pipe), which the node's own status names precisely.
     */
    static Reden reden(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            String tekst = t.getMessage();
            if (tekst == null) {
                continue;
            }
            if (tekst.contains("Empty client certificate chain")) {
                return Reden.GEEN_CERTIFICAAT;
            }
            if (tekst.contains("Received fatal alert: certificate_") || tekst.contains("Received fatal alert: bad_certificate")
                    || tekst.contains("Received fatal alert: unknown_ca")) {
                return Reden.HUB_GEWEIGERD;
            }
        }
        return Reden.ANDERS;
    }
}
