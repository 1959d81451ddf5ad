package nl.samenspel.demodata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A reproducible dataset for the protected-housing region beschermd-wonen-zwolle: the
 * facilities with their capacity, the waiting list and the placements, as the
 * beschermd-wonen module reads them (docs/beschermd-wonen.md). The same seed, period and
 * sizes always give the same data, byte for byte in the files.
 */
public final class BeschermdWonenDemo {

    /** Placements beyond capacity, accepted explicitly; the module must see some to show it handles them. */
    static final int OVERBOEKINGEN = 2;

    /** The years a dataset covers; each has its own members of the region. */
    public enum Periode {
        JAREN_2015_2017("2015-2017", LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31)),
        JAAR_2025("2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        private final String label;
        private final LocalDate van;
        private final LocalDate tot;

        Periode(String label, LocalDate van, LocalDate tot) {
            this.label = label;
            this.van = van;
            this.tot = tot;
        }

        /** As on the command line: {@code 2015-2017} or {@code 2025}. */
        public String label() {
            return label;
        }

        public LocalDate van() {
            return van;
        }

        /** The last day of the data, inclusive; open placements run up to here. */
        public LocalDate tot() {
            return tot;
        }

        /** The CBS codes of the region's members in these years. */
        public List<String> gemeentecodes() {
            return leden().stream().map(Gemeente::code).toList();
        }

        List<Gemeente> leden() {
            return this == JAAR_2025 ? BeschermdWonenRegio.LEDEN_2025 : BeschermdWonenRegio.LEDEN_2016;
        }

        /** The transitional right was for clients at the 2015 transition and ended in 2019. */
        boolean kentOvergangsrecht() {
            return this == JAREN_2015_2017;
        }

        public static Periode metLabel(String label) {
            for (Periode p : values()) {
                if (p.label.equals(label)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown period: " + label + " (2015-2017 or 2025)");
        }
    }

    private final Periode periode;
    private final List<Voorziening> voorzieningen;
    private final List<Aanmelding> aanmeldingen;
    private final List<Plaatsing> plaatsingen;

    private BeschermdWonenDemo(Periode periode, List<Voorziening> voorzieningen, List<Aanmelding> aanmeldingen,
            List<Plaatsing> plaatsingen) {
        this.periode = periode;
        this.voorzieningen = List.copyOf(voorzieningen);
        this.aanmeldingen = List.copyOf(aanmeldingen);
        this.plaatsingen = List.copyOf(plaatsingen);
    }

    /** A dataset for the region on the given years: its members and their populations decide who is placed. */
    public static BeschermdWonenDemo genereer(long seed, Periode periode, int aantalPlaatsingen, int aantalVoorzieningen) {
        if (periode == null) {
            throw new IllegalArgumentException("periode is required");
        }
        if (aantalPlaatsingen < 10 || aantalPlaatsingen > 50_000) {
            // the upper bound keeps the clients well inside the ~90,000 test BSNs with prefix 999
            throw new IllegalArgumentException("aantalPlaatsingen must be 10..50000: " + aantalPlaatsingen);
        }
        if (aantalVoorzieningen < 5 || aantalVoorzieningen > 500) {
            throw new IllegalArgumentException("aantalVoorzieningen must be 5..500: " + aantalVoorzieningen);
        }
        Toeval toeval = new Toeval(seed);
        Bsn bsns = new Bsn(toeval.random());
        List<Voorzieningsplan> plannen = new VoorzieningGenerator(toeval, periode).genereer(aantalVoorzieningen);
        PlaatsingGenerator generator = new PlaatsingGenerator(toeval, periode, plannen, bsns);
        List<PlaatsingConcept> concepten = new ArrayList<>(generator.genereer(aantalPlaatsingen - OVERBOEKINGEN));
        Capaciteiten capaciteiten = new Capaciteiten(toeval, periode, new Bezetting(periode.van(), periode.tot(), concepten));
        List<Voorzieningsplan> vol = capaciteiten.kiesVol(plannen, OVERBOEKINGEN);
        for (Voorzieningsplan v : vol) {
            concepten.add(generator.overboeking(v, capaciteiten.piekdag(v)));
        }
        List<Voorziening> voorzieningen = capaciteiten.voorzieningen(plannen,
                vol.stream().map(Voorzieningsplan::code).collect(Collectors.toSet()));
        List<Aanmelding> aanmeldingen = new Wachtlijst(toeval, periode, bsns).genereer(concepten);
        return new BeschermdWonenDemo(periode, sorteer(voorzieningen), aanmeldingen, nummer(concepten));
    }

    public Periode periode() {
        return periode;
    }

    /** One record per facility per capacity period, by code and date. */
    public List<Voorziening> voorzieningen() {
        return voorzieningen;
    }

    /** By herkomstgemeente and aanmeldingnummer. */
    public List<Aanmelding> aanmeldingen() {
        return aanmeldingen;
    }

    /** By herkomstgemeente and plaatsingnummer. */
    public List<Plaatsing> plaatsingen() {
        return plaatsingen;
    }

    /**
     * Writes voorzieningen.csv, aanmeldingen.csv and plaatsingen.csv; with a key the client
     * column carries {@link JeugdhulpDemo#pseudoniem} instead of the BSN.
     */
    public void schrijfCsv(Path map, byte[] sleutelOfNull) throws IOException {
        new BeschermdWonenCsv(this).schrijf(map, sleutelOfNull);
    }

    private static List<Voorziening> sorteer(List<Voorziening> voorzieningen) {
        return voorzieningen.stream()
                .sorted(Comparator.comparing(Voorziening::code).thenComparing(Voorziening::ingangsdatum))
                .toList();
    }

    /** Numbers from 1 per herkomstgemeente in order of ingangsdatum, drawing order on the same day. */
    private static List<Plaatsing> nummer(List<PlaatsingConcept> concepten) {
        Map<String, List<PlaatsingConcept>> perGemeente = new LinkedHashMap<>();
        for (PlaatsingConcept p : concepten) {
            perGemeente.computeIfAbsent(p.herkomst.code(), g -> new ArrayList<>()).add(p);
        }
        List<Plaatsing> resultaat = new ArrayList<>();
        for (String gemeente : perGemeente.keySet().stream().sorted().toList()) {
            List<PlaatsingConcept> lijst = new ArrayList<>(perGemeente.get(gemeente));
            lijst.sort(Comparator.comparing(p -> p.ingang));
            long nummer = 0;
            for (PlaatsingConcept p : lijst) {
                p.nummer = ++nummer;
                resultaat.add(p.alsPlaatsing());
            }
        }
        return resultaat;
    }
}
