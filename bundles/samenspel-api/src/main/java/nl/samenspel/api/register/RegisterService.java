package nl.samenspel.api.register;

import java.util.Optional;

/**
 * The service that owns the regional register. It loads the configuration,
 * refuses an invalid configuration as a whole and keeps the last valid register
 * in use.
 */
public interface RegisterService {

    /** The register in use, empty when no valid configuration has been loaded since start-up. */
    Optional<Register> actueel();

    RegisterStatus status();

    /** Loads the configuration again now, instead of waiting for the file watcher. */
    RegisterStatus herlaad();
}
