package nl.samenspel.demodata;

import static nl.samenspel.demodata.Voorzieningsplan.BESCHERMD_THUIS;
import static nl.samenspel.demodata.Voorzieningsplan.INTRAMURAAL_BW;
import static nl.samenspel.demodata.Voorzieningsplan.MAATSCHAPPELIJKE_OPVANG;
import static nl.samenspel.demodata.Voorzieningsplan.VROUWENOPVANG;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the region's facilities: how many in each vestigingsgemeente, of which kind, run by
 * which of about ten providers, and whether the capacity changes once during the period.
 * Names and AGB codes are invented.
 */
final class VoorzieningGenerator {

    private static final List<String> SOORTEN = List.of(INTRAMURAAL_BW, BESCHERMD_THUIS, MAATSCHAPPELIJKE_OPVANG,
            VROUWENOPVANG);
    /** Zwolle as centrumgemeente has all kinds; shelters are only there. */
    private static final long[] SOORTEN_ZWOLLE = {60, 16, 14, 10};
    private static final long[] SOORTEN_ELDERS = {65, 35, 0, 0};
    private static final Map<String, String> PREFIX = Map.of(INTRAMURAAL_BW, "BW", BESCHERMD_THUIS, "BT",
            MAATSCHAPPELIJKE_OPVANG, "MO", VROUWENOPVANG, "VO");
    private static final Map<String, String> SOORTNAAM = Map.of(INTRAMURAAL_BW, "Woonvoorziening",
            BESCHERMD_THUIS, "Beschermd Thuis", MAATSCHAPPELIJKE_OPVANG, "Opvanghuis", VROUWENOPVANG, "Vrouwenopvang");
    private static final List<String> LOCATIES = List.of("De Linde", "Het Anker", "De Wending", "Het Baken",
            "De Kade", "De Esch", "Het Veer", "De Brug", "De Horst", "Het Hooiland", "De Zandstege", "Het Ravelijn",
            "De Pijp", "De Meent", "Het Kolkje", "De Kolk", "Het Erf", "De Steiger", "Het Schip", "De Vaart");
    private static final int AANTAL_AANBIEDERS = 10;
    private static final double KANS_CAPACITEITSWIJZIGING = 0.3;

    private final Toeval toeval;
    private final BeschermdWonenDemo.Periode periode;
    private final List<String> agbs = new ArrayList<>();

    VoorzieningGenerator(Toeval toeval, BeschermdWonenDemo.Periode periode) {
        this.toeval = toeval;
        this.periode = periode;
        for (int i = 0; i < AANTAL_AANBIEDERS; i++) {
            agbs.add(String.format("98%06d", 500_000 + i * 1_913));
        }
    }

    List<Voorzieningsplan> genereer(int aantal) {
        Map<String, Integer> vestigingen = BeschermdWonenRegio.vestigingen(periode);
        List<String> gemeenten = List.copyOf(vestigingen.keySet());
        int[] perGemeente = Toeval.verdeel(aantal, vestigingen.values().stream().mapToLong(Integer::longValue).toArray());
        List<Voorzieningsplan> plannen = new ArrayList<>();
        Map<String, Integer> volgnummers = new HashMap<>();
        for (int g = 0; g < gemeenten.size(); g++) {
            String gemeente = gemeenten.get(g);
            boolean zwolle = gemeente.equals(BeschermdWonenRegio.ZWOLLE);
            int[] perSoort = Toeval.verdeel(perGemeente[g], zwolle ? SOORTEN_ZWOLLE : SOORTEN_ELDERS);
            if (zwolle) {
                zorgVoorTweeIntramuraal(perSoort);
            }
            List<String> locaties = new ArrayList<>(LOCATIES);
            toeval.schud(locaties);
            int index = 0;
            for (int s = 0; s < SOORTEN.size(); s++) {
                for (int i = 0; i < perSoort[s]; i++, index++) {
                    String locatie = locaties.get(index % locaties.size())
                            + (index < locaties.size() ? "" : " " + (index / locaties.size() + 1));
                    plannen.add(plan(gemeente, SOORTEN.get(s), locatie, volgnummers));
                }
            }
        }
        return plannen;
    }

    /** The two overbookings go to intramural facilities in Zwolle, so there must be two. */
    private static void zorgVoorTweeIntramuraal(int[] perSoort) {
        for (int s = perSoort.length - 1; s > 0 && perSoort[0] < 2; s--) {
            int over = Math.min(perSoort[s], 2 - perSoort[0]);
            perSoort[s] -= over;
            perSoort[0] += over;
        }
        if (perSoort[0] < 2) {
            throw new IllegalArgumentException("too few facilities for two intramural ones in Zwolle");
        }
    }

    /** Names are unique within a gemeente: each location name is used once before any repeats. */
    private Voorzieningsplan plan(String gemeente, String soort, String locatie, Map<String, Integer> volgnummers) {
        String stam = PREFIX.get(soort) + "-" + BeschermdWonenRegio.afkorting(gemeente);
        int volgnummer = volgnummers.merge(stam, 1, Integer::sum);
        String code = String.format("%s-%03d", stam, volgnummer);
        String plaats = BeschermdWonenRegio.lid(BeschermdWonenRegio.LEDEN_2016, gemeente).naam();
        String naam = SOORTNAAM.get(soort) + " " + locatie + " " + plaats;
        return new Voorzieningsplan(code, naam, toeval.kies(agbs), gemeente, soort, gewicht(soort), wijziging());
    }

    /** Intramural houses are the large ones; shelters take fewer people at a time. */
    private int gewicht(String soort) {
        return switch (soort) {
            case INTRAMURAAL_BW -> toeval.tussen(10, 40);
            case BESCHERMD_THUIS -> toeval.tussen(6, 20);
            case MAATSCHAPPELIJKE_OPVANG -> toeval.tussen(4, 14);
            default -> toeval.tussen(3, 8);
        };
    }

    /** The first of a month inside the period, never its first month. */
    private LocalDate wijziging() {
        if (!toeval.kans(KANS_CAPACITEITSWIJZIGING)) {
            return null;
        }
        int maanden = (int) ChronoUnit.MONTHS.between(periode.van(), periode.tot().plusDays(1));
        return periode.van().plusMonths(toeval.tussen(1, maanden - 1));
    }
}
