package nl.samenspel.demodata;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * DeclaratieNummer as providers issue them: one declaration per provider, gemeente and month,
 * numbered "DN", year, month and a 4-digit sequence within the month, so the number is at most
 * 12 characters [a-zA-Z0-9] and tells the month it was sent in.
 */
final class Declaratienummering {

    /** Declaration key: one declaration per provider, gemeente and month. */
    record Sleutel(YearMonth maand, String agb, String gemeente) implements Comparable<Sleutel> {
        private static final Comparator<Sleutel> VOLGORDE = Comparator.comparing(Sleutel::maand)
                .thenComparing(Sleutel::agb).thenComparing(Sleutel::gemeente);

        @Override
        public int compareTo(Sleutel o) {
            return VOLGORDE.compare(this, o);
        }
    }

    private static final int MAXIMUM_PER_MAAND = 9_999;

    private Declaratienummering() {
    }

    /** A number for every distinct key, in the order of month, provider and gemeente. */
    static Map<Sleutel, String> nummer(Collection<Sleutel> sleutels) {
        Map<Sleutel, String> nummers = new TreeMap<>();
        for (Sleutel s : sleutels) {
            nummers.put(s, null);
        }
        YearMonth vorige = null;
        int volgnummer = 0;
        for (Map.Entry<Sleutel, String> e : nummers.entrySet()) {
            YearMonth maand = e.getKey().maand();
            volgnummer = maand.equals(vorige) ? volgnummer + 1 : 1;
            if (volgnummer > MAXIMUM_PER_MAAND) {
                throw new IllegalStateException("more than " + MAXIMUM_PER_MAAND + " declarations in " + maand);
            }
            vorige = maand;
            e.setValue(String.format("DN%04d%02d%04d", maand.getYear(), maand.getMonthValue(), volgnummer));
        }
        return nummers;
    }

    /** The declaration month a number was issued for, the inverse of {@link #nummer}. */
    static YearMonth maandVan(String declaratienummer) {
        return YearMonth.of(Integer.parseInt(declaratienummer.substring(2, 6)),
                Integer.parseInt(declaratienummer.substring(6, 8)));
    }
}
