package nl.samenspel.demodata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups allocations the way iJw and iWmo messages do: per provider and client, in data order. */
final class Groepering {

    private Groepering() {
    }

    static <T extends Toegewezen> List<List<T>> perAanbiederEnClient(List<T> toewijzingen) {
        Map<String, List<T>> groepen = new LinkedHashMap<>();
        for (T t : toewijzingen) {
            groepen.computeIfAbsent(t.agb() + "/" + t.bsn(), k -> new ArrayList<>()).add(t);
        }
        return new ArrayList<>(groepen.values());
    }
}
