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
        return voorDagen(t, dagenInJaar(t, jaar), tarief);
    }

    /** The allocation's days in the year (an open end counts to 31 December); 0 when it has none. */
    public static long dagenInJaar(Zorg.Toewijzing t, int jaar) {
        LocalDate eersteDag = LocalDate.of(jaar, 1, 1);
        LocalDate laatsteDag = LocalDate.of(jaar, 12, 31);
        LocalDate van = t.ingang().isAfter(eersteDag) ? t.ingang() : eersteDag;
        LocalDate tot = t.einde() == null || t.einde().isAfter(laatsteDag) ? laatsteDag : t.einde();
        return tot.isBefore(van) ? 0 : ChronoUnit.DAYS.between(van, tot) + 1;
    }

    /**
     * What {@code dagen} days of the allocation commit, with the same tariff and the same single
     * rounding as {@link #inJaar}: the region's part of a year (its member days) is computed this
     * way, and what falls outside it is the year's amount minus that part, so the two add up to the cent.
     */
    public static long voorDagen(Zorg.Toewijzing t, long dagen, long tarief) {
        if (dagen <= 0) {
            return 0;
        }
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
