package nl.samenspel.wmo.internal.eigenbijdrage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The revenue of the eigen bijdrage per gemeente, month and year, at the rate: for each month, the
 * liable clients ({@link Bijdrageperioden}) times the month's rate ({@link Tarieven}).
 *
 * <p>It is an <b>upper bound</b> ({@link Opbrengststatus#BOVENGRENS}). The real rule is one bijdrage
 * per household, and households are not known here: counting every client is the most it can be. Nor
 * are the household's income and the exemptions of a partner below AOW age or a Wlz bijdrage already
 * paid, and a gemeente may charge less by its own verordening.
 *
 * <p>A month without a rate has no amount ({@link Opbrengststatus#GEEN_TARIEF}), not zero. For a
 * 4-weekly rate (2019) a client month is 13/12 of the rate, so the year of a gemeente is
 * (liable client months) × rate × 13 / 12, rounded half up once; its months are rounded by running
 * totals ({@link LopendeAfronding}) and add up to exactly that.
 *
 * @param perioden who is liable when
 * @param tarieven the rates of the months
 */
public record Opbrengsten(Bijdrageperioden perioden, Tarieven tarieven) {

    /** The year of every gemeente that has a liable client at any time, in code order. */
    public List<Jaaropbrengst> jaar(int jaar) {
        return perioden.gemeenten().stream().map(g -> jaar(g, jaar)).toList();
    }

    /** One gemeente's year; a gemeente without liable clients has twelve months of 0 (where a rate applies). */
    public Jaaropbrengst jaar(String gemeente, int jaar) {
        long[] clienten = new long[12];
        long inJaar = 0;
        for (List<Bijdrageperiode> vanClient : perioden.perClient(gemeente)) {
            boolean geind = false;
            for (Bijdrageperiode p : vanClient) {
                geind |= telMaanden(p.start(), p.einde(), jaar, clienten);
            }
            inJaar += geind ? 1 : 0;
        }
        return jaar(gemeente, jaar, clienten, inJaar, tarieven);
    }

    /**
     * Adds a stretch's collected months in {@code jaar} to {@code clienten} (January at 0): from the
     * month after {@code start} through the month of {@code einde} (Bijdrageperiode), counted as month
     * numbers (year × 12 + month − 1), not as a YearMonth per client month.
     *
     * @return whether any month of the year is collected
     */
    static boolean telMaanden(java.time.LocalDate start, java.time.LocalDate einde, int jaar, long[] clienten) {
        int eerste = jaar * 12;
        int laatste = eerste + 11;
        int van = Math.max(maandnummer(start) + 1, eerste);
        int tot = einde == null ? laatste : Math.min(maandnummer(einde), laatste);
        for (int m = van; m <= tot; m++) {
            clienten[m - eerste]++;
        }
        return van <= tot;
    }

    /**
     * The months {@link #telMaanden} counts, as steps: +1 in {@code verschil} at the first collected
     * month of the year (January at 0) and -1 at the month after the last (12: after December).
     *
     * @return whether any month of the year is collected
     */
    static boolean verschil(java.time.LocalDate start, java.time.LocalDate einde, int jaar, long[] verschil) {
        int eerste = jaar * 12;
        int laatste = eerste + 11;
        int van = Math.max(maandnummer(start) + 1, eerste);
        int tot = einde == null ? laatste : Math.min(maandnummer(einde), laatste);
        if (van > tot) {
            return false;
        }
        verschil[van - eerste]++;
        verschil[tot + 1 - eerste]--;
        return true;
    }

    /** The year of a gemeente from its liable clients per month ({@code clienten}, January at 0) and in the year, at the rates. */
    static Jaaropbrengst jaar(String gemeente, int jaar, long[] clienten, long inJaar, Tarieven tarieven) {
        YearMonth januari = YearMonth.of(jaar, 1);
        List<Optional<Tarief>> tarief = new ArrayList<>(12);
        long[] twaalfden = new long[12];
        for (int i = 0; i < 12; i++) {
            Optional<Tarief> t = tarieven.in(januari.plusMonths(i));
            tarief.add(t);
            twaalfden[i] = t.isPresent() ? Math.multiplyExact(clienten[i], t.get().twaalfdenPerClientmaand()) : 0;
        }
        long[] centen = LopendeAfronding.rond(twaalfden);
        List<Maandopbrengst> maanden = new ArrayList<>(12);
        long som = 0;
        long clientmaanden = 0;
        int metTarief = 0;
        for (int i = 0; i < 12; i++) {
            clientmaanden += clienten[i];
            if (tarief.get(i).isPresent()) {
                metTarief++;
                som += centen[i];
                maanden.add(new Maandopbrengst(gemeente, januari.plusMonths(i), clienten[i], tarief.get(i), OptionalLong.of(centen[i]),
                        Opbrengststatus.BOVENGRENS));
            } else {
                maanden.add(new Maandopbrengst(gemeente, januari.plusMonths(i), clienten[i], Optional.empty(), OptionalLong.empty(),
                        Opbrengststatus.GEEN_TARIEF));
            }
        }
        Opbrengststatus status = metTarief == 12 ? Opbrengststatus.BOVENGRENS
                : metTarief == 0 ? Opbrengststatus.GEEN_TARIEF : Opbrengststatus.DEELS_GEEN_TARIEF;
        return new Jaaropbrengst(gemeente, jaar, inJaar, clientmaanden, metTarief == 0 ? OptionalLong.empty() : OptionalLong.of(som),
                status, maanden);
    }

    private static int maandnummer(java.time.LocalDate dag) {
        return dag.getYear() * 12 + dag.getMonthValue() - 1;
    }
}
