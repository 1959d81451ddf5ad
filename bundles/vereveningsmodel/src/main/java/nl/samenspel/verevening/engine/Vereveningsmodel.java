package nl.samenspel.verevening.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a region shares its pooled cost. A value: it says nothing about which
 * region or year it is used for.
 *
 * <p>Numbers are {@link BigDecimal} because people write them as decimals
 * ("0.35") and a BigDecimal holds such a decimal exactly; the engine converts
 * them to exact fractions. Nothing is checked here: the engine validates the
 * model together with the members and reports all problems at once (see
 * {@link VereveningsFout}), which a form or API client needs more than a
 * first-error-wins constructor.
 *
 * @param familie   which family of model
 * @param parameter for {@link Familie#KOSTENVERDELING} the solidarity fraction s in [0, 1];
 *                  for {@link Familie#BAND} the band width b &ge; 0 as a fraction of the budget
 * @param plafond   optional cap c &ge; 0: no member pays into solidarity more than c times its budget;
 *                  {@code null} means no cap
 * @param gewichten key name to weight, in the order they should be shown; the weights must add up to exactly 1
 */
public record Vereveningsmodel(Familie familie, BigDecimal parameter, BigDecimal plafond,
                               Map<String, BigDecimal> gewichten) {

    public Vereveningsmodel {
        // LinkedHashMap rather than Map.copyOf: the caller's key order is the display order,
        // and a null weight must survive until validation can name it.
        gewichten = gewichten == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(gewichten));
    }

    public static Vereveningsmodel kostenverdeling(BigDecimal solidariteit, Map<String, BigDecimal> gewichten) {
        return new Vereveningsmodel(Familie.KOSTENVERDELING, solidariteit, null, gewichten);
    }

    public static Vereveningsmodel band(BigDecimal bandbreedte, Map<String, BigDecimal> gewichten) {
        return new Vereveningsmodel(Familie.BAND, bandbreedte, null, gewichten);
    }

    /** The same model with cap c; {@code null} removes the cap. */
    public Vereveningsmodel metPlafond(BigDecimal c) {
        return new Vereveningsmodel(familie, parameter, c, gewichten);
    }

    public Optional<BigDecimal> plafondIndienGezet() {
        return Optional.ofNullable(plafond);
    }

    /** The name of {@link #parameter()} in error messages and explanations: "solidariteit" or "band". */
    public String parameterNaam() {
        return familie == Familie.BAND ? "band" : "solidariteit";
    }
}
