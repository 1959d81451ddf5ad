package nl.samenspel.uitwisseling.internal.knooppunt;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import nl.samenspel.jetty.Handdrukweigering;
import nl.samenspel.jetty.Jdkvertrouwen;

/**
 * How a certificate appears in a message to the operator: its subject with the OIN spelled out,
 * and its dates in UTC to the second. Exchange certificates name organisations (gemeente, OIN),
 * never persons, so their subjects may go into the log and the status. Both forms are the ones
 * the hub's port writes too ({@link Handdrukweigering#naam}, {@link Jdkvertrouwen#tijd}).
 */
final class Certificaten {

    private Certificaten() {
    }

    static String onderwerp(X509Certificate certificaat) {
        return naam(certificaat.getSubjectX500Principal());
    }

    static String uitgever(X509Certificate certificaat) {
        return naam(certificaat.getIssuerX500Principal());
    }

    static String naam(X500Principal naam) {
        return Handdrukweigering.naam(naam);
    }

    static String tijd(Date datum) {
        return Jdkvertrouwen.tijd(datum);
    }

    static boolean verlopen(X509Certificate certificaat, Instant nu) {
        return nu.isAfter(certificaat.getNotAfter().toInstant());
    }

    static boolean nogNietGeldig(X509Certificate certificaat, Instant nu) {
        return nu.isBefore(certificaat.getNotBefore().toInstant());
    }
}
