package nl.samenspel.jeugdhulp.internal.opslag;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.jeugdhulp.internal.controle.Definitief;
import nl.samenspel.jeugdhulp.internal.domein.Productperioden;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.tarief.Kortingsplan;
import nl.samenspel.module.tarief.Kortingstabel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Youth care's tariff cuts: the products of a cut group as on 1 January of the cut's year, planned
 * and applied by the shared {@link Kortingsplan} and {@link Kortingstabel}; a product in use in a
 * final year from then on refuses the cut ({@link Definitief}).
 */
@Component(service = Tariefkortingen.class)
public class Tariefkortingen {

    private final JeugdhulpOpslag opslag;
    private final Kortingstabel tabel;

    @Activate
    public Tariefkortingen(@Reference JeugdhulpOpslag opslag) {
        this.opslag = opslag;
        this.tabel = opslag.kortingstabel();
    }

    public List<Kortingstabel.Korting> kortingen() throws SQLException {
        return tabel.kortingen();
    }

    /** @throws Kortingsplan.Geweigerd naming every reason; nothing changed */
    public synchronized Kortingsplan.Plan pasToe(int jaar, String groep, String percentage, Definitief definitief) throws SQLException {
        Map<Productsleutel, List<Stamgegevens.Tarief>> tarieven = opslag.tarieven();
        // the cut group as it is on 1 January of the cut's year: a product that joins a group later is cut the year after
        Productperioden perioden = opslag.productperioden();
        List<Kortingsplan.Product> producten = new ArrayList<>();
        for (Stamgegevens.Product nu : opslag.producten().values()) {
            Stamgegevens.Product p = perioden.op(nu.sleutel(), LocalDate.of(jaar, 1, 1));
            producten.add(new Kortingsplan.Product(p.categorie(), p.code(), p.kortingsgroep(), tarieven.getOrDefault(p.sleutel(), List.of())
                    .stream().map(t -> new Kortingsplan.Tarief(t.ingang(), t.einde(), t.tarief())).toList(),
                    definitief.geraakt(p.sleutel(), jaar, null)));
        }
        Kortingsplan.Plan plan = Kortingsplan.maak(jaar, groep, percentage, tabel.isToegepast(jaar, groep), producten);
        tabel.pasToe(plan);
        return plan;
    }
}
