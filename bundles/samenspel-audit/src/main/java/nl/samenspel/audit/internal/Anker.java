package nl.samenspel.audit.internal;

/**
 * A point in the chain: a volgnummer and the hash of the record with that number. The next
 * record must have volgnummer + 1 and this hash as its previous hash.
 */
public record Anker(long volgnummer, String hash) {

    /** The start of a log that never lost a record: before volgnummer 1, 64 zeros. */
    public static final Anker BEGIN = new Anker(0, "0".repeat(Ketenhash.LENGTE));
}
