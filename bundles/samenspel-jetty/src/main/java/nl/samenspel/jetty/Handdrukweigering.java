package nl.samenspel.jetty;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;

/**
 * A TLS handshake the exchange port refused: from where, why, and, when the peer showed a
 * certificate, its subject and issuer. None of it is proven, since the handshake failed: the
 * subject is what the peer claimed. Exchange certificates name organisations (a gemeente and its
 * OIN), so the subject may be logged; the toelichting is the JDK's reason, without key material.
 *
 * @param herkomst    the peer's address
 * @param reden       why, as far as it can be told
 * @param onderwerp   the subject of the peer's certificate; null when it showed none
 * @param uitgever    the issuer of the peer's certificate; null when it showed none
 * @param toelichting the detail: the date it expired or starts, or the JDK's message
 * @param tijd        when
 */
public record Handdrukweigering(String herkomst, Reden reden, X500Principal onderwerp, X500Principal uitgever, String toelichting,
                                Instant tijd) {

    /** Without this map the JDK writes serialNumber (the OIN) as an OID with hex DER instead of its digits. */
    private static final Map<String, String> NAMEN = Map.of("2.5.4.5", "SERIALNUMBER");

    /** Why a handshake was refused. */
    public enum Reden {
        VERLOPEN("certificaat verlopen"),
        NOG_NIET_GELDIG("certificaat nog niet geldig"),
        ONBEKENDE_CA("certificaat van een CA die de hub niet vertrouwt"),
        GEEN_CERTIFICAAT("geen certificaat getoond (een knooppunt toont het zijne niet als de hub de CA ervan niet noemt)"),
        HUB_GEWEIGERD("de afzender weigert het certificaat van de hub (verlopen, of van een CA die hij niet vertrouwt)"),
        ANDERS("handdruk mislukt of afgebroken (ook: een afzender die het certificaat van de hub weigert en de verbinding sluit)");

        private final String tekst;

        Reden(String tekst) {
            this.tekst = tekst;
        }

        /**
         * A short code for the audit log: the name in lower case with {@code -} for {@code _}, e.g. {@code onbekende-ca}
         * (the rule of {@code nl.samenspel.api.code.Gecodeerd}, which this bundle does not import).
         */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The reason in words, for the operator. */
        public String tekst() {
            return tekst;
        }
    }

    public Handdrukweigering {
        Objects.requireNonNull(reden, "reden");
        Objects.requireNonNull(tijd, "tijd");
        herkomst = herkomst == null ? "onbekend" : herkomst;
        toelichting = toelichting == null ? "" : toelichting;
    }

    /** A name as the operator reads it, with the OIN in digits; null stays null. */
    public static String naam(X500Principal naam) {
        return naam == null ? null : naam.getName(X500Principal.RFC1779, NAMEN);
    }
}
