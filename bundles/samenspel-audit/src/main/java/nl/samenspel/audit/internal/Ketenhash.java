package nl.samenspel.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of a record: lower-case hex SHA-256 over the UTF-8 bytes of
 * {@code vorigeHash} followed by each field as {@code <byte length>:<value>;}, in the order
 * volgnummer, tijd, actor, actie, object, resultaat, herkomst. The length prefix makes the
 * encoding unambiguous ({@code "ab","c"} and {@code "a","bc"} differ) whatever a field contains.
 * Volgnummer and resultaat are plain decimal; tijd is an ISO instant in UTC with exactly three
 * fraction digits ({@code 2024-03-31T01:30:00.000Z}), the precision the database keeps.
 */
final class Ketenhash {

    static final int LENGTE = 64;

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Ketenhash() {
    }

    static String bereken(String vorigeHash, long volgnummer, Instant tijd, String actor, String actie, String object,
                          int resultaat, String herkomst) {
        StringBuilder invoer = new StringBuilder(vorigeHash);
        veld(invoer, Long.toString(volgnummer));
        veld(invoer, TIJD.format(tijd));
        veld(invoer, actor);
        veld(invoer, actie);
        veld(invoer, object);
        veld(invoer, Integer.toString(resultaat));
        veld(invoer, herkomst);
        return HexFormat.of().formatHex(sha256().digest(invoer.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static String bereken(Auditrecord r) {
        return bereken(r.vorigeHash(), r.volgnummer(), r.tijd(), r.actor(), r.actie(), r.object(), r.resultaat(), r.herkomst());
    }

    private static void veld(StringBuilder invoer, String waarde) {
        invoer.append(waarde.getBytes(StandardCharsets.UTF_8).length).append(':').append(waarde).append(';');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is verplicht in elke Java-runtime", e);
        }
    }
}
