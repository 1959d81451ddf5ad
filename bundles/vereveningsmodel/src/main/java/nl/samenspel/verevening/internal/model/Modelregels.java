package nl.samenspel.verevening.internal.model;

import nl.samenspel.api.invoer.Invoerlimieten;

/**
 * How the numbers of a model are checked when it is read: at most {@code precisie} digits of
 * which at most {@code schaal} after the point, and, with {@code bereik}, the plausible range of
 * each parameter (a band, cap or weight above 1 is refused unless the model says
 * {@value ModelJson#BOVEN_EEN}).
 */
public record Modelregels(int precisie, int schaal, boolean bereik) {

    /** What a stored model may hold: the widest bounds configuration allows, since it was checked when its run was made. */
    private static final int RUIMSTE_PRECISIE = 100;
    private static final int RUIMSTE_SCHAAL = 50;

    /** A model from outside (a request or a model file): the configured bounds and the plausible range. */
    public static Modelregels invoer(Invoerlimieten limieten) {
        return new Modelregels(limieten.decimaalPrecisie(), limieten.decimaalSchaal(), true);
    }

    /**
     * A stored model, recomputed: it was checked when its run was made, and bounds set lower since
     * then must not make an old run impossible to check.
     */
    public static Modelregels opgeslagen() {
        return new Modelregels(RUIMSTE_PRECISIE, RUIMSTE_SCHAAL, false);
    }
}
