package nl.samenspel.beschermdwonen.internal.domein;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The rules of protected housing that do not depend on stored data. */
public final class Regels {

    /** A full package at home helps a client move out; it may last at most this many months. */
    public static final int VPT_MAXIMUM_MAANDEN = 6;
    /** The transitional right of BW GGZ clients ended on this day. */
    public static final LocalDate OVERGANGSRECHT_EINDE = LocalDate.of(2019, 12, 31);
    /** An open full-package placement is flagged this many days before it passes the maximum. */
    public static final int VPT_SIGNALERING_DAGEN = 30;

    private Regels() {
    }

    /**
     * The last day a full package at home that started on {@code ingang} may run: the day before
     * the same day six months later (15 January: 14 July), or, when that month is too short for
     * the day, its last day (31 August: 28 February).
     */
    public static LocalDate vptUiterlijk(LocalDate ingang) {
        LocalDate zelfdeDag = ingang.plusMonths(VPT_MAXIMUM_MAANDEN);
        return zelfdeDag.getDayOfMonth() < ingang.getDayOfMonth() ? zelfdeDag : zelfdeDag.minusDays(1);
    }

    /**
     * The cost of a placement in a year, in eurocent: per day, the tariff × the days of the
     * placement in the year (an open end counts to 31 December); per month, the tariff × days ×
     * 12 / 365, rounded half up once.
     */
    public static long kostenInJaar(Plaatsing p, int jaar) {
        return kostenInJaar(p.ingang(), p.einde(), p.tarief(), p.tariefeenheid(), jaar);
    }

    public static long kostenInJaar(LocalDate ingang, LocalDate einde, long tarief, Codes.Tariefeenheid eenheid, int jaar) {
        LocalDate eerste = LocalDate.of(jaar, 1, 1);
        LocalDate laatste = LocalDate.of(jaar, 12, 31);
        LocalDate van = ingang.isAfter(eerste) ? ingang : eerste;
        LocalDate tot = einde == null || einde.isAfter(laatste) ? laatste : einde;
        if (tot.isBefore(van)) {
            return 0;
        }
        return kosten(tarief, eenheid, ChronoUnit.DAYS.between(van, tot) + 1);
    }

    /**
     * The cost of a number of days at a tariff, in eurocent: per day, the tariff × the days; per
     * month, the tariff × days × 12 / 365, rounded half up once.
     */
    public static long kosten(long tarief, Codes.Tariefeenheid eenheid, long dagen) {
        if (eenheid == Codes.Tariefeenheid.DAG) {
            return Math.multiplyExact(tarief, dagen);
        }
        // tarief × dagen × 12 stays far below 2^63 for any real tariff; one rounding, half up
        long teller = Math.multiplyExact(tarief, dagen * 12);
        return (2 * teller + 365) / 730;
    }
}
