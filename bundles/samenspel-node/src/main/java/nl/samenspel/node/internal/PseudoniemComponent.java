package nl.samenspel.node.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The node's pseudonym maker. Present only when {@code nl.samenspel.pseudoniem} names a
 * readable key file; the key is read once at activation and kept only in the MAC's key spec.
 */
@Component(service = Pseudoniemdienst.class, configurationPid = "nl.samenspel.pseudoniem",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PseudoniemConfig.class)
public class PseudoniemComponent implements Pseudoniemdienst {

    static final int MINIMALE_SLEUTELLENGTE = 32;
    private static final String ALGORITME = "HmacSHA256";

    private final SecretKeySpec sleutel;

    @Activate
    public PseudoniemComponent(PseudoniemConfig config) throws IOException {
        this(leesSleutel(Path.of(config.sleutelbestand())));
    }

    PseudoniemComponent(byte[] sleutel) {
        if (sleutel.length < MINIMALE_SLEUTELLENGTE) {
            throw new IllegalArgumentException("nl.samenspel.pseudoniem: de sleutel is " + sleutel.length
                    + " bytes, minstens " + MINIMALE_SLEUTELLENGTE + " nodig (maak hem met: openssl rand -base64 32)");
        }
        this.sleutel = new SecretKeySpec(sleutel, ALGORITME);
    }

    static byte[] leesSleutel(Path bestand) throws IOException {
        if (!Files.isReadable(bestand)) {
            throw new IOException("nl.samenspel.pseudoniem: sleutelbestand " + bestand + " is niet leesbaar");
        }
        // lines starting with # are comments (the demo launcher marks its key so a production instance can refuse it)
        String tekst = Files.readAllLines(bestand, StandardCharsets.US_ASCII).stream().filter(r -> !r.strip().startsWith("#"))
                .collect(java.util.stream.Collectors.joining()).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(tekst);
        } catch (IllegalArgumentException e) {
            throw new IOException("nl.samenspel.pseudoniem: sleutelbestand " + bestand + " bevat geen Base64-tekst");
        }
    }

    @Override
    public String pseudoniem(Bsn bsn) {
        try {
            // a Mac is not thread-safe and cheap to make; one per call keeps this component stateless
            Mac mac = Mac.getInstance(ALGORITME);
            mac.init(sleutel);
            return HexFormat.of().formatHex(mac.doFinal(bsn.nummer().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is niet beschikbaar in deze JVM", e);
        }
    }
}
