package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The waiting list: most placements close an earlier aanmelding of the same client for the
 * same form; a tenth more aanmeldingen are still open when the data end. Numbers run from 1
 * per herkomstgemeente in date order, and the placements learn the number they close.
 */
final class Wachtlijst {

    private static final double KANS_AANMELDING = 0.7;
    private static final double AANDEEL_OPEN = 0.10;
    private static final int KORTSTE_WACHTTIJD = 5;
    private static final int LANGSTE_WACHTTIJD = 150;
    /** Relative frequency of the forms applied for on the open aanmeldingen. */
    private static final List<String> VORMEN = List.of(PlaatsingGenerator.INTRAMURAAL,
            PlaatsingGenerator.BESCHERMD_THUIS, PlaatsingGenerator.VOLLEDIG_PAKKET_THUIS, PlaatsingGenerator.OPVANG);
    private static final long[] VORM_GEWICHTEN = {60, 20, 5, 15};

    /** An aanmelding while being drawn, with the placement that closes it (or null). */
    private record Concept(Gemeente herkomst, String bsn, LocalDate datum, String vorm, PlaatsingConcept plaatsing) {
    }

    private final Toeval toeval;
    private final BeschermdWonenDemo.Periode periode;
    private final Bsn bsns;

    Wachtlijst(Toeval toeval, BeschermdWonenDemo.Periode periode, Bsn bsns) {
        this.toeval = toeval;
        this.periode = periode;
        this.bsns = bsns;
    }

    /** Draws the aanmeldingen, sets {@link PlaatsingConcept#aanmelding} and returns them sorted. */
    List<Aanmelding> genereer(List<PlaatsingConcept> plaatsingen) {
        List<Concept> concepten = new ArrayList<>();
        for (PlaatsingConcept p : plaatsingen) {
            if (toeval.kans(KANS_AANMELDING)) {
                LocalDate datum = p.ingang.minusDays(toeval.tussen(KORTSTE_WACHTTIJD, LANGSTE_WACHTTIJD));
                // an application from before the data would point at nothing the module knows
                if (!datum.isBefore(periode.van())) {
                    concepten.add(new Concept(p.herkomst, p.bsn, datum, p.vorm, p));
                }
            }
        }
        List<Gemeente> leden = periode.leden();
        long[] inwoners = leden.stream().mapToLong(Gemeente::inwoners).toArray();
        int open = (int) Math.round(plaatsingen.size() * AANDEEL_OPEN);
        for (int i = 0; i < open; i++) {
            Gemeente herkomst = leden.get(toeval.gewogen(inwoners));
            LocalDate datum = toeval.datum(periode.tot().minusDays(LANGSTE_WACHTTIJD), periode.tot());
            concepten.add(new Concept(herkomst, bsns.nieuw(), datum, VORMEN.get(toeval.gewogen(VORM_GEWICHTEN)), null));
        }
        return nummer(concepten);
    }

    private static List<Aanmelding> nummer(List<Concept> concepten) {
        Map<String, List<Concept>> perGemeente = new LinkedHashMap<>();
        for (Concept c : concepten) {
            perGemeente.computeIfAbsent(c.herkomst.code(), g -> new ArrayList<>()).add(c);
        }
        List<Aanmelding> resultaat = new ArrayList<>();
        perGemeente.keySet().stream().sorted().forEach(gemeente -> {
            List<Concept> lijst = new ArrayList<>(perGemeente.get(gemeente));
            lijst.sort(Comparator.comparing(Concept::datum)); // stable: same day keeps drawing order
            long nummer = 0;
            for (Concept c : lijst) {
                nummer++;
                if (c.plaatsing != null) {
                    c.plaatsing.aanmelding = nummer;
                }
                resultaat.add(new Aanmelding(gemeente, nummer, c.bsn, c.datum, c.vorm));
            }
        });
        return resultaat;
    }
}
