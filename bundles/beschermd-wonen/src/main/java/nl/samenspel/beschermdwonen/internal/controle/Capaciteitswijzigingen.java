package nl.samenspel.beschermdwonen.internal.controle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.samenspel.beschermdwonen.internal.domein.Voorziening;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;

/**
 * A facilities file replaces the capacity history of the facilities it names, but never rewrites
 * the past silently (docs/beschermd-wonen.md, "The checks"): when the new history gives another
 * capacity than the stored one on a day before today, one of the facility's lines must say
 * {@code wijziging = correctie}. Every change is reported from its first day, old and new.
 */
public final class Capaciteitswijzigingen {

    private Capaciteitswijzigingen() {
    }

    public static void controleer(List<Gelezen.Regel<Voorziening.Regel>> regels, List<Voorziening> opgeslagen, LocalDate vandaag,
                                  List<Regelfout> fouten, List<Regelfout> wijzigingen) {
        Map<String, List<Voorziening>> oud = opgeslagen.stream().collect(Collectors.groupingBy(Voorziening::code));
        Map<String, List<Gelezen.Regel<Voorziening.Regel>>> perCode = new LinkedHashMap<>();
        regels.forEach(r -> perCode.computeIfAbsent(r.waarde().voorziening().code(), c -> new ArrayList<>()).add(r));
        perCode.forEach((code, lijnen) -> {
            List<Voorziening> eerder = oud.get(code);
            if (eerder == null) {
                return;
            }
            List<Voorziening> nieuw = lijnen.stream().map(r -> r.waarde().voorziening()).toList();
            Optional<LocalDate> eerste = eersteVerschil(eerder, nieuw);
            if (eerste.isEmpty()) {
                return;
            }
            LocalDate dag = eerste.get();
            String verschil = "voorziening " + code + " vanaf " + dag + ": capaciteit " + tekst(capaciteit(eerder, dag)) + " → "
                    + tekst(capaciteit(nieuw, dag));
            boolean correctie = lijnen.stream().anyMatch(r -> r.waarde().correctie());
            if (dag.isBefore(vandaag) && !correctie) {
                fouten.add(new Regelfout(lijnen.get(0).plaats(), "wijziging", verschil + " wijzigt voorbije dagen; zet wijziging op correctie"
                        + " om de geschiedenis bewust te wijzigen, of laat de nieuwe periode ingaan vanaf " + vandaag));
            } else {
                wijzigingen.add(new Regelfout(lijnen.get(0).plaats(), "", verschil + (dag.isBefore(vandaag) ? " (correctie)" : "")));
            }
        });
    }

    /** The first day on which the two histories give another capacity (or one has a period and the other none). */
    static Optional<LocalDate> eersteVerschil(List<Voorziening> a, List<Voorziening> b) {
        TreeSet<LocalDate> grenzen = new TreeSet<>();
        for (List<Voorziening> reeks : List.of(a, b)) {
            for (Voorziening v : reeks) {
                grenzen.add(v.ingang());
                if (v.einde() != null) {
                    grenzen.add(v.einde().plusDays(1));
                }
            }
        }
        // between two boundaries both histories are constant, so comparing at each boundary finds the first difference
        return grenzen.stream().filter(d -> !Objects.equals(capaciteit(a, d), capaciteit(b, d))).findFirst();
    }

    private static Integer capaciteit(List<Voorziening> perioden, LocalDate dag) {
        return perioden.stream().filter(v -> v.isGeldigOp(dag)).map(Voorziening::capaciteit).findFirst().orElse(null);
    }

    private static String tekst(Integer capaciteit) {
        return capaciteit == null ? "geen" : capaciteit.toString();
    }
}
