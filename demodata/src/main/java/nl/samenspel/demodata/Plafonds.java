package nl.samenspel.demodata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Contract ceilings and gemeente budgets set around what was actually realised, so the
 * comparison shows providers both under and over their ceiling.
 */
final class Plafonds {

    /** A contract ceiling is never below EUR 1000. */
    static final long MINIMUM_PLAFOND = 100_000;

    private final Toeval toeval;

    Plafonds(Toeval toeval) {
        this.toeval = toeval;
    }

    /**
     * Ceiling = realised x a factor of 0.85..1.40, skewed to the high end so most providers
     * stay under 90%; then at least one over 100% and one at 90-100% is made sure of.
     */
    List<Contract> contracten(List<Aanbieder> aanbieders, List<Declaratieregel> regels) {
        List<Contract> contracten = new ArrayList<>();
        List<Long> gerealiseerd = new ArrayList<>();
        for (Aanbieder a : aanbieders) {
            for (int jaar : ToewijzingGenerator.JAREN) {
                long realisatie = realisatie(regels, a.agb(), jaar);
                long basispunten = 8_500 + (long) (5_500 * Math.sqrt(toeval.fractie()));
                contracten.add(new Contract(a.agb(), jaar, plafond(realisatie, basispunten)));
                gerealiseerd.add(realisatie);
            }
        }
        if (!heeftVerhouding(contracten, gerealiseerd, true)) {
            zet(contracten, gerealiseerd, 9_500, false);
        }
        if (!heeftVerhouding(contracten, gerealiseerd, false)) {
            zet(contracten, gerealiseerd, 10_500, true);
        }
        return contracten;
    }

    private static long realisatie(List<Declaratieregel> regels, String agb, int jaar) {
        return regels.stream().filter(r -> r.agb().equals(agb) && r.begindatum().getYear() == jaar)
                .mapToLong(Declaratieregel::saldo).sum();
    }

    private static long plafond(long realisatie, long basispunten) {
        return Math.max(MINIMUM_PLAFOND, euros(realisatie, basispunten));
    }

    /** bedrag x basispunten / 10000, rounded half up to whole euros, in eurocent. */
    static long euros(long bedrag, long basispunten) {
        return (bedrag * basispunten + 500_000) / 1_000_000 * 100;
    }

    /** overschreden: realised >= ceiling; else 0.9 <= realised/ceiling < 1.0. */
    private static boolean verhouding(long realisatie, long plafond, boolean overschreden) {
        if (realisatie <= 0) {
            return false;
        }
        return overschreden ? realisatie >= plafond : realisatie < plafond && realisatie * 10 >= plafond * 9;
    }

    private static boolean heeftVerhouding(List<Contract> contracten, List<Long> gerealiseerd, boolean overschreden) {
        for (int i = 0; i < contracten.size(); i++) {
            if (verhouding(gerealiseerd.get(i), contracten.get(i).budgetplafond(), overschreden)) {
                return true;
            }
        }
        return false;
    }

    /** Re-sets the largest contract that does not already show the other ratio. */
    private static void zet(List<Contract> contracten, List<Long> gerealiseerd, long basispunten, boolean behoudOverschreden) {
        List<Integer> volgorde = new ArrayList<>();
        for (int i = 0; i < contracten.size(); i++) {
            volgorde.add(i);
        }
        volgorde.sort(Comparator.comparing((Integer i) -> gerealiseerd.get(i)).reversed());
        for (int i : volgorde) {
            Contract c = contracten.get(i);
            boolean anders = verhouding(gerealiseerd.get(i), c.budgetplafond(), behoudOverschreden);
            long nieuw = plafond(gerealiseerd.get(i), basispunten);
            if (!anders && verhouding(gerealiseerd.get(i), nieuw, !behoudOverschreden)) {
                contracten.set(i, new Contract(c.agb(), c.jaar(), nieuw));
                return;
            }
        }
    }

    /** Per gemeente and year: regional and local part each realised x 0.85..1.15. */
    List<Budget> budgetten(List<Declaratieregel> regels, Catalogus catalogus) {
        List<Budget> budgetten = new ArrayList<>();
        for (Gemeente g : Gemeente.IJSSELLAND) {
            for (int jaar : ToewijzingGenerator.JAREN) {
                long regionaal = 0;
                long lokaal = 0;
                for (Declaratieregel r : regels) {
                    if (r.gemeente().equals(g.code()) && r.begindatum().getYear() == jaar) {
                        if (catalogus.product(r.categorie(), r.productcode()).isRegionaal()) {
                            regionaal += r.saldo();
                        } else {
                            lokaal += r.saldo();
                        }
                    }
                }
                long r = euros(regionaal, toeval.tussen(8_500, 11_500));
                long l = euros(lokaal, toeval.tussen(8_500, 11_500));
                budgetten.add(new Budget(g.code(), jaar, r + l, r, l));
            }
        }
        return budgetten;
    }
}
