package nl.samenspel.jeugdhulp.internal.domein;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What an allocation commits in a year, in eurocent (docs/jeugdhulp.md, "Toegewezen"):
 * the units that fall in the year times the tariff in force on the first day of the
 * allocation in that year, or a budget spread evenly over the days. Exact rational
 * arithmetic, one rounding (half up) at the end.
 */
public final class Toegewezen {

    private Toegewezen() {
    }

    /**
     * @param tarief eurocent per unit on the first day of the allocation in the year; ignored for a budget
     */
    public static long inJaar(Zorg.Toewijzing t, int jaar, long tarief) {
        LocalDate eersteDag = LocalDate.of(jaar, 1, 1);
        LocalDate laatsteDag = LocalDate.of(jaar, 12, 31);
        LocalDate van = t.ingang().isAfter(eersteDag) ? t.ingang() : eersteDag;
        LocalDate tot = t.einde() == null || t.einde().isAfter(laatsteDag) ? laatsteDag : t.einde();
        if (tot.isBefore(van)) {
            return 0;
        }
        long dagen = ChronoUnit.DAYS.between(van, tot) + 1;
        if (t.budget() != null) {
            return afgerond(BigInteger.valueOf(t.budget()).multiply(BigInteger.valueOf(dagen)), BigInteger.valueOf(totaleDagen(t)));
        }
        long perEenheid = Codes.EENHEID_EURO.equals(t.eenheid()) ? 100 : tarief;
        BigInteger volume = BigInteger.valueOf(t.volume()).multiply(BigInteger.valueOf(perEenheid));
        return switch (t.frequentie()) {
            case "1" -> afgerond(volume.multiply(BigInteger.valueOf(dagen)), BigInteger.ONE);
            case "2" -> afgerond(volume.multiply(BigInteger.valueOf(dagen)), BigInteger.valueOf(7));
            // a month is 365/12 days, so a year of "per maand" is exactly twelve months
            case "4" -> afgerond(volume.multiply(BigInteger.valueOf(dagen * 12)), BigInteger.valueOf(365));
            case "6" -> afgerond(volume.multiply(BigInteger.valueOf(dagen)), BigInteger.valueOf(totaleDagen(t)));
            default -> throw new IllegalArgumentException("onbekende frequentie " + t.frequentie());
        };
    }

    /** The first day of the allocation that falls in the year: the day whose tariff applies. */
    public static LocalDate tariefdag(Zorg.Toewijzing t, int jaar) {
        LocalDate eersteDag = LocalDate.of(jaar, 1, 1);
        return t.ingang().isAfter(eersteDag) ? t.ingang() : eersteDag;
    }

    private static long totaleDagen(Zorg.Toewijzing t) {
        if (t.einde() == null) {
            throw new IllegalArgumentException("een totaal binnen de geldigheid vraagt een einddatum");
        }
        return ChronoUnit.DAYS.between(t.ingang(), t.einde()) + 1;
    }

    private static long afgerond(BigInteger teller, BigInteger noemer) {
        return new java.math.BigDecimal(teller).divide(new java.math.BigDecimal(noemer), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
