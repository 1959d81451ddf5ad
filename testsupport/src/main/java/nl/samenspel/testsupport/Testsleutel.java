package nl.samenspel.testsupport;

import java.nio.charset.StandardCharsets;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.demodata.JeugdhulpDemo;

/**
 * The region's pseudonym key in the tests, and the pseudonym service a node has with it: the same
 * BSN gets the same pseudonym in every module's test, as at every node of a region.
 */
public final class Testsleutel {

    public static final byte[] SLEUTEL = "een regionale testsleutel van minstens 32 bytes!".getBytes(StandardCharsets.US_ASCII);

    /** A node's pseudonym service with {@link #SLEUTEL}. */
    public static final Pseudoniemdienst DIENST = bsn -> pseudoniem(bsn.nummer());

    private Testsleutel() {
    }

    public static String pseudoniem(String bsn) {
        return JeugdhulpDemo.pseudoniem(SLEUTEL, bsn);
    }
}
