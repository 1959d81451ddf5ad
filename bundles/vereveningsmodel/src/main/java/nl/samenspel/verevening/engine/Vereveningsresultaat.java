package nl.samenspel.verevening.engine;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.api.geld.Bedrag;

/**
 * The outcome of one run. Members are ordered by CBS code whatever the input
 * order, and the sum of {@link LidResultaat#toerekening()} equals
 * {@link #totaleKosten()} to the cent.
 *
 * @param regio          as given in the input
 * @param jaar           as given in the input
 * @param model          the model used
 * @param totaleKosten   K, the region's pooled cost
 * @param sleuteltotalen per key with weight &gt; 0, in model order: the sum over members
 * @param pool           E, the sum of every member's {@link LidResultaat#inbreng()}
 * @param leden          per member, ordered by code
 * @param plafondrondes  the cap iterations; empty without cap or when no member hit it
 */
public record Vereveningsresultaat(
        String regio,
        int jaar,
        Vereveningsmodel model,
        Bedrag totaleKosten,
        Map<String, BigInteger> sleuteltotalen,
        Breuk pool,
        List<LidResultaat> leden,
        List<Plafondronde> plafondrondes) {

    public Vereveningsresultaat {
        sleuteltotalen = Collections.unmodifiableMap(new LinkedHashMap<>(sleuteltotalen));
        leden = List.copyOf(leden);
        plafondrondes = List.copyOf(plafondrondes);
    }

    public Optional<LidResultaat> lid(String code) {
        return leden.stream().filter(l -> l.code().equals(code)).findFirst();
    }
}
