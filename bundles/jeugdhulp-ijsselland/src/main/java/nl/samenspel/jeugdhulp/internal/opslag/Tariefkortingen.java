package nl.samenspel.jeugdhulp.internal.opslag;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.jeugdhulp.internal.domein.Tariefkorting;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.jeugdhulp.internal.controle.Definitief;
import nl.samenspel.invoer.Regelfout;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Applies a tariff cut to a group of products for a year: every product of the group needs
 * a tariff in force on the last day of the year before and none from the year on; then all
 * get their cut tariff at once, or none does.
 */
@Component(service = Tariefkortingen.class)
public class Tariefkortingen {

    private final JeugdhulpOpslag opslag;

    @Activate
    public Tariefkortingen(@Reference JeugdhulpOpslag opslag) {
        this.opslag = opslag;
    }

    /** A cut that cannot be applied, with every reason. */
    public static class Geweigerd extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Regelfout> fouten;

        Geweigerd(List<Regelfout> fouten) {
            super(fouten.size() + " fout(en)");
            this.fouten = List.copyOf(fouten);
        }

        public List<Regelfout> fouten() {
            return fouten;
        }
    }

    /**
     * @param definitief the region's final equalization runs: a cut changes the tariffs of its year and every year after, so
     *                   it is refused when a product of the group is in use in a final year from then on
     */
    public synchronized List<JeugdhulpOpslag.Kortingsregel> pasToe(int jaar, String groep, String percentage,
                                                                   Definitief definitief) throws SQLException {
        List<Regelfout> fouten = new ArrayList<>();
        Optional<Integer> basispunten = Tariefkorting.basispunten(percentage == null ? "" : percentage);
        if (basispunten.isEmpty()) {
            fouten.add(new Regelfout("korting", "percentage", "geen percentage boven 0 en onder 100 met hooguit twee decimalen"));
        }
        if (groep == null || groep.isBlank()) {
            fouten.add(new Regelfout("korting", "groep", "ontbreekt"));
        }
        if (!fouten.isEmpty()) {
            throw new Geweigerd(fouten);
        }
        if (opslag.kortingen().stream().anyMatch(k -> k.jaar() == jaar && k.groep().equals(groep))) {
            throw new Geweigerd(List.of(new Regelfout("korting", "groep", "de korting van " + jaar + " op " + groep + " is al toegepast")));
        }
        Tariefkorting korting = new Tariefkorting(jaar, groep, basispunten.get());
        Map<Stamgegevens.Productsleutel, List<Stamgegevens.Tarief>> tarieven = opslag.tarieven();
        LocalDate laatsteDag = LocalDate.of(jaar - 1, 12, 31);
        List<JeugdhulpOpslag.Kortingsregel> regels = new ArrayList<>();
        // the cut group as it is on 1 January of the cut's year: a product that joins a group later is cut the year after
        var perioden = opslag.productperioden();
        for (Stamgegevens.Product nu : opslag.producten().values()) {
            Stamgegevens.Product p = perioden.op(nu.sleutel(), LocalDate.of(jaar, 1, 1));
            if (!groep.equals(p.kortingsgroep())) {
                continue;
            }
            List<Vaststellingen.Vastgesteld> geraakt = definitief.geraakt(p.sleutel(), jaar, null);
            if (!geraakt.isEmpty()) {
                fouten.add(new Regelfout(p.sleutel().toString(), "jaar", "een korting vanaf " + jaar + " verandert de cijfers van "
                        + Vaststellingen.weigering(geraakt)));
            }
            List<Stamgegevens.Tarief> reeks = tarieven.getOrDefault(p.sleutel(), List.of());
            Optional<Stamgegevens.Tarief> geldend = reeks.stream().filter(t -> t.isGeldigOp(laatsteDag)).findFirst();
            if (geldend.isEmpty()) {
                fouten.add(new Regelfout(p.sleutel().toString(), "tarief", "geen tarief op " + laatsteDag + " om te korten"));
            } else {
                regels.add(new JeugdhulpOpslag.Kortingsregel(p.categorie(), p.code(), geldend.get().tarief(), korting.nieuwTarief(geldend.get().tarief())));
            }
            reeks.stream().filter(t -> t.ingang().isAfter(laatsteDag)).findFirst().ifPresent(t -> fouten.add(new Regelfout(
                    p.sleutel().toString(), "tarief", "heeft al een tarief vanaf " + t.ingang() + "; een korting vervangt geen later tarief")));
        }
        if (regels.isEmpty() && fouten.isEmpty()) {
            fouten.add(new Regelfout("korting", "groep", "geen product heeft kortingsgroep '" + groep + "'"));
        }
        if (!fouten.isEmpty()) {
            throw new Geweigerd(fouten);
        }
        opslag.pasKortingToe(jaar, groep, korting.basispunten(), regels);
        return regels;
    }
}
