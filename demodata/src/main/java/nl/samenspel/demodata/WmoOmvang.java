package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * How much of a product an allocation grants and until when, per product as a Wmo
 * consultant would write it: hours, dagdelen or rides per week, etmalen per month, a
 * trajectory of months in total, one wheelchair or aid, or a budget with an end date
 * (Omvang and Budget exclude each other, and a budget needs an einddatum).
 */
record WmoOmvang(LocalDate einddatum, Integer volume, String eenheid, String frequentie, Long budget) {

    static final String PER_WEEK = "2";
    static final String PER_MAAND = "4";
    static final String TOTAAL = "6";

    static WmoOmvang trek(Toeval toeval, WmoProduct product, LocalDate ingang, WmoTarieven tarieven) {
        String e = product.eenheid();
        return switch (product.code()) {
            // the hourly DIAH products end with 2016 (their last tariff): always an einddatum
            case WmoCatalogus.HH_UREN -> perWeek(toeval, ingang, e, 2, 4, false);
            case WmoCatalogus.BEGELEIDING_UREN -> perWeek(toeval, ingang, e, 1, 4, false);
            case WmoCatalogus.VERZORGING -> perWeek(toeval, ingang, e, 1, 5, true);
            case WmoCatalogus.DAGBESTEDING -> perWeek(toeval, ingang, e, 2, 6, true);
            case WmoCatalogus.VERVOER -> perWeek(toeval, ingang, e, 2, 8, true);
            case WmoCatalogus.KORTDUREND_VERBLIJF ->
                    new WmoOmvang(einde(ingang, toeval.tussen(3, 12)), toeval.tussen(2, 6), e, PER_MAAND, null);
            case WmoCatalogus.HH_TRAJECT -> {
                int maanden = toeval.tussen(6, 12);
                yield new WmoOmvang(einde(ingang, maanden), maanden, e, TOTAAL, null);
            }
            case WmoCatalogus.BEGELEIDING_TRAJECT -> {
                // the trajectory's price: its monthly tariff on the first day, for every month it runs
                int maanden = toeval.tussen(6, 12);
                long budget = tarieven.verplichtTariefOp(product.code(), ingang) * maanden;
                yield new WmoOmvang(einde(ingang, maanden), null, null, null, budget);
            }
            // an aid is lent for a term: a total within the validity needs an einddatum (as iJw and iWmo check)
            case WmoCatalogus.ROLSTOEL, WmoCatalogus.HULPMIDDEL -> new WmoOmvang(einde(ingang, 60), 1, e, TOTAAL, null);
            case WmoCatalogus.WONINGAANPASSING ->
                    new WmoOmvang(einde(ingang, 6), null, null, null, toeval.tussen(1_500L, 15_000L) * 100);
            default -> throw new IllegalArgumentException("no allocation rule for Wmo product " + product.code());
        };
    }

    /** Hours, dagdelen or rides per week; where it may, one allocation in four is open-ended (no einddatum). */
    private static WmoOmvang perWeek(Toeval toeval, LocalDate ingang, String eenheid, int van, int tot, boolean magOpen) {
        LocalDate einde = magOpen && toeval.tussen(1, 4) == 1 ? null : einde(ingang, toeval.tussen(3, 12));
        return new WmoOmvang(einde, toeval.tussen(van, tot), eenheid, PER_WEEK, null);
    }

    /** The last day of {@code maanden} whole months from the ingangsdatum. */
    static LocalDate einde(LocalDate ingang, int maanden) {
        return ingang.plusMonths(maanden).minusDays(1);
    }

    /** The same allocation ending no later than {@code uiterlijk} (a gemeente that leaves the region). */
    WmoOmvang uiterlijk(LocalDate uiterlijk) {
        if (uiterlijk == null || (einddatum != null && !einddatum.isAfter(uiterlijk))) {
            return this;
        }
        return new WmoOmvang(uiterlijk, volume, eenheid, frequentie, budget);
    }
}
