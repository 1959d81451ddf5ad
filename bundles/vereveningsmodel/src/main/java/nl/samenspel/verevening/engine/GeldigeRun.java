package nl.samenspel.verevening.engine;

import java.util.List;
import java.util.Map;

/**
 * Model and members after validation, converted to exact fractions.
 *
 * @param gewichten      every model key with its weight, model order
 * @param nodigeSleutels keys with weight &gt; 0, model order: the only ones whose values matter
 * @param plafond        cap c, or {@code null}
 * @param leden          sorted by code, codes unique
 */
record GeldigeRun(Familie familie, Breuk parameter, Breuk plafond, Map<String, Breuk> gewichten,
                  List<String> nodigeSleutels, List<GeldigLid> leden) {
}
