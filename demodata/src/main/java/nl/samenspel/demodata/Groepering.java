package nl.samenspel.demodata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups allocations the way iJw messages do: per provider and client, in data order. */
final class Groepering {

    private Groepering() {
    }

    static List<List<Toewijzing>> perAanbiederEnClient(List<Toewijzing> toewijzingen) {
        Map<String, List<Toewijzing>> groepen = new LinkedHashMap<>();
        for (Toewijzing t : toewijzingen) {
            groepen.computeIfAbsent(t.agb() + "/" + t.bsn(), k -> new ArrayList<>()).add(t);
        }
        return new ArrayList<>(groepen.values());
    }
}
