package nl.samenspel.invoer;

/**
 * A file could not be judged for a reason that is not the file's: no valid register yet, a
 * database that is not available. The file is neither accepted nor refused; a node's inbox keeps
 * it and tries again later, a REST caller gets 503.
 */
public class TijdelijkeFout extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TijdelijkeFout(String melding) {
        super(melding);
    }
}
