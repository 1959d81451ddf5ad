package nl.samenspel.api.privacy;

/**
 * Makes the client pseudonym: a keyed hash (HMAC-SHA256) of the BSN with a key the nodes of
 * the region share and the hub never has. The same BSN gives the same pseudonym at every
 * node, so the hub can count distinct clients and follow a move between municipalities, but
 * it cannot go back to the BSN.
 *
 * <p>Only a node with a configured key offers this service; without it, files with BSNs are
 * refused.
 */
public interface Pseudoniemdienst {

    /** Pseudonyms are 64 lower-case hexadecimal characters. */
    String PATROON = "[0-9a-f]{64}";

    String pseudoniem(Bsn bsn);

    static boolean isPseudoniem(String tekst) {
        return tekst != null && tekst.matches(PATROON);
    }
}
