package nl.samenspel.api.gezondheid;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether this installation may take work that writes: the database takes writes and the data
 * directory has room above its floor. What takes work (the inbox, the sender, the hub's receipt,
 * every state-changing REST request) asks first, and leaves the work where it is while there is a
 * storing, so that a full disk or a database that turned read-only stops work instead of failing
 * it half-way; the store probes until the cause is gone and then reopens the database by itself.
 */
public interface Opslagstand {

    /** Empty when work may be taken; otherwise since when it may not, and why (no personal data). */
    Optional<Storing> storing();

    /**
     * A caller met this error at the database. When it may be a storage failure rather than a fault of
     * the work (a read-only database, a lost connection, a full log), the store probes at once instead of
     * at its next interval.
     */
    void gemeld(SQLException fout);

    /** Why no work is taken, since when. */
    record Storing(Instant sinds, String oorzaak) {
    }
}
