package nl.samenspel.api.toegang;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** The OIN in a certificate's subject {@code serialNumber} (Digikoppeling/PKIoverheid: the organisation's identity). */
public final class Certificaat {

    /** The servlet request attribute with the client's certificate chain (set by Jetty on the two-way TLS connector). */
    public static final String ATTRIBUUT = "javax.servlet.request.X509Certificate";

    private static final String SERIALNUMBER_OID = "2.5.4.5";

    private Certificaat() {
    }

    /** The client certificate of a request: the first of the chain; empty without two-way TLS. */
    public static Optional<X509Certificate> van(Object attribuut) {
        if (attribuut instanceof X509Certificate[] keten && keten.length > 0) {
            return Optional.of(keten[0]);
        }
        return Optional.empty();
    }

    /** The subject's serialNumber; empty when it has none. */
    public static Optional<String> oin(X509Certificate certificaat) {
        return oin(certificaat.getSubjectX500Principal());
    }

    /** The serialNumber of a subject name; empty when it has none. */
    public static Optional<String> oin(X500Principal onderwerp) {
        // without the OID map, RFC 2253 writes serialNumber as "2.5.4.5=#13..." (hex DER), not as its digits
        String naam = onderwerp.getName(X500Principal.RFC2253, Map.of(SERIALNUMBER_OID, "SERIALNUMBER"));
        try {
            for (Rdn rdn : new LdapName(naam).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("SERIALNUMBER")) {
                    return Optional.of(rdn.getValue().toString());
                }
            }
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
