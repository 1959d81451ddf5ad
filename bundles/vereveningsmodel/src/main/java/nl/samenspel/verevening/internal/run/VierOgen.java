package nl.samenspel.verevening.internal.run;

/**
 * Four eyes on money: the person who made a run may not make it final; a second controller must.
 * Names are compared trimmed and without regard to case, because the same person can log in as
 * "Jan" and as "jan " and must still count as one. A run without a recorded creator (made before
 * creators were recorded) cannot be checked and may be made final by anyone with the role; refusing
 * it would leave such runs impossible to settle.
 */
public final class VierOgen {

    private VierOgen() {
    }

    /** Refused when the actor made the run. */
    static void controleer(Run run, String actor) {
        if (run.aangemaaktDoor() != null && dezelfde(run.aangemaaktDoor(), actor)) {
            throw new Geweigerd(run.id());
        }
    }

    static boolean dezelfde(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    /** The actor made the run they tried to make final. The message names no person, only the run. */
    public static final class Geweigerd extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Geweigerd(long run) {
            super("wie run " + run + " heeft gemaakt, mag die run niet zelf definitief maken; een tweede controleur moet dat doen");
        }
    }
}
