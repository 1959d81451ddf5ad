package nl.samenspel.audit.internal;

/**
 * The outcome of checking the chain.
 *
 * @param intact        no record changed, removed or out of place
 * @param gecontroleerd the number of records read
 * @param anker         where the check started (after retention, the last removed record)
 * @param eersteFout    the first record that does not fit; {@code null} when intact
 */
public record Controleuitkomst(boolean intact, long gecontroleerd, Anker anker, Ketenfout eersteFout) {

    /** Why a record does not fit the chain. */
    public enum Reden {
        /** The record's hash is not the hash of its contents: a field (or the hash) was changed. */
        INHOUD_GEWIJZIGD,
        /** Its previous hash is not the hash of the record before it: that one was removed or replaced. */
        KETEN_VERBROKEN,
        /** Its volgnummer does not follow the one before it: records were removed. */
        GAT_IN_VOLGNUMMERS,
        /** The log ends before the last record this installation wrote: records at the end were removed. */
        EINDE_ONTBREEKT
    }

    /** The first record that does not fit, with the reason in words for the operator. */
    public record Ketenfout(long volgnummer, Reden reden, String toelichting) {
    }
}
