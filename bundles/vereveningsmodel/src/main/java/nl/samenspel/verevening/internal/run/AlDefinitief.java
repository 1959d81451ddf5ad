package nl.samenspel.verevening.internal.run;

/**
 * Another run of the region and year is final already: a member gets one statement per year, so
 * this run cannot become final too. A conflict with the state of the region's settlement, not a
 * fault in the request (REST: 409).
 */
public final class AlDefinitief extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Vaststelling bestaand;

    AlDefinitief(long gevraagd, Vaststelling bestaand) {
        super("run " + bestaand.run() + " is al definitief voor " + bestaand.regio() + " " + bestaand.jaar() + " (sinds "
                + bestaand.vastgesteld() + "), dus run " + gevraagd + " kan dat niet meer worden; een lid krijgt per jaar één afrekening");
        this.bestaand = bestaand;
    }

    /** The run that is final. */
    public Vaststelling bestaand() {
        return bestaand;
    }
}
