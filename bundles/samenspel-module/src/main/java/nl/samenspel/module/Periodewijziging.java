package nl.samenspel.module;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.invoer.Regelfout;

/**
 * One mechanism for dated master data in every module: a master-data line with other values for a
 * stored key adds or closes a period, and never rewrites the past silently.
 * <ul>
 *   <li>The change takes effect from the line's ingangsdatum; without one, from the key's first day (the whole history).</li>
 *   <li>Never before the key's last period: periods are added in order.</li>
 *   <li>Refused when it would alter a figure of a year whose equalization run is final, naming the run.</li>
 *   <li>From a day before today only with {@code wijziging = correctie}.</li>
 *   <li>Every accepted change is reported with its old and new values.</li>
 * </ul>
 * The module decides what its key is called, which attributes are dated, and which final runs a
 * change from a year on would touch; the storage of the periods is its own.
 *
 * @param vanaf              the first day of the new values
 * @param vervangtLaatste    true when {@code vanaf} is the last period's first day: its values are replaced;
 *                           otherwise the last period closes the day before and a new one opens
 */
public record Periodewijziging(LocalDate vanaf, boolean vervangtLaatste) {

    /**
     * Judges a line against the key's stored periods.
     *
     * @param naam      the key as the report names it ("product 45/45A01")
     * @param velden    the dated attributes by column name and shown value, in report order
     * @param geraakt   the final runs a change from that year on would alter (none where nothing is settled)
     * @return the change to store; empty when there is nothing to store or the line was refused (then in {@code fouten})
     */
    public static <W> Optional<Periodewijziging> beoordeel(String plaats, String naam, List<Periode<W>> perioden, W nieuw, LocalDate ingang,
                                                           boolean correctie, Function<W, Map<String, String>> velden,
                                                           IntFunction<List<Vaststellingen.Vastgesteld>> geraakt, LocalDate vandaag,
                                                           List<Regelfout> fouten, List<Regelfout> wijzigingen) {
        if (perioden.isEmpty()) {
            return Optional.empty();
        }
        Periode<W> laatste = perioden.get(perioden.size() - 1);
        if (laatste.waarden().equals(nieuw)) {
            return Optional.empty();
        }
        LocalDate vanaf = ingang == null ? perioden.get(0).ingang() : ingang;
        String verschil = verschil(velden.apply(laatste.waarden()), velden.apply(nieuw));
        if (vanaf.isBefore(laatste.ingang())) {
            fouten.add(new Regelfout(plaats, "ingangsdatum", naam + " heeft al een periode vanaf " + laatste.ingang() + "; een wijziging ("
                    + verschil + ") gaat in op of na die dag"
                    + (ingang == null ? " (geef een ingangsdatum: zonder wijzigt de regel de hele geschiedenis)" : "")));
            return Optional.empty();
        }
        List<Vaststellingen.Vastgesteld> runs = geraakt.apply(vanaf.getYear());
        if (!runs.isEmpty()) {
            fouten.add(new Regelfout(plaats, "ingangsdatum", naam + " vanaf " + vanaf + " (" + verschil + ") verandert de cijfers van "
                    + Vaststellingen.weigering(runs)));
            return Optional.empty();
        }
        boolean terugwerkend = vanaf.isBefore(vandaag);
        if (terugwerkend && !correctie) {
            fouten.add(new Regelfout(plaats, "wijziging", naam + " wijzigt met terugwerkende kracht vanaf " + vanaf + " (" + verschil
                    + "): de cijfers van voorbije dagen veranderen; zet wijziging op correctie om dat bewust te doen, of geef een"
                    + " ingangsdatum vanaf " + vandaag));
            return Optional.empty();
        }
        wijzigingen.add(new Regelfout(plaats, "", naam + " vanaf " + vanaf + ": " + verschil
                + (terugwerkend ? " (correctie met terugwerkende kracht)" : "")));
        return Optional.of(new Periodewijziging(vanaf, vanaf.equals(laatste.ingang())));
    }

    /** The changed attributes as "inkoop lokaal → regionaal, ...". */
    static String verschil(Map<String, String> oud, Map<String, String> nieuw) {
        List<String> uit = new ArrayList<>();
        nieuw.forEach((veld, waarde) -> {
            String was = oud.get(veld);
            if (!Objects.equals(was, waarde)) {
                uit.add(veld + " " + (was == null ? "(geen)" : was) + " → " + (waarde == null ? "(geen)" : waarde));
            }
        });
        return String.join(", ", uit);
    }
}
