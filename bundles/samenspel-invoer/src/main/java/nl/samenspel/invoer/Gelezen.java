package nl.samenspel.invoer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What a reader made of a file: the records it could read, each with its place, and every error. */
public record Gelezen<T>(List<Regel<T>> regels, List<Regelfout> fouten) {

    public Gelezen {
        regels = List.copyOf(regels);
        fouten = List.copyOf(fouten);
    }

    public record Regel<T>(String plaats, T waarde) {
    }

    /**
     * A file says a thing once: a key again is refused at its later line, naming the first
     * ({@code komt ook voor op regel 3}, then {@code toelichting}).
     *
     * @param toelichting what follows the message ("; één regel per product per bestand"), or ""
     * @return the lines whose key came first, in the file's order: the ones to check further
     */
    public static <T> List<Regel<T>> uniek(List<Regel<T>> regels, Function<T, String> sleutel, String veld, String toelichting,
                                           List<Regelfout> fouten) {
        Map<String, String> eerder = new HashMap<>();
        List<Regel<T>> eerste = new ArrayList<>();
        for (Regel<T> regel : regels) {
            String vorige = eerder.putIfAbsent(sleutel.apply(regel.waarde()), regel.plaats());
            if (vorige == null) {
                eerste.add(regel);
            } else {
                fouten.add(new Regelfout(regel.plaats(), veld, "komt ook voor op " + vorige + toelichting));
            }
        }
        return eerste;
    }
}
