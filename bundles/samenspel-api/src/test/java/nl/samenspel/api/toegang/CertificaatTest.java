package nl.samenspel.api.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sender's OIN is the subject's serialNumber of its TLS certificate (PKIoverheid). */
class CertificaatTest {

    private static final String OIN = "00000099000000150000";

    @Test
    void theOinIsTheSubjectSerialNumber() {
        X500Principal onderwerp = new X500Principal("CN=Samenspel knooppunt Deventer, O=Gemeente Deventer, SERIALNUMBER=" + OIN + ", C=NL");
        assertThat(Certificaat.oin(onderwerp)).contains(OIN);
    }

    @Test
    void theOinIsFoundWhateverTheOrderAndHowTheAttributeIsWritten() {
        assertThat(Certificaat.oin(new X500Principal("SERIALNUMBER=" + OIN + ", CN=Knooppunt, C=NL"))).contains(OIN);
        assertThat(Certificaat.oin(new X500Principal("C=NL, CN=Knooppunt, serialNumber=" + OIN))).contains(OIN);
        // the attribute by its OID, as a certificate tool may write it
        assertThat(Certificaat.oin(new X500Principal("CN=Knooppunt, OID.2.5.4.5=" + OIN))).contains(OIN);
        assertThat(Certificaat.oin(new X500Principal("CN=Knooppunt, 2.5.4.5=" + OIN))).contains(OIN);
    }

    @Test
    void theOinKeepsItsLeadingZeros() {
        assertThat(Certificaat.oin(new X500Principal("CN=Hub, SERIALNUMBER=00000001234567890000"))).contains("00000001234567890000");
    }

    @Test
    void noSerialNumberGivesNoOin() {
        assertThat(Certificaat.oin(new X500Principal("CN=Samenspel knooppunt Deventer, O=Gemeente Deventer, C=NL"))).isEmpty();
        // a CN that merely looks like an OIN is not one
        assertThat(Certificaat.oin(new X500Principal("CN=" + OIN + ", C=NL"))).isEmpty();
    }

    @Test
    void aRequestWithoutACertificateChainHasNoCertificate() {
        assertThat(Certificaat.van(null)).isEmpty();
        assertThat(Certificaat.van(new X509Certificate[0])).isEmpty();
        assertThat(Certificaat.van("geen certificaat")).isEmpty();
        assertThat(Certificaat.van(new Object[] {"geen certificaat"})).isEmpty();
    }

    /** A real certificate, made with the JDK's keytool as pki/maak-test-pki.sh makes the nodes' ones, read as Jetty hands it over. */
    @Test
    void theOinOfARealCertificateInTheRequestsChain(@TempDir Path map) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Assumptions.assumeTrue(Files.isExecutable(keytool), "geen keytool in " + keytool);
        Path opslag = map.resolve("knooppunt.p12");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "knooppunt", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Samenspel knooppunt Deventer, O=Gemeente Deventer, SERIALNUMBER=" + OIN + ", C=NL", "-validity", "2",
                "-keystore", opslag.toString(), "-storetype", "PKCS12", "-storepass", "geheim123").redirectErrorStream(true).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("keytool klaar").isTrue();
        assertThat(p.exitValue()).as("keytool: %s", new String(p.getInputStream().readAllBytes())).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(opslag)) {
            ks.load(in, "geheim123".toCharArray());
        }
        X509Certificate certificaat = (X509Certificate) ks.getCertificate("knooppunt");

        assertThat(Certificaat.oin(certificaat)).contains(OIN);
        Object keten = new X509Certificate[] {certificaat};
        assertThat(Certificaat.van(keten)).containsSame(certificaat);
        assertThat(Certificaat.van(keten).flatMap(Certificaat::oin)).contains(OIN);
    }
}
