package nl.samenspel.wmo.internal.eigenbijdrage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What each gemeente reports to the CAK, month by month: a {@code start} line in the month a client's
 * liability starts (carrying the first month of collection, the month after) and a {@code stop} line
 * in the month it ends (carrying the last month of collection, that month). A stretch that is still
 * open has no stop yet.
 *
 * <p>A stretch that starts and ends within one calendar month is collected in no month, so it gives no
 * lines: there is nothing for the CAK to collect, and a start whose first month of collection lies
 * after its stop would only confuse the list.
 */
public final class CakLijst {

    private static final Comparator<CakRegel> VOLGORDE = Comparator.comparing(CakRegel::gemeente).thenComparing(CakRegel::maand)
            .thenComparing(CakRegel::client).thenComparing(CakRegel::datum);

    private final List<CakRegel> regels;

    private CakLijst(List<CakRegel> regels) {
        this.regels = regels;
    }

    public static CakLijst van(Bijdrageperioden perioden) {
        List<CakRegel> regels = new ArrayList<>();
        for (Bijdrageperiode p : perioden.lijst()) {
            if (!p.heeftInning()) {
                continue;
            }
            regels.add(new CakRegel(p.gemeente(), YearMonth.from(p.start()), p.client(), CakRegel.Soort.START, p.start(),
                    p.eersteInningsmaand()));
            p.laatsteInningsmaand().ifPresent(laatste -> regels.add(new CakRegel(p.gemeente(), laatste, p.client(), CakRegel.Soort.STOP,
                    p.einde(), laatste)));
        }
        regels.sort(VOLGORDE);
        return new CakLijst(List.copyOf(regels));
    }

    /** Every line, ordered by gemeente, month, client and date (so a stop comes before a restart in the same month). */
    public List<CakRegel> regels() {
        return regels;
    }

    /** The list one gemeente reports for one month. */
    public List<CakRegel> regels(String gemeente, YearMonth maand) {
        return regels.stream().filter(r -> r.gemeente().equals(gemeente) && r.maand().equals(maand)).toList();
    }
}
