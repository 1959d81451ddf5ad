package nl.samenspel.invoer;

import java.sql.SQLException;
import java.util.List;

/**
 * A module's files as the exchange sees them; each module registers one as a service. A node's
 * inbox hands files to it, and the hub hands it the batches a node sent, so every module's data
 * kinds travel the same way.
 */
public interface Invoermodule {

    /** The module's name: the inbox folder ({@code inbox/<naam>/<soort>/}) and the path segment of a batch. */
    String naam();

    /** The region whose members deliver this module's data (a region id of the register). */
    String regio();

    /** Every kind of file the module reads, in the order a new installation should read them. */
    List<String> soorten();

    /**
     * Whether a node sends this kind to the hub. Kinds the hub owns (providers, products,
     * tariffs, contracts, facilities) are read locally at a node only, for its own checks.
     */
    boolean naarHub(String soort);

    /**
     * Where the module keeps refused uploads of this installation for their owner to correct (a
     * node only); the exchange's clean-up applies its retention there.
     */
    default java.util.Optional<java.nio.file.Path> afgewezenMap() {
        return java.util.Optional.empty();
    }

    /**
     * The master data this installation's module checks a node's records with (the kinds the hub
     * owns: providers, products, tariffs, contracts, facilities), as a JSON document in the module's
     * own form. The hub publishes it to its nodes ({@link #hubStamgegevens}). Empty for a module
     * without master data.
     */
    default java.util.Optional<byte[]> stamgegevens() throws SQLException {
        return java.util.Optional.empty();
    }

    /**
     * The hub's master data, the hub's {@link #stamgegevens()}: from now on a node checks the
     * records it sends against it too, so that a file the hub would refuse is refused here, whole,
     * with the codes the hub does not know named, before anything is queued. Its own master data
     * stays in use for the checks of its own.
     *
     * @throws IllegalArgumentException when the document cannot be read; the module keeps what it had
     */
    default void hubStamgegevens(byte[] document) {
    }

    /**
     * Reads, checks and stores or refuses a file whole, as the module's own import does. The
     * module keeps nothing of a refused file: the caller (a node's inbox) keeps what it may.
     *
     * @param afzending who delivered it and what its transaction writes besides; null for a file of the installation itself
     * @throws IllegalArgumentException for a kind the module does not read
     */
    Importresultaat importeer(String soort, String bestandsnaam, byte[] inhoud, Afzending afzending) throws SQLException;

    /**
     * A file of this installation itself (an upload, the shell): as {@link #importeer}, and on a
     * node a refused file is kept for its owner to correct ({@link #afgewezenMap()}).
     *
     * @throws IllegalArgumentException for a kind the module does not read
     */
    default Importresultaat importeerEigen(String soort, String bestandsnaam, byte[] inhoud) throws SQLException {
        return importeer(soort, bestandsnaam, inhoud, null);
    }
}
