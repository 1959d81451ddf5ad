package nl.samenspel.api.audit;

/**
 * The audit log: insert-only, each record chained to the previous one by a SHA-256 hash, so
 * that a record changed or removed in the database afterwards is found by the check.
 */
public interface Auditlog {

    /**
     * Appends a record. Failing to write is an error the caller must not swallow for a request
     * that changes state (the change would go unrecorded); it is thrown as an
     * {@link IllegalStateException}.
     */
    void schrijf(Auditregel regel);
}
