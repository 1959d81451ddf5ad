package nl.samenspel.beschermdwonen.internal.domein;

import java.math.BigInteger;
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

    /** The last day a full package at home that started on {@code ingang} may run. */
    public static LocalDate vptUiterlijk(LocalDate ingang) {
        return ingang.plusMonths(VPT_MAXIMUM_MAANDEN).minusDays(1);
    }

    /**
     * The cost of a placement in a year, in eurocent: per day, the tariff × the days of the
     * placement in the year (an open end counts to 31 December); per month, the tariff × days ×
     * 12 / 365, rounded half up once.
     */
    public static long kostenInJaar(Plaatsing p, int jaar) {
        LocalDate eerste = LocalDate.of(jaar, 1, 1);
        LocalDate laatste = LocalDate.of(jaar, 12, 31);
        LocalDate van = p.ingang().isAfter(eerste) ? p.ingang() : eerste;
        LocalDate tot = p.einde() == null || p.einde().isAfter(laatste) ? laatste : p.einde();
        if (tot.isBefore(van)) {
            return 0;
        }
        long dagen = ChronoUnit.DAYS.between(van, tot) + 1;
        if (p.tariefeenheid() == Codes.Tariefeenheid.DAG) {
            return Math.multiplyExact(p.tarief(), dagen);
        }
        BigInteger teller = BigInteger.valueOf(p.tarief()).multiply(BigInteger.valueOf(dagen * 12));
        // half up: (2·teller + noemer) / (2·noemer)
        return teller.shiftLeft(1).add(BigInteger.valueOf(365)).divide(BigInteger.valueOf(730)).longValueExact();
    }
}
