package nl.samenspel.verevening.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One iteration of the cap. Members whose payment into solidarity (T - K)
 * exceeded c &middot; B are set to exactly K + c &middot; B; the total cut is shared
 * among the members not capped so far, in proportion to their &sigma;.
 *
 * @param ronde          1, 2, ...
 * @param afgetopt       per member capped in this round (by code): the amount cut from its T
 * @param teVerdelen     the sum of {@code afgetopt}
 * @param sigmaOntvangers the sum of &sigma; over the members that absorb it
 * @param toegerekend    per absorbing member (by code): teVerdelen &middot; &sigma; / sigmaOntvangers
 */
public record Plafondronde(int ronde, Map<String, Breuk> afgetopt, Breuk teVerdelen, Breuk sigmaOntvangers,
                           Map<String, Breuk> toegerekend) {

    public Plafondronde {
        afgetopt = Collections.unmodifiableMap(new LinkedHashMap<>(afgetopt));
        toegerekend = Collections.unmodifiableMap(new LinkedHashMap<>(toegerekend));
    }
}
