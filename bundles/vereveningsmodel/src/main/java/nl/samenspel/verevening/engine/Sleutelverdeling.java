package nl.samenspel.verevening.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The combined key share &sigma;_g = &Sigma;_i w_i &middot; k_{g,i} / &Sigma;_h k_{h,i}.
 * Exact, so the &sigma; of all members add up to exactly &Sigma; w_i = 1 and the
 * pool is shared out without a fraction of a cent lost.
 */
final class Sleutelverdeling {

    /**
     * @param totalen per needed key, the sum over members
     * @param delen   per member (code order), per model key: w_i &middot; k_{g,i} / &Sigma;k_i
     * @param sigma   per member (code order)
     */
    record Uitkomst(Map<String, BigInteger> totalen, List<Map<String, Breuk>> delen, List<Breuk> sigma) {
    }

    private Sleutelverdeling() {
    }

    static Uitkomst bereken(GeldigeRun run) {
        Map<String, BigInteger> totalen = new LinkedHashMap<>();
        for (String naam : run.nodigeSleutels()) {
            BigInteger totaal = BigInteger.ZERO;
            for (GeldigLid lid : run.leden()) {
                totaal = totaal.add(BigInteger.valueOf(lid.sleutelwaarden().get(naam)));
            }
            totalen.put(naam, totaal);
        }
        List<Map<String, Breuk>> delen = new ArrayList<>();
        List<Breuk> sigma = new ArrayList<>();
        for (GeldigLid lid : run.leden()) {
            Map<String, Breuk> perSleutel = new LinkedHashMap<>();
            Breuk som = Breuk.NUL;
            for (Map.Entry<String, Breuk> gewicht : run.gewichten().entrySet()) {
                String naam = gewicht.getKey();
                // Weight 0: the key cannot move money, so its values are not needed and its total may be 0.
                Breuk deel = gewicht.getValue().isNul()
                        ? Breuk.NUL
                        : gewicht.getValue().maal(Breuk.van(BigInteger.valueOf(lid.sleutelwaarden().get(naam)), totalen.get(naam)));
                perSleutel.put(naam, deel);
                som = som.plus(deel);
            }
            delen.add(perSleutel);
            sigma.add(som);
        }
        return new Uitkomst(totalen, delen, sigma);
    }
}
