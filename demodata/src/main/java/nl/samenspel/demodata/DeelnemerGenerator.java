package nl.samenspel.demodata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The participants of the general dagbesteding its providers know by name: about three in ten of a
 * month's participants, drawn from the gemeente's clients with a maatwerk allocation in the same
 * period, so some people have both (the overlap a cross-domain view looks for). Drawn with its own
 * random stream, so the rest of the dataset is the same with or without them.
 */
final class DeelnemerGenerator {

    private final Toeval toeval;

    DeelnemerGenerator(Toeval toeval) {
        this.toeval = toeval;
    }

    List<Deelnemer> genereer(List<Gebruik> gebruik, List<WmoToewijzing> toewijzingen) {
        Map<String, List<String>> pool = toewijzingen.stream().collect(Collectors.groupingBy(
                t -> t.gemeente() + "/" + WmoPeriode.van(t.ingangsdatum()), Collectors.mapping(WmoToewijzing::bsn,
                        Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new), ArrayList::new))));
        List<Deelnemer> uit = new ArrayList<>();
        for (Gebruik g : gebruik) {
            List<String> kandidaten = pool.getOrDefault(g.gemeente() + "/" + WmoPeriode.van(g.maand().atDay(1)), List.of());
            int bekend = Math.min(g.deelnemers() * 3 / 10, kandidaten.size());
            LinkedHashSet<String> gekozen = new LinkedHashSet<>();
            while (gekozen.size() < bekend) {
                gekozen.add(kandidaten.get(toeval.tussen(0, kandidaten.size() - 1)));
            }
            gekozen.forEach(bsn -> uit.add(new Deelnemer(g.gemeente(), g.agb(), g.categorie(), g.productcode(), g.maand(), bsn)));
        }
        return uit;
    }
}
