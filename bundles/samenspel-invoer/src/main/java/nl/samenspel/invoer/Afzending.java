package nl.samenspel.invoer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Who delivered a file and what else the accepted file's transaction writes. Every record must
 * be for {@code gemeente} (a node sends only for its own municipality); {@code ontvangst} runs on
 * the same connection as the records, so the hub's receipt of a batch and the batch's records are
 * stored together or not at all.
 */
public record Afzending(String gemeente, Ontvangst ontvangst) {

    public Afzending {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(ontvangst, "ontvangst");
    }

    /** Writes the receipt of an accepted file on the connection of its records. */
    @FunctionalInterface
    public interface Ontvangst {
        void schrijf(Connection c, long importId, int records) throws SQLException;
    }
}
