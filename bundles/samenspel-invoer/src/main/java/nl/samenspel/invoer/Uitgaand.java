package nl.samenspel.invoer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A node's outbox; present only on a node that sends to a hub. A module that accepts a file of
 * a kind it sends ({@link Invoermodule#naarHub}) checks that every record is for this node's
 * {@link #gemeente()} and writes the records, in their exchange form, through {@link #bewaar} in
 * the file's own transaction: stored locally and queued for the hub together, or neither.
 */
public interface Uitgaand {

    /** The CBS code of this node's municipality. */
    String gemeente();

    /**
     * Queues the accepted records of one import.
     *
     * @param kop    the CSV header of the exchange form (the module's columns, with {@code client} for the pseudonym)
     * @param regels one list of values per record, in the order of {@code kop}; null for an empty field
     */
    void bewaar(Connection c, String module, String soort, long importId, List<String> kop, List<List<String>> regels)
            throws SQLException;
}
