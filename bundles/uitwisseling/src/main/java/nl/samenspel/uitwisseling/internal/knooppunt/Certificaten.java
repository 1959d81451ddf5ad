package nl.samenspel.uitwisseling.internal.knooppunt;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import javax.security.auth.x500.X500Principal;

/**
 * How a certificate appears in a message to the operator: its subject with the OIN spelled out,
 * and its dates in UTC to the second. Exchange certificates name organisations (gemeente, OIN),
 * never persons, so their subjects may go into the log and the status.
 */
final class Certificaten {

    /** Without this map the JDK writes serialNumber (the OIN) as an OID with hex DER instead of its digits. */
    private static final Map<String, String> NAMEN = Map.of("2.5.4.5", "SERIALNUMBER");

    private Certificaten() {
    }

    static String onderwerp(X509Certificate certificaat) {
        return naam(certificaat.getSubjectX500Principal());
    }

    static String uitgever(X509Certificate certificaat) {
        return naam(certificaat.getIssuerX500Principal());
    }

    static String naam(X500Principal naam) {
        return naam.getName(X500Principal.RFC1779, NAMEN);
    }

    static String tijd(Date datum) {
        return datum.toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static boolean verlopen(X509Certificate certificaat, Instant nu) {
        return nu.isAfter(certificaat.getNotAfter().toInstant());
    }

    static boolean nogNietGeldig(X509Certificate certificaat, Instant nu) {
        return nu.isBefore(certificaat.getNotBefore().toInstant());
    }
}
