package nl.samenspel.jeugdhulp.internal.controle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.jeugdhulp.internal.domein.Productperioden;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;

/**
 * A product file never rewrites the past silently (docs/jeugdhulp.md, "Dated master data"). A
 * change of a stored product's purchase, execution variant or cut group takes effect from the
 * line's {@code ingangsdatum} (without one: from the product's first day, the whole history):
 * <ul>
 *   <li>refused when a year from then on has a final equalization run, naming the run;</li>
 *   <li>from a day before today, accepted only with {@code wijziging = correctie};</li>
 *   <li>never before the product's last period (periods are added or closed, in order).</li>
 * </ul>
 * Every accepted change is reported with its old and new values; a product's unit never changes.
 */
public final class Productwijzigingen {

    private Productwijzigingen() {
    }

    /**
     * @param wijzigingen receives one line per accepted change, for the import's report
     */
    public static void controleer(List<Gelezen.Regel<Stamgegevens.Productregel>> regels, Productperioden bestaand,
                                  Definitief definitief, LocalDate vandaag, List<Regelfout> fouten,
                                  List<Regelfout> wijzigingen) {
        Map<Stamgegevens.Productsleutel, String> eerder = new HashMap<>();
        for (Gelezen.Regel<Stamgegevens.Productregel> regel : regels) {
            Stamgegevens.Productregel r = regel.waarde();
            Stamgegevens.Product p = r.product();
            String vorige = eerder.putIfAbsent(p.sleutel(), regel.plaats());
            if (vorige != null) {
                fouten.add(new Regelfout(regel.plaats(), "code", "komt ook voor op " + vorige + "; één regel per product per bestand"));
                continue;
            }
            List<Stamgegevens.Productperiode> perioden = bestaand.perioden(p.sleutel());
            if (perioden.isEmpty()) {
                continue;
            }
            Stamgegevens.Product nu = bestaand.op(p.sleutel(), perioden.get(perioden.size() - 1).ingang());
            if (!nu.eenheid().equals(p.eenheid())) {
                fouten.add(new Regelfout(regel.plaats(), "eenheid", "product " + p.sleutel() + " heeft eenheid " + nu.eenheid()
                        + "; een product houdt zijn eenheid (de tarieven zijn per eenheid): geef een nieuwe productcode"));
                continue;
            }
            Stamgegevens.Productperiode laatste = perioden.get(perioden.size() - 1);
            if (laatste.zelfdeAls(p)) {
                continue;
            }
            LocalDate vanaf = r.ingang() == null ? perioden.get(0).ingang() : r.ingang();
            String verschil = verschil(laatste, p);
            if (vanaf.isBefore(laatste.ingang())) {
                fouten.add(new Regelfout(regel.plaats(), "ingangsdatum", "product " + p.sleutel() + " heeft al een periode vanaf "
                        + laatste.ingang() + "; een wijziging (" + verschil + ") gaat in op of na die dag"
                        + (r.ingang() == null ? " (geef een ingangsdatum: zonder wijzigt de regel de hele geschiedenis)" : "")));
                continue;
            }
            List<Vaststellingen.Vastgesteld> geraakt = definitief.geraakt(p.sleutel(), vanaf.getYear(), null);
            if (!geraakt.isEmpty()) {
                fouten.add(new Regelfout(regel.plaats(), "ingangsdatum", "product " + p.sleutel() + " vanaf " + vanaf + " (" + verschil
                        + ") verandert de cijfers van " + Vaststellingen.weigering(geraakt)));
                continue;
            }
            boolean terugwerkend = vanaf.isBefore(vandaag);
            if (terugwerkend && !r.correctie()) {
                fouten.add(new Regelfout(regel.plaats(), "wijziging", "product " + p.sleutel() + " wijzigt met terugwerkende kracht vanaf "
                        + vanaf + " (" + verschil + "): de cijfers van voorbije dagen veranderen; zet wijziging op correctie om dat bewust"
                        + " te doen, of geef een ingangsdatum vanaf " + vandaag));
                continue;
            }
            wijzigingen.add(new Regelfout(regel.plaats(), "", "product " + p.sleutel() + " vanaf " + vanaf + ": " + verschil
                    + (terugwerkend ? " (correctie met terugwerkende kracht)" : "")));
        }
    }

    /** The changed attributes as "inkoop lokaal → regionaal", in column names. */
    static String verschil(Stamgegevens.Productperiode oud, Stamgegevens.Product nieuw) {
        List<String> uit = new ArrayList<>();
        if (oud.inkoop() != nieuw.inkoop()) {
            uit.add("inkoop " + oud.inkoop().code() + " → " + nieuw.inkoop().code());
        }
        if (oud.variant() != nieuw.variant()) {
            uit.add("uitvoeringsvariant " + oud.variant().code() + " → " + nieuw.variant().code());
        }
        if (!Objects.equals(oud.kortingsgroep(), nieuw.kortingsgroep())) {
            uit.add("kortingsgroep " + (oud.kortingsgroep() == null ? "(geen)" : oud.kortingsgroep()) + " → "
                    + (nieuw.kortingsgroep() == null ? "(geen)" : nieuw.kortingsgroep()));
        }
        return String.join(", ", uit);
    }
}
