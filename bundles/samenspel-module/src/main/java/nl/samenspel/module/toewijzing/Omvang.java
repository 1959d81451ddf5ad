package nl.samenspel.module.toewijzing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What an allocation commits, in eurocent, from its size as iJw and iWmo give it: a volume of a unit
 * with a frequency (1 per dag, 2 per week, 4 per maand, 6 totaal binnen de geldigheid) times the
 * tariff, or a budget spread evenly over its days. Exact rational arithmetic, one rounding (half up)
 * at the end.
 *
 * @param einde  null: open (a budget or frequency 6 needs an end)
 * @param volume null for a budget
 */
public record Omvang(LocalDate ingang, LocalDate einde, Integer volume, String eenheid, String frequentie, Long budget) {

    /** The unit whose volume is in euros: a volume of 5 is € 5, whatever the tariff. */
    public static final String EENHEID_EURO = "83";

    /** FrequentieCode 6 of iJw and iWmo: a total within the allocation's validity, which therefore needs an end. */
    public static final String FREQUENTIE_TOTAAL = "6";

    public boolean bevat(LocalDate dag) {
        return !dag.isBefore(ingang) && (einde == null || !dag.isAfter(einde));
    }

    /** The days of the allocation from {@code van} through {@code tot} (an open end counts to {@code tot}); 0 when none. */
    public long dagen(LocalDate van, LocalDate tot) {
        LocalDate begin = ingang.isAfter(van) ? ingang : van;
        LocalDate eind = einde == null || einde.isAfter(tot) ? tot : einde;
        return eind.isBefore(begin) ? 0 : ChronoUnit.DAYS.between(begin, eind) + 1;
    }

    public long dagenInJaar(int jaar) {
        return dagen(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
    }

    /**
     * What the allocation commits in the year: its days in the year at one tariff, rounded once.
     *
     * @param tarief eurocent per unit on the {@link #tariefdag}; ignored for a budget and for unit 83
     */
    public long inJaar(int jaar, long tarief) {
        return voorDagen(dagenInJaar(jaar), tarief);
    }

    /** The first day of the allocation in the year: the day whose tariff applies. */
    public LocalDate tariefdag(int jaar) {
        LocalDate eersteDag = LocalDate.of(jaar, 1, 1);
        return ingang.isAfter(eersteDag) ? ingang : eersteDag;
    }

    /**
     * What {@code dagen} days of the allocation commit, with the same tariff and the same single
     * rounding as {@link #inJaar}: a part of a year (a region's member days) is computed this way,
     * and what falls outside it is the year's amount minus that part, so the two add up to the cent.
     *
     * @param tarief eurocent per unit; ignored for a budget and for unit 83
     */
    public long voorDagen(long dagen, long tarief) {
        if (dagen <= 0) {
            return 0;
        }
        if (budget != null) {
            return afgerond(BigInteger.valueOf(budget).multiply(BigInteger.valueOf(dagen)), BigInteger.valueOf(totaleDagen()));
        }
        long perEenheid = EENHEID_EURO.equals(eenheid) ? 100 : tarief;
        BigInteger bedrag = BigInteger.valueOf(volume).multiply(BigInteger.valueOf(perEenheid));
        return switch (frequentie) {
            case "1" -> afgerond(bedrag.multiply(BigInteger.valueOf(dagen)), BigInteger.ONE);
            case "2" -> afgerond(bedrag.multiply(BigInteger.valueOf(dagen)), BigInteger.valueOf(7));
            // a month is 365/12 days, so a year of "per maand" is exactly twelve months
            case "4" -> afgerond(bedrag.multiply(BigInteger.valueOf(dagen * 12)), BigInteger.valueOf(365));
            case "6" -> afgerond(bedrag.multiply(BigInteger.valueOf(dagen)), BigInteger.valueOf(totaleDagen()));
            default -> throw new IllegalArgumentException("onbekende frequentie " + frequentie);
        };
    }

    /**
     * The units the allocation allows from {@code van} through {@code tot}, rounded up (a provider
     * may deliver a unit begun): the bound of delivered volume in that period. Per day and per week
     * by its days; per month by calendar month (a whole month allows the volume, a part of one its
     * share of that month's days); a total over the whole validity. Null for a budget.
     */
    public Long eenhedenTot(LocalDate van, LocalDate tot) {
        if (volume == null) {
            return null;
        }
        long dagen = dagen(van, tot);
        BigInteger v = BigInteger.valueOf(volume);
        return switch (frequentie) {
            case "1" -> v.multiply(BigInteger.valueOf(dagen)).longValueExact();
            case "2" -> omhoog(v.multiply(BigInteger.valueOf(dagen)), BigInteger.valueOf(7));
            case "4" -> perMaand(v, van, tot);
            case "6" -> (long) volume;
            default -> throw new IllegalArgumentException("onbekende frequentie " + frequentie);
        };
    }

    /** The volume × the share of each calendar month's days the allocation has from van through tot, exactly, rounded up. */
    private long perMaand(BigInteger volume, LocalDate van, LocalDate tot) {
        BigInteger teller = BigInteger.ZERO;
        BigInteger noemer = BigInteger.ONE;
        for (java.time.YearMonth m = java.time.YearMonth.from(van); !m.isAfter(java.time.YearMonth.from(tot)); m = m.plusMonths(1)) {
            LocalDate begin = m.atDay(1).isBefore(van) ? van : m.atDay(1);
            LocalDate eind = m.atEndOfMonth().isAfter(tot) ? tot : m.atEndOfMonth();
            BigInteger lengte = BigInteger.valueOf(m.lengthOfMonth());
            teller = teller.multiply(lengte).add(BigInteger.valueOf(dagen(begin, eind)).multiply(noemer));
            noemer = noemer.multiply(lengte);
        }
        return omhoog(volume.multiply(teller), noemer);
    }

    private long totaleDagen() {
        if (einde == null) {
            throw new IllegalArgumentException("een totaal binnen de geldigheid vraagt een einddatum");
        }
        return ChronoUnit.DAYS.between(ingang, einde) + 1;
    }

    private static long afgerond(BigInteger teller, BigInteger noemer) {
        return new BigDecimal(teller).divide(new BigDecimal(noemer), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long omhoog(BigInteger teller, BigInteger noemer) {
        return new BigDecimal(teller).divide(new BigDecimal(noemer), 0, RoundingMode.CEILING).longValueExact();
    }
}
