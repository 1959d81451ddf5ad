package nl.samenspel.uitwisseling.internal.hub;

import java.security.cert.X509Certificate;
import nl.samenspel.api.toegang.Certificaat;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;
import nl.samenspel.rest.ProblemException;

/**
 * Who is asking: the municipality whose OIN is in the subject of the client certificate the
 * TLS connection was made with. The TLS layer already checked the certificate against the CA;
 * this maps it to a gemeente through the register, and refuses anything else.
 */
final class Afzenders {

    private Afzenders() {
    }

    static Gemeente gemeente(HttpServletRequest verzoek, Register register) {
        X509Certificate certificaat = Certificaat.van(verzoek == null ? null : verzoek.getAttribute(Certificaat.ATTRIBUUT))
                .orElseThrow(() -> new ProblemException(401, "Geen certificaat", "de uitwisseling gaat alleen over tweezijdig TLS met het"
                        + " certificaat van een knooppunt (de HTTPS-poort van de hub); dit verzoek had geen certificaat", List.of()));
        String oin = Certificaat.oin(certificaat).orElseThrow(() -> new ProblemException(403, "Onbekend certificaat",
                "het certificaat heeft geen OIN in serialNumber van het subject", List.of()));
        return register.gemeenteMetOin(oin).orElseThrow(() -> new ProblemException(403, "Onbekend certificaat",
                "OIN " + oin + " is van geen gemeente in het register (regional-config/gemeenten.csv)", List.of()));
    }
}
