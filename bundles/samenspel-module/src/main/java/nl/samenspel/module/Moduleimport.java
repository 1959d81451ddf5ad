package nl.samenspel.module;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.Importlogboek;
import nl.samenspel.invoer.Importresultaat;

/**
 * A module's import, typed by its kinds: what the shared adapter, resource and command need of it.
 *
 * @param <S> the module's enum of kinds
 */
public interface Moduleimport<S extends Enum<S> & Invoersoort> {

    /** The module's name in the exchange ({@code wmo}). */
    String naam();

    /** The module's enum of kinds. */
    Class<S> soorten();

    /** The region whose members deliver the module's data. */
    String regio();

    /** The module's import log. */
    Importlogboek logboek();

    /**
     * A file of this installation itself (an upload, the shell): on a node a kind it sends also goes
     * into the outbox, and a refused file is kept for its owner to correct.
     *
     * @throws nl.samenspel.invoer.GeenRegister when no valid register is loaded
     */
    Importresultaat importeer(S soort, String bestandsnaam, byte[] inhoud) throws SQLException;

    /**
     * A file of the exchange: from a node's inbox ({@code afzending} null), or a batch a node sent
     * to the hub. The module keeps nothing of a refused file.
     */
    Importresultaat importeer(S soort, String bestandsnaam, byte[] inhoud, Afzending afzending) throws SQLException;

    /** Where refused uploads are kept (a node only). */
    default Optional<Path> afgewezenMap() {
        return Optional.empty();
    }

    /** The name of the setting that {@link #afgewezenMap(String, String)} reads, the same in every module's configuration. */
    String AFGEWEZEN_MAP = "Map voor afgewezen bestanden";

    /** Its description, which the module ends with its default folder below {@code ${karaf.data}} ({@code jeugdhulp/afgewezen}). */
    String AFGEWEZEN_MAP_UITLEG = "Where a refused upload is kept, with its report beside it; default ${karaf.data}/";

    /**
     * Where a module keeps refused uploads: as configured, or else {@code ${karaf.data}/<map>/afgewezen},
     * so that every module's folder is found in the same place.
     *
     * @param ingesteld the configured folder; blank or null: the default
     */
    static Path afgewezenMap(String ingesteld, String map) {
        return ingesteld != null && !ingesteld.isBlank() ? Path.of(ingesteld) : Path.of(System.getProperty("karaf.data", "data"), map, "afgewezen");
    }

    /** This installation's master data as the hub publishes it; empty for a module without. */
    default Optional<byte[]> stamgegevensdocument() throws SQLException {
        return Optional.empty();
    }

    /** The hub's master data, to check the records a node sends against as well. */
    default void hubStamgegevensdocument(byte[] document) {
    }
}
