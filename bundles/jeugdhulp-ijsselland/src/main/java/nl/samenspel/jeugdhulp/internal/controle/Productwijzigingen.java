package nl.samenspel.jeugdhulp.internal.controle;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.module.Periode;
import nl.samenspel.module.Periodewijziging;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.jeugdhulp.internal.domein.Productperioden;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.module.Productsleutel;

/**
 * A product file never rewrites the past silently (docs/jeugdhulp.md, "Dated master data"): a
 * change of a stored product's purchase, execution variant or cut group is a new period, judged
 * by the one mechanism of every module ({@link Periodewijziging}), with the final runs the
 * product's use touches. One line per product per file; a product's unit never changes.
 */
public final class Productwijzigingen {

    private Productwijzigingen() {
    }

    /**
     * @param wijzigingen receives one line per accepted change, for the import's report
     * @return per product whose dated attributes change, how: the writer stores exactly what was judged
     */
    public static Map<Productsleutel, Periodewijziging> controleer(List<Gelezen.Regel<Stamgegevens.Productregel>> regels, Productperioden bestaand,
                                  Definitief definitief, LocalDate vandaag, List<Regelfout> fouten,
                                  List<Regelfout> wijzigingen) {
        Map<Productsleutel, Periodewijziging> uit = new HashMap<>();
        for (Gelezen.Regel<Stamgegevens.Productregel> regel : Gelezen.uniek(regels, r -> r.product().sleutel().toString(), "code",
                "; één regel per product per bestand", fouten)) {
            Stamgegevens.Productregel r = regel.waarde();
            Stamgegevens.Product p = r.product();
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
            List<Periode<Stamgegevens.Productkenmerken>> gedateerd = perioden.stream()
                    .map(x -> new Periode<>(x.ingang(), x.einde(), x.kenmerken())).toList();
            Periodewijziging.beoordeel(regel.plaats(), "product " + p.sleutel(), gedateerd, Stamgegevens.Productkenmerken.van(p), r.ingang(),
                    r.correctie(), Stamgegevens.Productkenmerken::velden, jaar -> definitief.geraakt(p.sleutel(), jaar, null), vandaag,
                    fouten, wijzigingen).ifPresent(w -> uit.put(p.sleutel(), w));
        }
        return uit;
    }
}
