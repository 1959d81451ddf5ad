package nl.samenspel.wmo.internal.monitoring;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import nl.samenspel.wmo.internal.domein.Ondersteuning;
import nl.samenspel.wmo.internal.domein.Stamgegevens;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;
import nl.samenspel.wmo.internal.opslag.Wmocijfers;

/**
 * The realised cost of a year per gemeente: declared maatwerk, the use of algemene voorzieningen,
 * and taakgericht sums spread over the months ({@link Taaksom}); a month counts only when
 * {@code telt} says so (the equalization: the gemeente a member on its first day).
 */
public final class Gerealiseerd {

    private Gerealiseerd() {
    }

    public static Map<String, Long> inJaar(WmoOpslag opslag, int jaar, BiPredicate<String, YearMonth> telt) throws SQLException {
        YearMonth van = YearMonth.of(jaar, 1);
        YearMonth tot = YearMonth.of(jaar, 12);
        Map<String, Long> uit = new HashMap<>();
        for (Wmocijfers.Maandsom s : opslag.cijfers().gedeclareerd(van, tot)) {
            if (telt.test(s.gemeente(), s.maand())) {
                uit.merge(s.gemeente(), s.bedrag(), Long::sum);
            }
        }
        for (Ondersteuning.Gebruik g : opslag.cijfers().gebruik(van, tot)) {
            if (telt.test(g.gemeente(), g.maand())) {
                uit.merge(g.gemeente(), g.bedrag(), Long::sum);
            }
        }
        for (Stamgegevens.Contract k : opslag.contracten()) {
            if (k.soort() == Stamgegevens.Contractsoort.TAAKGERICHT && k.jaar() == jaar) {
                for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
                    if (telt.test(k.gemeente(), m)) {
                        uit.merge(k.gemeente(), Taaksom.inMaand(k.bedrag(), jaar, m), Long::sum);
                    }
                }
            }
        }
        return uit;
    }
}
