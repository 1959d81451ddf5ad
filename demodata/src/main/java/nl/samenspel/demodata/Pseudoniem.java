package nl.samenspel.demodata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Client pseudonyms as a node makes them, so demo CSVs can be loaded on a hub without BSNs. */
final class Pseudoniem {

    /** Shorter keys make the pseudonym guessable by brute force over the BSN space. */
    static final int MINIMALE_SLEUTELLENGTE = 32;

    private Pseudoniem() {
    }

    static String van(byte[] sleutel, String bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static byte[] leesSleutel(Path bestand) throws IOException {
        String tekst = Files.readString(bestand, StandardCharsets.US_ASCII).replaceAll("\\s", "");
        byte[] sleutel;
        try {
            sleutel = Base64.getDecoder().decode(tekst);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key file " + bestand + " does not hold Base64 text", e);
        }
        if (sleutel.length < MINIMALE_SLEUTELLENGTE) {
            throw new IllegalArgumentException("key in " + bestand + " has " + sleutel.length
                    + " bytes; at least " + MINIMALE_SLEUTELLENGTE + " are needed");
        }
        return sleutel;
    }
}
