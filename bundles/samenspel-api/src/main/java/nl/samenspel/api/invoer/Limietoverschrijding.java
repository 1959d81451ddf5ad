package nl.samenspel.api.invoer;

/**
 * Input went over a bound of {@link Invoerlimieten}. Thrown while reading, before the input is
 * held whole; a REST resource answers it with 413 (a body too large) or refuses the file whole
 * with the bound named. The message never contains the input.
 */
public class Limietoverschrijding extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String limiet;
    private final long waarde;

    /**
     * @param limiet the bound's configuration key, for example {@code uploadBytes}
     * @param waarde the bound's value
     * @param melding what was over it, in words, without any of the input
     */
    public Limietoverschrijding(String limiet, long waarde, String melding) {
        super(melding + " (grens " + Invoerlimieten.naam(limiet) + " = " + waarde + ")");
        this.limiet = limiet;
        this.waarde = waarde;
    }

    /** The configuration key of the bound. */
    public String limiet() {
        return limiet;
    }

    public long waarde() {
        return waarde;
    }
}
