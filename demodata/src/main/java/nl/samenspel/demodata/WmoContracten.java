package nl.samenspel.demodata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contracts, set around what was declared so the monitor has something to show. Every
 * provider with maatwerk gets a bestedingsruimte per year well above its declarations (42-65 %
 * use), except two that carry the signals of the Contractstandaarden (art. 1.5): the provider
 * that declared most in 2016 reaches about 82 % (past the 70 % at which the parties must meet)
 * and the one that declared most in 2025 about 106 % (past its ceiling: paid only after an
 * addendum). Zwolle's wijkteam is financed as a taakgericht sum per year.
 */
final class WmoContracten {

    /** A bestedingsruimte is never below EUR 10,000. */
    static final long MINIMUM = 1_000_000;
    static final int KRAP_JAAR = 2016;
    /** Ceiling = declared / 0.82. */
    static final long KRAP_BASISPUNTEN = 12_195;
    static final int OVERSCHREDEN_JAAR = 2025;
    /** Ceiling = declared / 1.06. */
    static final long OVERSCHREDEN_BASISPUNTEN = 9_434;

    /** Zwolle's wijkteam per year, in eurocent. */
    private static final Map<Integer, Long> WIJKTEAM_ZWOLLE = Map.of(2015, 145_000_000L, 2016, 152_000_000L,
            2017, 158_000_000L, 2024, 205_000_000L, 2025, 212_000_000L, 2026, 219_000_000L);

    private final Toeval toeval;

    WmoContracten(Toeval toeval) {
        this.toeval = toeval;
    }

    List<WmoContract> contracten(List<WmoDeclaratieregel> regels) {
        Map<String, Long> realisatie = realisatie(regels);
        List<WmoContract> contracten = new ArrayList<>();
        for (Aanbieder a : WmoCatalogus.metMaatwerk()) {
            for (int jaar : WmoPeriode.alleJaren()) {
                long gedeclareerd = realisatie.getOrDefault(a.agb() + "/" + jaar, 0L);
                long bedrag = Math.max(MINIMUM, Plafonds.euros(gedeclareerd, toeval.tussen(15_500, 24_000)));
                contracten.add(new WmoContract(a.agb(), jaar, WmoContract.BESTEDINGSRUIMTE, bedrag, null, null, null));
            }
        }
        signaal(contracten, realisatie, KRAP_JAAR, KRAP_BASISPUNTEN);
        signaal(contracten, realisatie, OVERSCHREDEN_JAAR, OVERSCHREDEN_BASISPUNTEN);
        String wijkteam = WmoCatalogus.aanbieders(WmoCatalogus.WIJKTEAM).get(0);
        WmoProduct product = WmoCatalogus.product(WmoCatalogus.WIJKTEAM);
        for (int jaar : WmoPeriode.alleJaren()) {
            contracten.add(new WmoContract(wijkteam, jaar, WmoContract.TAAKGERICHT, WIJKTEAM_ZWOLLE.get(jaar),
                    product.categorie(), product.code(), WmoRegio.ZWOLLE));
        }
        return contracten;
    }

    /** Signed declared amount per "agb/year", the year of the month each line is for. */
    static Map<String, Long> realisatie(List<WmoDeclaratieregel> regels) {
        Map<String, Long> realisatie = new LinkedHashMap<>();
        for (WmoDeclaratieregel r : regels) {
            realisatie.merge(r.agb() + "/" + r.begindatum().getYear(), r.saldo(), Long::sum);
        }
        return realisatie;
    }

    /**
     * Re-sets the ceiling of the provider that declared most in {@code jaar} to declared x
     * 10000 / basispunten, and checks that this gives the use it is meant to show. A dataset
     * too small to declare EUR 1,000 that year has no signal.
     */
    private static void signaal(List<WmoContract> contracten, Map<String, Long> realisatie, int jaar, long basispunten) {
        int beste = -1;
        long hoogste = 0;
        for (int i = 0; i < contracten.size(); i++) {
            WmoContract c = contracten.get(i);
            long gedeclareerd = realisatie.getOrDefault(c.agb() + "/" + c.jaar(), 0L);
            if (c.jaar() == jaar && gedeclareerd > hoogste) {
                beste = i;
                hoogste = gedeclareerd;
            }
        }
        if (hoogste < 100_000) {
            return;
        }
        WmoContract c = contracten.get(beste);
        long bedrag = Plafonds.euros(hoogste, basispunten);
        boolean overschreden = basispunten < 10_000;
        boolean klopt = overschreden ? hoogste >= bedrag : hoogste * 100 >= bedrag * 70 && hoogste < bedrag;
        if (!klopt) {
            throw new IllegalStateException("bestedingsruimte " + bedrag + " for declared " + hoogste + " of " + c.agb()
                    + " in " + jaar + " does not show " + (overschreden ? ">= 100 %" : "70-100 %"));
        }
        contracten.set(beste, new WmoContract(c.agb(), c.jaar(), c.soort(), bedrag, null, null, null));
    }
}
