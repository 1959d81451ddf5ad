package nl.samenspel.verevening.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspel.api.geld.Bedrag;

/**
 * One member's outcome, with every intermediate value needed to explain each
 * cent. The exact values are fractions of eurocents; only {@link #toerekening()}
 * and what is derived from it are rounded. These identities hold exactly:
 * <pre>
 *   toerekeningVoorPlafond = kosten - inbreng + poolaandeel
 *   exacteToerekening      = toerekeningVoorPlafond + plafondcorrectie
 *   toerekening            = floor(exacteToerekening) + afrondingscent
 *   verevening             = kosten - toerekening
 *   saldo                  = budget - toerekening
 * </pre>
 *
 * @param code                   CBS code
 * @param budget                 B
 * @param kosten                 K
 * @param sleutelwaarden         the key values used, per model key (including derived budget/gebruik);
 *                               a key with weight 0 appears only if the member supplied it
 * @param sigma                  combined key share &sigma;, the sum of {@code sigmaDelen}
 * @param sigmaDelen             per model key, in model order: w &middot; k / &Sigma;k (0 for a key with weight 0)
 * @param afwijking              K - B; the deficit (positive) or surplus (negative) before verevening
 * @param bandgrens              band family: b &middot; B, the deviation the member carries itself either way;
 *                               {@code null} for kostenverdeling
 * @param inbreng                what the member puts into the pool: s &middot; K (kostenverdeling) or e (band:
 *                               the part of the afwijking outside the band, may be negative)
 * @param poolaandeel            E &middot; &sigma;, the member's share of the pool total E
 * @param toerekeningVoorPlafond T before any cap
 * @param plafondcorrectie       net change by the cap iterations (negative for a capped member, &ge; 0 otherwise)
 * @param geplafonneerdInRonde   the cap round in which this member was capped, 0 if never
 * @param exacteToerekening      T exactly
 * @param afrondingscent         0 or 1: the cent largest-remainder rounding added on top of floor(T)
 * @param toerekening            T in whole cents: what the member is charged
 * @param verevening             V = K - T; positive means the member receives
 * @param saldo                  R = B - T; the member's result against its budget
 */
public record LidResultaat(
        String code,
        Bedrag budget,
        Bedrag kosten,
        Map<String, Long> sleutelwaarden,
        Breuk sigma,
        Map<String, Breuk> sigmaDelen,
        Bedrag afwijking,
        Breuk bandgrens,
        Breuk inbreng,
        Breuk poolaandeel,
        Breuk toerekeningVoorPlafond,
        Breuk plafondcorrectie,
        int geplafonneerdInRonde,
        Breuk exacteToerekening,
        int afrondingscent,
        Bedrag toerekening,
        Bedrag verevening,
        Bedrag saldo) {

    public LidResultaat {
        sleutelwaarden = Collections.unmodifiableMap(new LinkedHashMap<>(sleutelwaarden));
        sigmaDelen = Collections.unmodifiableMap(new LinkedHashMap<>(sigmaDelen));
    }

    /** toerekening - exacteToerekening, in (-1, 1) cent: what rounding did to this member. */
    public Breuk afrondingsverschil() {
        return Breuk.van(toerekening.eurocent()).min(exacteToerekening);
    }
}
