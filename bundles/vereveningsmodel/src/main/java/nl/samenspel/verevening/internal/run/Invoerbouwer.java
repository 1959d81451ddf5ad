package nl.samenspel.verevening.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Kerncijfer;
import nl.samenspel.api.register.Register;
import nl.samenspel.verevening.engine.LidInvoer;
import nl.samenspel.verevening.engine.Veldfout;
import nl.samenspel.verevening.engine.VereveningsFout;
import nl.samenspel.verevening.engine.Vereveningsmodel;

/**
 * Puts together what a run computes with: the region's members in the year
 * (from the register), each member's budget and cost and the keys the request
 * gives, and the key figures the register holds for the year. Refuses inputs for
 * a non-member and a missing member, naming them.
 */
final class Invoerbouwer {

    private Invoerbouwer() {
    }

    /** Every key a model may use in this register: the derived ones plus every key figure. */
    static Set<String> bekendeSleutels(Register register) {
        Set<String> sleutels = new TreeSet<>(Kerncijfer.AFGELEIDE_SLEUTELS);
        sleutels.addAll(register.kerncijferNamen());
        return sleutels;
    }

    static List<Run.Invoer> bouw(Register register, String regio, int jaar, Vereveningsmodel model, List<Run.Invoer> gegeven) {
        List<Veldfout> fouten = new ArrayList<>();
        Set<String> leden = register.ledenInJaar(regio, jaar).stream().map(Gemeente::code).collect(Collectors.toCollection(TreeSet::new));
        if (leden.isEmpty()) {
            throw new VereveningsFout(List.of(new Veldfout("jaar", "regio " + regio + " heeft in " + jaar + " geen leden")));
        }
        Map<String, Run.Invoer> perGemeente = new LinkedHashMap<>();
        for (int i = 0; i < gegeven.size(); i++) {
            Run.Invoer invoer = gegeven.get(i);
            if (!leden.contains(invoer.gemeente())) {
                fouten.add(new Veldfout("leden[" + invoer.gemeente() + "]", "gemeente " + invoer.gemeente() + " is in " + jaar + " geen lid van " + regio));
            } else if (perGemeente.putIfAbsent(invoer.gemeente(), invoer) != null) {
                fouten.add(new Veldfout("leden[" + invoer.gemeente() + "]", "komt meer dan eens voor"));
            }
        }
        Set<String> ontbrekend = new TreeSet<>(leden);
        ontbrekend.removeAll(perGemeente.keySet());
        if (!ontbrekend.isEmpty()) {
            fouten.add(new Veldfout("leden", "invoer ontbreekt voor " + String.join(", ", ontbrekend) + " (leden van " + regio + " in " + jaar + ")"));
        }
        List<Run.Invoer> compleet = new ArrayList<>();
        for (Run.Invoer invoer : perGemeente.values()) {
            Map<String, Long> sleutels = new LinkedHashMap<>(invoer.sleutels());
            for (String sleutel : model.gewichten().keySet()) {
                // derived keys come from B, K or the request (until the modules deliver them), never from the register
                if (Kerncijfer.AFGELEIDE_SLEUTELS.contains(sleutel) || sleutels.containsKey(sleutel)) {
                    continue;
                }
                OptionalLong waarde = register.kerncijfer(invoer.gemeente(), jaar, sleutel);
                if (waarde.isPresent()) {
                    sleutels.put(sleutel, waarde.getAsLong());
                } else {
                    fouten.add(new Veldfout("leden[" + invoer.gemeente() + "].sleutels." + sleutel,
                            "het register heeft geen " + sleutel + " van " + invoer.gemeente() + " voor " + jaar + " (kerncijfers.csv)"));
                }
            }
            compleet.add(new Run.Invoer(invoer.gemeente(), invoer.budget(), invoer.kosten(), sleutels));
        }
        if (!fouten.isEmpty()) {
            throw new VereveningsFout(fouten);
        }
        return compleet;
    }

    static List<LidInvoer> voorEngine(List<Run.Invoer> invoer) {
        return invoer.stream()
                .map(i -> new LidInvoer(i.gemeente(), Bedrag.eurocent(i.budget()), Bedrag.eurocent(i.kosten()), i.sleutels()))
                .toList();
    }
}
