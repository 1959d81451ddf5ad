package nl.samenspel.invoer;

/** No valid register is loaded: a module's checks cannot run, so a file is neither accepted nor refused. */
public class GeenRegister extends TijdelijkeFout {

    private static final long serialVersionUID = 1L;

    public GeenRegister() {
        super("er is geen geldig register geladen");
    }
}
