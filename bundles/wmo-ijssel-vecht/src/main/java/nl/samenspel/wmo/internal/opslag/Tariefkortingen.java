package nl.samenspel.wmo.internal.opslag;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.module.Periode;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.tarief.Kortingsplan;
import nl.samenspel.module.tarief.Kortingstabel;
import nl.samenspel.wmo.internal.domein.Productperioden;
import nl.samenspel.wmo.internal.domein.Stamgegevens;

/**
 * Wmo's tariff cuts (the 2016 DIAH cut, for instance): the products of a cut group as on 1 January
 * of the cut's year, planned and applied by the shared {@link Kortingsplan} and {@link Kortingstabel};
 * refused while a final equalization run of that year or later exists.
 */
public final class Tariefkortingen {

    private final WmoOpslag opslag;
    private final Kortingstabel tabel;

    public Tariefkortingen(WmoOpslag opslag) {
        this.opslag = opslag;
        this.tabel = opslag.kortingstabel();
    }

    public List<Kortingstabel.Korting> kortingen() throws SQLException {
        return tabel.kortingen();
    }

    /** @throws Kortingsplan.Geweigerd naming every reason; nothing changed */
    public synchronized Kortingsplan.Plan pasToe(int jaar, String groep, String percentage, List<Vaststellingen.Vastgesteld> definitief)
            throws SQLException {
        Productperioden producten = opslag.productperioden();
        Map<Productsleutel, List<Stamgegevens.Tarief>> tarieven = opslag.tarieven();
        List<Vaststellingen.Vastgesteld> geraakt = Vaststellingen.geraakt(definitief, jaar, null);
        List<Kortingsplan.Product> lijst = new ArrayList<>();
        for (Map.Entry<Productsleutel, List<Periode<Stamgegevens.Productwaarden>>> p : producten.perioden().entrySet()) {
            String groepOpEersteDag = Periode.op(p.getValue(), LocalDate.of(jaar, 1, 1)).map(Stamgegevens.Productwaarden::kortingsgroep).orElse(null);
            lijst.add(new Kortingsplan.Product(p.getKey().categorie(), p.getKey().code(), groepOpEersteDag,
                    tarieven.getOrDefault(p.getKey(), List.of()).stream().map(t -> new Kortingsplan.Tarief(t.ingang(), t.einde(), t.tarief())).toList(),
                    geraakt));
        }
        Kortingsplan.Plan plan = Kortingsplan.maak(jaar, groep, percentage, tabel.isToegepast(jaar, groep), lijst);
        tabel.pasToe(plan);
        return plan;
    }
}
