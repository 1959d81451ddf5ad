package nl.samenspel.wmo.internal.controle;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.module.Periode;
import nl.samenspel.module.Periodewijziging;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.wmo.internal.domein.Stamgegevens;

/**
 * A product file never rewrites the past silently: a change of a stored product's execution
 * variant, kind of provision (maatwerk or algemeen) or cut group is a new period, judged by the one
 * mechanism of every module ({@link Periodewijziging}). A change from a year on is refused while a
 * run of that year or later is final. One line per product per file; a product keeps its unit (its
 * tariffs are per unit): a new unit is a new product code.
 */
public final class Productwijzigingen {

    private Productwijzigingen() {
    }

    /** @return per product whose dated values change, how: the writer stores exactly what was judged */
    public static Map<Productsleutel, Periodewijziging> controleer(List<Gelezen.Regel<Stamgegevens.Productregel>> regels,
                                                                              Context c, LocalDate vandaag, List<Regelfout> fouten,
                                                                              List<Regelfout> wijzigingen) {
        Map<Productsleutel, String> eerder = new HashMap<>();
        Map<Productsleutel, Periodewijziging> uit = new HashMap<>();
        for (Gelezen.Regel<Stamgegevens.Productregel> regel : regels) {
            Stamgegevens.Productregel r = regel.waarde();
            Stamgegevens.Product p = r.product();
            String vorige = eerder.putIfAbsent(p.sleutel(), regel.plaats());
            if (vorige != null) {
                fouten.add(new Regelfout(regel.plaats(), "code", "komt ook voor op " + vorige + "; één regel per product per bestand"));
                continue;
            }
            List<Periode<Stamgegevens.Productwaarden>> perioden = c.stam().producten().perioden(p.sleutel());
            if (perioden.isEmpty()) {
                continue;
            }
            String eenheid = perioden.get(perioden.size() - 1).waarden().eenheid();
            if (!eenheid.equals(p.waarden().eenheid())) {
                fouten.add(new Regelfout(regel.plaats(), "eenheid", "product " + p.sleutel() + " heeft eenheid " + eenheid
                        + "; een product houdt zijn eenheid (de tarieven zijn per eenheid): geef een nieuwe productcode"));
                continue;
            }
            Periodewijziging.beoordeel(regel.plaats(), "product " + p.sleutel(), perioden, p.waarden(), r.ingang(), r.correctie(),
                    Stamgegevens.Productwaarden::velden, jaar -> c.geraakt(jaar, null), vandaag, fouten, wijzigingen)
                    .ifPresent(w -> uit.put(p.sleutel(), w));
        }
        return uit;
    }
}
