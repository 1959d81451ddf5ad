package nl.samenspel.verevening.engine;

import java.util.Map;

/**
 * A member after validation: amounts as plain eurocents and the key values
 * resolved, so the computation needs no null checks or derived-key logic.
 *
 * @param sleutelwaarden per model key (model order) the value to use; keys with weight 0
 *                       only when available
 */
record GeldigLid(String code, long budget, long kosten, Map<String, Long> sleutelwaarden) {
}
