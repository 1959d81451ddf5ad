package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Sets each facility's capacity per period from what the placements need: the highest
 * occupancy in the period plus a margin of 0-2 places. A facility picked for an overbooking
 * gets no margin in the period of its peak, so one more placement on the peak day exceeds it.
 */
final class Capaciteiten {

    private final Toeval toeval;
    private final BeschermdWonenDemo.Periode periode;
    private final Bezetting bezetting;

    Capaciteiten(Toeval toeval, BeschermdWonenDemo.Periode periode, Bezetting bezetting) {
        this.toeval = toeval;
        this.periode = periode;
        this.bezetting = bezetting;
    }

    /**
     * Distinct intramural facilities in Zwolle to overbook, occupied ones first; in a tiny
     * dataset an empty one will do (its capacity becomes 0, which the overbooking exceeds).
     */
    List<Voorzieningsplan> kiesVol(List<Voorzieningsplan> plannen, int aantal) {
        List<Voorzieningsplan> kandidaten = new ArrayList<>(plannen.stream()
                .filter(v -> v.vestigingsgemeente().equals(BeschermdWonenRegio.ZWOLLE))
                .filter(v -> v.soort().equals(Voorzieningsplan.INTRAMURAAL_BW))
                .toList());
        if (kandidaten.size() < aantal) {
            throw new IllegalStateException("fewer than " + aantal + " intramural facilities in Zwolle");
        }
        toeval.schud(kandidaten);
        kandidaten.sort(Comparator.comparing(v -> bezetting.maximum(v.code(), periode.van(), periode.tot()) == 0));
        return List.copyOf(kandidaten.subList(0, aantal));
    }

    LocalDate piekdag(Voorzieningsplan vol) {
        return bezetting.piekdag(vol.code());
    }

    List<Voorziening> voorzieningen(List<Voorzieningsplan> plannen, Set<String> vol) {
        List<Voorziening> resultaat = new ArrayList<>();
        for (Voorzieningsplan v : plannen) {
            LocalDate piek = bezetting.piekdag(v.code());
            if (v.wijziging() == null) {
                resultaat.add(periode(v, periode.van(), null, vol.contains(v.code())));
            } else {
                LocalDate eindeEerste = v.wijziging().minusDays(1);
                resultaat.add(periode(v, periode.van(), eindeEerste, vol.contains(v.code()) && !piek.isAfter(eindeEerste)));
                resultaat.add(periode(v, v.wijziging(), null, vol.contains(v.code()) && piek.isAfter(eindeEerste)));
            }
        }
        return resultaat;
    }

    private Voorziening periode(Voorzieningsplan v, LocalDate ingang, LocalDate einde, boolean zonderMarge) {
        int nodig = bezetting.maximum(v.code(), ingang, einde == null ? periode.tot() : einde);
        int marge = toeval.tussen(0, 2);
        // an empty facility still has a place: capacity 0 would be a closed facility, not a demo
        int capaciteit = zonderMarge ? nodig : Math.max(nodig + marge, 1);
        return new Voorziening(v.code(), v.naam(), v.agb(), v.vestigingsgemeente(), v.soort(), capaciteit, ingang, einde);
    }
}
