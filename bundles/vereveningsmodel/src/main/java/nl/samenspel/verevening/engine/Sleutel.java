package nl.samenspel.verevening.engine;

/**
 * Key names callers commonly use. The set is open: a model may weigh any key
 * name, as long as every member supplies a value for it. Only {@link #BUDGET}
 * and {@link #GEBRUIK} mean something to the engine, because it can derive
 * them from the member's budget and cost.
 */
public final class Sleutel {

    public static final String INWONERS = "inwoners";
    public static final String JEUGDIGEN = "jeugdigen";
    /** The member's budget B in eurocents; derived from {@link LidInvoer#budget()} unless given. */
    public static final String BUDGET = "budget";
    /** The member's pooled cost K in eurocents; derived from {@link LidInvoer#kosten()} unless given. */
    public static final String GEBRUIK = "gebruik";
    public static final String GEBRUIK_VORIG_JAAR = "gebruik-vorig-jaar";
    public static final String GEBRUIK_DRIE_JAAR = "gebruik-drie-jaar";
    public static final String CLIENTEN = "clienten";

    private Sleutel() {
    }
}
