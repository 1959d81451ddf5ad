package nl.samenspel.beschermdwonen.internal.domein;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.samenspel.api.register.Lidmaatschap;

/**
 * A placement's days in a year, split by its herkomstgemeente's membership of the region: the
 * days on which it counts for the region, and the days on which the herkomstgemeente is not a
 * member (in practice: after it left the region while the placement ran on).
 */
public record Lidmaatschapsdagen(long lid, long naUittreding) {

    /**
     * @param einde           null: open, counts to 31 December
     * @param lidmaatschappen the herkomstgemeente's memberships of the region (they do not overlap: the register refuses that)
     */
    public static Lidmaatschapsdagen in(LocalDate ingang, LocalDate einde, int jaar, List<Lidmaatschap> lidmaatschappen) {
        LocalDate van = later(ingang, LocalDate.of(jaar, 1, 1));
        LocalDate tot = einde == null ? LocalDate.of(jaar, 12, 31) : earlier(einde, LocalDate.of(jaar, 12, 31));
        if (tot.isBefore(van)) {
            return new Lidmaatschapsdagen(0, 0);
        }
        long alle = ChronoUnit.DAYS.between(van, tot) + 1;
        long lid = Lidmaatschap.dagenLid(lidmaatschappen, van, tot);
        return new Lidmaatschapsdagen(lid, alle - lid);
    }

    /** The cost of the member days and of the others, each rounded once ({@link Regels#kosten}). */
    public long[] kosten(long tarief, Codes.Tariefeenheid eenheid) {
        return new long[] {Regels.kosten(tarief, eenheid, lid), Regels.kosten(tarief, eenheid, naUittreding)};
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
