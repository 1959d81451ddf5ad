package nl.samenspel.demodata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Declarations as providers send them: one debit line per allocation per calendar month of
 * care (outputgericht: one line for the whole trajectory), and now and then a credit line
 * in a later month that corrects an earlier debit.
 */
final class DeclaratieGenerator {

    private static final YearMonth LAATSTE_MAAND = YearMonth.from(ToewijzingGenerator.EINDE_GEGEVENS);
    private static final double KANS_CREDIT = 0.02;

    /** A line before its declaration number is known: that needs all lines of the month. */
    private record Concept(Toewijzing toewijzing, YearMonth declaratiemaand, LocalDate begin, LocalDate einde,
            long volume, long tarief, String debetCredit) {
    }

    private final Toeval toeval;
    private final Catalogus catalogus;
    private final Tariefkalender tarieven;

    DeclaratieGenerator(Toeval toeval, Catalogus catalogus, Tariefkalender tarieven) {
        this.toeval = toeval;
        this.catalogus = catalogus;
        this.tarieven = tarieven;
    }

    List<Declaratieregel> genereer(List<Toewijzing> toewijzingen) {
        List<Concept> concepten = new ArrayList<>();
        for (Toewijzing t : toewijzingen) {
            if (t.startZorg() != null) {
                declareer(t, concepten);
            }
        }
        Map<Declaratienummering.Sleutel, String> nummers = Declaratienummering.nummer(concepten.stream()
                .map(c -> new Declaratienummering.Sleutel(c.declaratiemaand, c.toewijzing.agb(), c.toewijzing.gemeente()))
                .toList());
        List<Declaratieregel> regels = new ArrayList<>();
        for (Concept c : concepten) {
            Toewijzing t = c.toewijzing;
            String nummer = nummers.get(new Declaratienummering.Sleutel(c.declaratiemaand, t.agb(), t.gemeente()));
            regels.add(new Declaratieregel(t.gemeente(), t.toewijzingnummer(), nummer, t.agb(), t.categorie(),
                    t.productcode(), c.begin, c.einde, c.volume, c.tarief, c.volume * c.tarief, c.debetCredit));
        }
        regels.sort(Comparator.comparing(Declaratieregel::gemeente)
                .thenComparingLong(Declaratieregel::toewijzingnummer)
                .thenComparing(Declaratieregel::begindatum)
                .thenComparing(Declaratieregel::debetCredit, Comparator.reverseOrder()));
        return regels;
    }

    private void declareer(Toewijzing t, List<Concept> concepten) {
        Product product = catalogus.product(t.categorie(), t.productcode());
        LocalDate laatste = t.stopZorg() != null ? t.stopZorg() : t.einddatum();
        if (laatste.isAfter(ToewijzingGenerator.EINDE_GEGEVENS)) {
            laatste = ToewijzingGenerator.EINDE_GEGEVENS;
        }
        YearMonth eerste = YearMonth.from(t.startZorg());
        if (product.isOutputgericht()) {
            LocalDate einde = min(eerste.atEndOfMonth(), laatste);
            debet(t, t.startZorg(), einde, t.volume(), concepten);
            return;
        }
        for (YearMonth m = eerste; !m.isAfter(YearMonth.from(laatste)); m = m.plusMonths(1)) {
            LocalDate begin = max(m.atDay(1), t.startZorg());
            LocalDate einde = min(m.atEndOfMonth(), laatste);
            debet(t, begin, einde, geleverd(t, begin, einde), concepten);
        }
    }

    /**
     * What was delivered in the period: an etmaal product nearly every day, an hour or
     * dagdeel product volume x 2 per week, with some absence or extra sessions.
     */
    private long geleverd(Toewijzing t, LocalDate begin, LocalDate einde) {
        long dagen = einde.toEpochDay() - begin.toEpochDay() + 1;
        if ("14".equals(t.eenheid())) {
            long procent = toeval.tussen(90, 100);
            return Math.max(1, (dagen * procent + 50) / 100);
        }
        long procent = toeval.tussen(70, 105);
        long perWeek = t.volume() * ("2".equals(t.frequentie()) ? 1L : 7L);
        return Math.max(1, (dagen * perWeek * procent + 350) / 700);
    }

    private void debet(Toewijzing t, LocalDate begin, LocalDate einde, long volume, List<Concept> concepten) {
        long tarief = tarieven.tariefOp(t.categorie(), t.productcode(), begin);
        YearMonth maand = YearMonth.from(begin);
        concepten.add(new Concept(t, maand, begin, einde, volume, tarief, "D"));
        if (maand.isBefore(LAATSTE_MAAND) && toeval.kans(KANS_CREDIT)) {
            YearMonth later = maand.plusMonths(toeval.tussen(1, 3));
            if (later.isAfter(LAATSTE_MAAND)) {
                later = LAATSTE_MAAND;
            }
            long gecrediteerd = toeval.tussen(1L, volume);
            concepten.add(new Concept(t, later, begin, einde, gecrediteerd, tarief, "C"));
        }
    }

    /** The declaration month a number was issued for (see {@link Declaratienummering}). */
    static YearMonth maandVan(String declaratienummer) {
        return Declaratienummering.maandVan(declaratienummer);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
