package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the Wmo clients and their allocations: clients over the two periods and over the
 * members of each (by population, every member at least one), mostly old, about 4 % under 18;
 * one to three provisions each, each of another category; the product a category has on the
 * ingangsdatum (DIAH by the hour in 2015, as a trajectory after), the provider, the Omvang or
 * budget, the application and allocation dates and the course of care. Numbers are given per
 * gemeente in the order the gemeente decided, over both periods.
 */
final class WmoToewijzingGenerator {

    static final double AANDEEL_MINDERJARIG = 0.04;
    static final double KANS_AANVRAAGDATUM = 0.92;
    /** A decision is due within eight weeks of the application; a few take longer. */
    static final double KANS_NA_ACHT_WEKEN = 0.03;
    static final int ACHT_WEKEN = 56;

    private static final List<String> CATEGORIEEN = List.of("01", "02", "03", "04", "07", "08", "11", "13", "14");
    private static final long[] VOLWASSEN_2015 = {34, 16, 4, 3, 12, 7, 2, 5, 9};
    /** Fewer maatwerk dagbesteding after the move to the general provision. */
    private static final long[] VOLWASSEN_2024 = {34, 16, 4, 3, 7, 7, 2, 5, 9};
    /** Guidance and short stays of children fall under the Jeugdwet; the Wmo gives them aids, wheelchairs, adaptations, transport. */
    private static final long[] MINDERJARIG = {0, 0, 0, 0, 0, 15, 20, 40, 25};
    private static final long[] AANTAL_VOORZIENINGEN = {55, 30, 15};
    /** Age bands at the start of a period (from, to inclusive) and their weights. */
    private static final int[][] LEEFTIJDEN = {{18, 64}, {65, 74}, {75, 84}, {85, 99}};
    private static final long[] LEEFTIJDSGEWICHTEN = {30, 22, 30, 18};

    /** An allocation before its number is known, with the order it was drawn in. */
    private record Concept(WmoToewijzing toewijzing, int volgorde) {
    }

    private final Toeval toeval;
    private final WmoTarieven tarieven;
    private final Bsn bsns;
    private final List<Concept> concepten = new ArrayList<>();

    WmoToewijzingGenerator(Toeval toeval, WmoTarieven tarieven) {
        this.toeval = toeval;
        this.tarieven = tarieven;
        this.bsns = new Bsn(toeval.random());
    }

    List<WmoToewijzing> genereer(int aantalClienten) {
        WmoPeriode[] perioden = WmoPeriode.values();
        long[] aandelen = new long[perioden.length];
        for (int i = 0; i < perioden.length; i++) {
            aandelen[i] = perioden[i].aandeelClienten();
        }
        int[] perPeriode = Toeval.verdeel(aantalClienten, aandelen);
        for (int i = 0; i < perioden.length; i++) {
            List<Gemeente> leden = perioden[i].leden();
            int[] quota = quota(perPeriode[i], leden);
            for (int g = 0; g < leden.size(); g++) {
                for (int k = 0; k < quota[g]; k++) {
                    // the first Zwolle client of each period is a child with a home adaptation
                    boolean kindMetWoonvoorziening = k == 0 && leden.get(g).code().equals(WmoRegio.ZWOLLE);
                    client(perioden[i], leden.get(g), kindMetWoonvoorziening);
                }
            }
        }
        return nummer();
    }

    /** Clients per member by population; with enough clients every member has at least one. */
    private static int[] quota(int aantal, List<Gemeente> leden) {
        int[] quota = Toeval.verdeel(aantal, leden.stream().mapToLong(Gemeente::inwoners).toArray());
        if (aantal >= leden.size()) {
            for (int i = 0; i < quota.length; i++) {
                if (quota[i] == 0) {
                    quota[grootste(quota)]--;
                    quota[i]++;
                }
            }
        }
        return quota;
    }

    private static int grootste(int[] waarden) {
        int beste = 0;
        for (int i = 1; i < waarden.length; i++) {
            if (waarden[i] > waarden[beste]) {
                beste = i;
            }
        }
        return beste;
    }

    private void client(WmoPeriode periode, Gemeente gemeente, boolean kindMetWoonvoorziening) {
        String bsn = bsns.nieuw();
        boolean minderjarig = kindMetWoonvoorziening || toeval.kans(AANDEEL_MINDERJARIG);
        LocalDate geboren = geboortedatum(periode, minderjarig);
        int aantal = 1 + toeval.gewogen(AANTAL_VOORZIENINGEN);
        long[] gewichten = (minderjarig ? MINDERJARIG : periode == WmoPeriode.JAREN_2015_2017 ? VOLWASSEN_2015
                : VOLWASSEN_2024).clone();
        LocalDate lidTot = WmoRegio.lid(gemeente.code()).tot();
        LocalDate laatste = lidTot != null && lidTot.isBefore(periode.laatsteIngang()) ? lidTot : periode.laatsteIngang();
        LocalDate dataTot = lidTot != null && lidTot.isBefore(periode.tot()) ? lidTot : periode.tot();
        LocalDate eerste = toeval.datum(periode.van(), laatste);
        for (int k = 0; k < aantal && som(gewichten) > 0; k++) {
            int categorie = kindMetWoonvoorziening && k == 0 ? CATEGORIEEN.indexOf("13") : toeval.gewogen(gewichten);
            gewichten[categorie] = 0;
            LocalDate ingang = k == 0 ? eerste : eerste.plusDays(toeval.tussen(0, 120));
            if (ingang.isAfter(laatste)) {
                ingang = laatste;
            }
            concepten.add(new Concept(toewijzing(gemeente, bsn, geboren, CATEGORIEEN.get(categorie), ingang, dataTot),
                    concepten.size()));
        }
    }

    /** Under 18: 3-14 at the period's start, so a child stays a child through the period; adults mostly over 75. */
    private LocalDate geboortedatum(WmoPeriode periode, boolean minderjarig) {
        int leeftijd;
        if (minderjarig) {
            leeftijd = toeval.tussen(3, 14);
        } else {
            int[] band = LEEFTIJDEN[toeval.gewogen(LEEFTIJDSGEWICHTEN)];
            leeftijd = toeval.tussen(band[0], band[1]);
        }
        return periode.van().minusYears(leeftijd).minusDays(toeval.tussen(0, 364));
    }

    /** Every date of the allocation lies within the gemeente's membership; an application may be older. */
    private WmoToewijzing toewijzing(Gemeente gemeente, String bsn, LocalDate geboren, String categorie, LocalDate ingang,
            LocalDate dataTot) {
        WmoRegio.Lid lid = WmoRegio.lid(gemeente.code());
        WmoProduct product = WmoCatalogus.productVoor(categorie, ingang);
        String agb = aanbieder(product);
        WmoOmvang omvang = WmoOmvang.trek(toeval, product, ingang, tarieven).uiterlijk(lid.tot());
        LocalDate toewijzingsdatum = ingang.minusDays(toeval.tussen(0, 21));
        if (toewijzingsdatum.isBefore(lid.van())) {
            toewijzingsdatum = lid.van();
        }
        LocalDate aanvraag = aanvraagdatum(toewijzingsdatum);
        Zorgverloop verloop = Zorgverloop.trek(toeval, ingang, omvang.einddatum(), dataTot);
        // toewijzingnummer is filled in once all allocations of the gemeente are known
        return new WmoToewijzing(gemeente.code(), 0, bsn, geboren, agb, product.categorie(), product.code(),
                toewijzingsdatum, ingang, omvang.einddatum(), omvang.volume(), omvang.eenheid(), omvang.frequentie(),
                omvang.budget(), aanvraag, verloop.start(), verloop.stop(), verloop.reden());
    }

    /** The first provider of a product gets about half of its clients, the others the rest in decreasing shares. */
    private String aanbieder(WmoProduct product) {
        List<String> agbs = WmoCatalogus.aanbieders(product.code());
        long[] gewichten = new long[agbs.size()];
        for (int i = 0; i < gewichten.length; i++) {
            gewichten[i] = gewichten.length - i;
        }
        return agbs.get(toeval.gewogen(gewichten));
    }

    private LocalDate aanvraagdatum(LocalDate toewijzingsdatum) {
        if (!toeval.kans(KANS_AANVRAAGDATUM)) {
            return null;
        }
        int dagen = toeval.kans(KANS_NA_ACHT_WEKEN) ? toeval.tussen(ACHT_WEKEN + 1, 100) : toeval.tussen(3, 49);
        return toewijzingsdatum.minusDays(dagen);
    }

    /** Numbers 1..n per gemeente in the order of toewijzingsdatum; the result by gemeente and number. */
    private List<WmoToewijzing> nummer() {
        Map<String, List<Concept>> perGemeente = new LinkedHashMap<>();
        for (Concept c : concepten) {
            perGemeente.computeIfAbsent(c.toewijzing().gemeente(), g -> new ArrayList<>()).add(c);
        }
        List<WmoToewijzing> resultaat = new ArrayList<>();
        for (String gemeente : perGemeente.keySet().stream().sorted().toList()) {
            List<Concept> volgorde = new ArrayList<>(perGemeente.get(gemeente));
            volgorde.sort(Comparator.comparing((Concept c) -> c.toewijzing().toewijzingsdatum())
                    .thenComparing(c -> c.toewijzing().ingangsdatum()).thenComparingInt(Concept::volgorde));
            long nummer = 0;
            for (Concept c : volgorde) {
                resultaat.add(c.toewijzing().metNummer(++nummer));
            }
        }
        return resultaat;
    }

    private static long som(long[] waarden) {
        long som = 0;
        for (long w : waarden) {
            som += w;
        }
        return som;
    }
}
