package nl.samenspel.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.net.ssl.SSLHandshakeException;
import nl.samenspel.jetty.Handdrukweigering.Reden;
import org.junit.jupiter.api.Test;

/**
 * The reasons Jetty's handshake listener can tell from the JDK's message alone; the refusals
 * with a certificate are tested against a real Jetty in the uitwisseling bundle
 * ({@code UitwisselingspoortJettyTest}), which has the test PKI.
 */
class UitwisselingspoortTest {

    @Test
    void noCertificateAndTheNodeRefusingTheHubAreToldApartFromTheRest() {
        assertThat(Uitwisselingspoort.reden(new SSLHandshakeException("Empty client certificate chain"))).isEqualTo(Reden.GEEN_CERTIFICAAT);
        assertThat(Uitwisselingspoort.reden(new IllegalStateException("x", new SSLHandshakeException("Received fatal alert: certificate_unknown"))))
                .isEqualTo(Reden.HUB_GEWEIGERD);
        assertThat(Uitwisselingspoort.reden(new SSLHandshakeException("Received fatal alert: bad_certificate"))).isEqualTo(Reden.HUB_GEWEIGERD);
        assertThat(Uitwisselingspoort.reden(new SSLHandshakeException("no cipher suites in common"))).isEqualTo(Reden.ANDERS);
        assertThat(Uitwisselingspoort.reden(new SSLHandshakeException(null))).isEqualTo(Reden.ANDERS);
    }
}
