package nl.samenspel.module;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.verevening.OnvolledigeBron;
import nl.samenspel.api.verevening.Vereveningsbron;
import nl.samenspel.api.verevening.Vereveningsgegevens;

/**
 * A module's equalization inputs for its region, the same frame in every module: without a valid
 * register the inputs are incomplete (named), and a storage failure is no silent zero. A module
 * implements {@link #gegevens(Register, int)}: B, K and keys per member of the year, most simply
 * with {@link #perLid}, which names every member without a budget.
 */
public abstract class Vereveningsbronbasis implements Vereveningsbron {

    /** Key: the distinct clients of a member in the year. */
    public static final String CLIENTEN = "clienten";
    /** Key: K of the year before. */
    public static final String GEBRUIK_VORIG_JAAR = "gebruik-vorig-jaar";
    /** Key: K of the three years before, summed. */
    public static final String GEBRUIK_DRIE_JAAR = "gebruik-drie-jaar";

    private final RegisterService registerService;
    private final String regio;

    protected Vereveningsbronbasis(RegisterService registerService, String regio) {
        this.registerService = registerService;
        this.regio = regio;
    }

    @Override
    public String regio() {
        return regio;
    }

    @Override
    public List<Vereveningsgegevens> gegevens(int jaar) {
        Register register = registerService.actueel().orElseThrow(() -> new OnvolledigeBron(List.of("er is geen geldig register geladen")));
        try {
            return gegevens(register, jaar);
        } catch (SQLException e) {
            throw new IllegalStateException("de gegevens van " + regio + " zijn niet leesbaar", e);
        }
    }

    /** Per member of the region in the year: B, K and the keys. */
    protected abstract List<Vereveningsgegevens> gegevens(Register register, int jaar) throws SQLException;

    /**
     * Per member of the region in the year: B, K and its keys. A member without B is named ("geen
     * jeugdhulpbudget 2025 van Olst-Wijhe (0175); lees budgetten.csv in") and the inputs are then
     * incomplete: a zero budget would silently shift the region's costs.
     *
     * @param budgetten  B per gemeente code
     * @param kosten     K per gemeente code (none: 0)
     * @param sleutels   the keys of a gemeente code
     * @param budgetnaam how the report names a missing budget ("jeugdhulpbudget")
     */
    protected List<Vereveningsgegevens> perLid(Register register, int jaar, Map<String, Long> budgetten, Map<String, Long> kosten,
                                               Function<String, Map<String, Long>> sleutels, String budgetnaam) {
        List<String> gaten = new ArrayList<>();
        List<Vereveningsgegevens> uit = new ArrayList<>();
        for (Gemeente lid : register.ledenInJaar(regio, jaar)) {
            Long budget = budgetten.get(lid.code());
            if (budget == null) {
                gaten.add("geen " + budgetnaam + " " + jaar + " van " + lid.naam() + " (" + lid.code() + "); lees budgetten.csv in");
                continue;
            }
            uit.add(new Vereveningsgegevens(lid.code(), Bedrag.eurocent(budget), Bedrag.eurocent(kosten.getOrDefault(lid.code(), 0L)),
                    sleutels.apply(lid.code())));
        }
        if (!gaten.isEmpty()) {
            throw new OnvolledigeBron(gaten);
        }
        return uit;
    }

    /** K per gemeente code in a year. */
    @FunctionalInterface
    protected interface Kosten {
        Map<String, Long> inJaar(int jaar) throws SQLException;
    }

    /**
     * K of the year and what the usage keys are made of: K of the year before and of the three
     * years before, summed.
     */
    protected record Gebruik(Map<String, Long> kosten, Map<String, Long> vorigJaar, Map<String, Long> drieJaar) {

        public static Gebruik van(int jaar, Kosten kosten) throws SQLException {
            Map<String, Long> drieJaar = new HashMap<>();
            Map<String, Long> vorigJaar = Map.of();
            for (int j = jaar - 3; j < jaar; j++) {
                vorigJaar = kosten.inJaar(j); // the last of the three years is the year before
                vorigJaar.forEach((g, bedrag) -> drieJaar.merge(g, bedrag, Long::sum));
            }
            return new Gebruik(kosten.inJaar(jaar), vorigJaar, drieJaar);
        }

        /** The keys {@value #CLIENTEN}, {@value #GEBRUIK_VORIG_JAAR} and {@value #GEBRUIK_DRIE_JAAR} of a gemeente. */
        public Map<String, Long> sleutels(String gemeente, long clienten) {
            return Map.of(CLIENTEN, clienten, GEBRUIK_VORIG_JAAR, vorigJaar.getOrDefault(gemeente, 0L),
                    GEBRUIK_DRIE_JAAR, drieJaar.getOrDefault(gemeente, 0L));
        }
    }
}
