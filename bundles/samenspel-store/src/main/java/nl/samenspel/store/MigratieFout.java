package nl.samenspel.store;

/** A schema migration failed or the applied migrations no longer match the shipped ones. */
public class MigratieFout extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigratieFout(String bericht, Throwable oorzaak) {
        super(bericht, oorzaak);
    }
}
