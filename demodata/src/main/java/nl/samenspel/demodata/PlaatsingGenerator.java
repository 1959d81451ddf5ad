package nl.samenspel.demodata;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the placements: how many per herkomstgemeente (by population), where (half of the
 * clients of a gemeente with its own facilities stay there, everyone else goes to Zwolle),
 * which form, when, for how long, at what tariff. A client gets a follow-up placement now and
 * then after the previous one ended, so a client's placements never overlap.
 */
final class PlaatsingGenerator {

    static final String INTRAMURAAL = "intramuraal";
    static final String BESCHERMD_THUIS = "beschermd-thuis";
    static final String VOLLEDIG_PAKKET_THUIS = "volledig-pakket-thuis";
    static final String OPVANG = "opvang";
    static final List<String> EINDREDENEN = List.of("uitstroom-zelfstandig", "andere-zorg", "overleden", "anders");
    private static final long[] EINDREDEN_GEWICHTEN = {40, 30, 5, 25};

    /** Clients already living in a facility when the data start (in 2015: at the transition to the Wmo). */
    private static final double KANS_BESTAAND = 0.58;
    private static final double KANS_EIGEN_GEMEENTE = 0.5;
    private static final double KANS_VPT = 0.15;
    private static final double KANS_EINDE = 0.6;
    private static final double KANS_OVERGANGSRECHT = 0.10;
    private static final double KANS_VERVOLG = 0.25;
    /** Of the full packages at home that may still run past the end of the data, how many do. */
    private static final double KANS_VPT_OPEN = 0.5;
    /** Most placements that end in the data end late in it: protected housing is a long stay. */
    private static final double SCHEEFHEID_EINDE = 0.4;
    private static final int MINIMALE_DUUR = 30;
    private static final int MAXIMALE_WACHT_OP_VERVOLG = 60;

    private final Toeval toeval;
    private final BeschermdWonenDemo.Periode periode;
    private final List<Voorzieningsplan> voorzieningen;
    private final Bsn bsns;

    PlaatsingGenerator(Toeval toeval, BeschermdWonenDemo.Periode periode, List<Voorzieningsplan> voorzieningen, Bsn bsns) {
        this.toeval = toeval;
        this.periode = periode;
        this.voorzieningen = voorzieningen;
        this.bsns = bsns;
    }

    /** {@code aantal} placements in the order drawn: per gemeente, client after client. */
    List<PlaatsingConcept> genereer(int aantal) {
        List<Gemeente> leden = periode.leden();
        int[] quota = Toeval.verdeel(aantal, leden.stream().mapToLong(Gemeente::inwoners).toArray());
        List<PlaatsingConcept> plaatsingen = new ArrayList<>();
        for (int g = 0; g < leden.size(); g++) {
            Gemeente herkomst = leden.get(g);
            int gedaan = 0;
            while (gedaan < quota[g]) {
                String bsn = bsns.nieuw();
                LocalDate ingang = toeval.kans(KANS_BESTAAND) ? periode.van() : toeval.datum(periode.van().plusDays(1), periode.tot());
                PlaatsingConcept p = plaats(herkomst, bsn, kiesVoorziening(herkomst), ingang);
                plaatsingen.add(p);
                gedaan++;
                while (gedaan < quota[g] && kanVervolg(p) && toeval.kans(KANS_VERVOLG)) {
                    LocalDate volgende = p.einde.plusDays(toeval.tussen(1, MAXIMALE_WACHT_OP_VERVOLG));
                    p = plaats(herkomst, bsn, kiesVoorziening(herkomst), volgende);
                    plaatsingen.add(p);
                    gedaan++;
                }
            }
        }
        return plaatsingen;
    }

    /** A placement beyond the capacity of a full facility, accepted on purpose, starting on {@code dag}. */
    PlaatsingConcept overboeking(Voorzieningsplan vol, LocalDate dag) {
        List<Gemeente> leden = periode.leden();
        Gemeente herkomst = leden.get(toeval.gewogen(leden.stream().mapToLong(Gemeente::inwoners).toArray()));
        PlaatsingConcept p = plaats(herkomst, bsns.nieuw(), vol, dag);
        p.overboeking = true;
        return p;
    }

    /** Someone who died gets no next placement, and the next one must start inside the data. */
    private boolean kanVervolg(PlaatsingConcept p) {
        return p.einde != null && !"overleden".equals(p.eindreden)
                && !p.einde.plusDays(MAXIMALE_WACHT_OP_VERVOLG).isAfter(periode.tot());
    }

    /** Zwolle is the fallback: it has places of every kind and is where the region's capacity is. */
    private Voorzieningsplan kiesVoorziening(Gemeente herkomst) {
        List<Voorzieningsplan> eigen = in(herkomst.code());
        boolean zwolle = herkomst.code().equals(BeschermdWonenRegio.ZWOLLE);
        List<Voorzieningsplan> kandidaten = !eigen.isEmpty() && (zwolle || toeval.kans(KANS_EIGEN_GEMEENTE))
                ? eigen : in(BeschermdWonenRegio.ZWOLLE);
        return kandidaten.get(toeval.gewogen(kandidaten.stream().mapToLong(Voorzieningsplan::gewicht).toArray()));
    }

    private List<Voorzieningsplan> in(String gemeente) {
        return voorzieningen.stream().filter(v -> v.vestigingsgemeente().equals(gemeente)).toList();
    }

    private PlaatsingConcept plaats(Gemeente herkomst, String bsn, Voorzieningsplan voorziening, LocalDate ingang) {
        PlaatsingConcept p = new PlaatsingConcept(herkomst, bsn, voorziening, vorm(voorziening), ingang);
        p.einde = einde(p);
        if (p.einde != null) {
            p.eindreden = EINDREDENEN.get(toeval.gewogen(EINDREDEN_GEWICHTEN));
        }
        tarifeer(p);
        p.overgangsrecht = periode.kentOvergangsrecht() && p.vorm.equals(INTRAMURAAL)
                && p.ingang.equals(periode.van()) && toeval.kans(KANS_OVERGANGSRECHT);
        return p;
    }

    private String vorm(Voorzieningsplan voorziening) {
        if (voorziening.isOpvang()) {
            return OPVANG;
        }
        if (voorziening.soort().equals(Voorzieningsplan.BESCHERMD_THUIS)) {
            return toeval.kans(KANS_VPT) ? VOLLEDIG_PAKKET_THUIS : BESCHERMD_THUIS;
        }
        return INTRAMURAAL;
    }

    private LocalDate einde(PlaatsingConcept p) {
        if (p.vorm.equals(VOLLEDIG_PAKKET_THUIS)) {
            return eindeVolledigPakketThuis(p.ingang);
        }
        if (!toeval.kans(KANS_EINDE)) {
            return null;
        }
        if (p.vorm.equals(OPVANG)) {
            // shelter is a stay of weeks to months, not years
            LocalDate einde = p.ingang.plusDays(toeval.tussen(14, 365));
            return einde.isAfter(periode.tot()) ? null : einde;
        }
        LocalDate vroegste = p.ingang.plusDays(MINIMALE_DUUR);
        if (vroegste.isAfter(periode.tot())) {
            return null;
        }
        long ruimte = ChronoUnit.DAYS.between(vroegste, periode.tot());
        return vroegste.plusDays((long) (ruimte * Math.pow(toeval.fractie(), SCHEEFHEID_EINDE)));
    }

    /**
     * The full package at home is allowed for at most 6 months, so it always ends by then; only
     * a placement that started less than 6 months before the end of the data may still be open.
     */
    private LocalDate eindeVolledigPakketThuis(LocalDate ingang) {
        // six months inclusive: from 15 January at the latest through 14 July (the module's rule, Regels.vptUiterlijk)
        LocalDate uiterste = ingang.plusMonths(6).minusDays(1);
        if (uiterste.isAfter(periode.tot()) && toeval.kans(KANS_VPT_OPEN)) {
            return null;
        }
        long dagen = ChronoUnit.DAYS.between(ingang, uiterste);
        LocalDate einde = ingang.plusDays(toeval.tussen(28L, dagen));
        if (einde.isAfter(periode.tot())) {
            return null;
        }
        return einde;
    }

    /** Whole euros in eurocent: intramural and shelter per day, (full package) at home per month. */
    private void tarifeer(PlaatsingConcept p) {
        switch (p.vorm) {
            case INTRAMURAAL -> zet(p, toeval.tussen(120, 250), "dag");
            case OPVANG -> zet(p, toeval.tussen(60, 120), "dag");
            default -> zet(p, toeval.tussen(1_500, 4_000), "maand");
        }
    }

    private static void zet(PlaatsingConcept p, int euro, String eenheid) {
        p.tarief = euro * 100L;
        p.eenheid = eenheid;
    }
}
