package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Wmo tariff history as dated lines: a base tariff from a product's first day, the 2016
 * DIAH cut on the hourly products (their 2015 line ends 2015-12-31, a lower one runs from
 * 2016-01-01 for allocations that run on into 2016, and the hourly product ends with 2016),
 * and yearly indexations. The demo has no data for 2018-2023, so the 2017 tariff simply runs
 * until the 2024 indexation. Fixed, like the catalogue, so the documented figures hold for
 * every seed.
 */
final class WmoTarieven {

    /** Tariff in eurocent per unit on the product's first day. Products without one: the wijkteam task and woningaanpassing (an amount per case). */
    private static final Map<String, Long> BASIS = basis();

    /** The DIAH cut of 2016 in basis points (13.00 % and 11.00 %). */
    static final Map<String, Integer> DIAH_KORTING = Map.of(WmoCatalogus.HH_UREN, 1_300, WmoCatalogus.BEGELEIDING_UREN, 1_100);
    static final LocalDate KORTING_INGANG = LocalDate.of(2016, 1, 1);
    /** The last day the hourly DIAH products can be declared: allocations of 2015 run at most a year. */
    static final LocalDate EINDE_UREN = LocalDate.of(2016, 12, 31);

    /** Indexation from 1 January, in basis points. */
    private static final Map<LocalDate, Integer> INDEXERINGEN = indexeringen();

    private final List<Tarief> regels;

    WmoTarieven() {
        List<Tarief> lijst = new ArrayList<>();
        for (WmoProduct p : WmoCatalogus.producten()) {
            Long basis = BASIS.get(p.code());
            if (basis != null) {
                lijst.addAll(regels(p, basis));
            }
        }
        this.regels = List.copyOf(lijst);
    }

    private static Map<String, Long> basis() {
        Map<String, Long> basis = new LinkedHashMap<>();
        basis.put(WmoCatalogus.HH_UREN, 2_590L);
        basis.put(WmoCatalogus.HH_TRAJECT, 19_900L);
        basis.put(WmoCatalogus.BEGELEIDING_UREN, 5_460L);
        basis.put(WmoCatalogus.BEGELEIDING_TRAJECT, 36_500L);
        basis.put(WmoCatalogus.VERZORGING, 5_150L);
        basis.put(WmoCatalogus.KORTDUREND_VERBLIJF, 13_800L);
        basis.put(WmoCatalogus.DAGBESTEDING, 3_950L);
        basis.put(WmoCatalogus.DAGBESTEDING_ALGEMEEN, 11_500L);
        basis.put(WmoCatalogus.VERVOER, 1_240L);
        basis.put(WmoCatalogus.ROLSTOEL, 185_000L);
        basis.put(WmoCatalogus.HULPMIDDEL, 38_500L);
        return basis;
    }

    private static Map<LocalDate, Integer> indexeringen() {
        Map<LocalDate, Integer> index = new LinkedHashMap<>();
        index.put(LocalDate.of(2017, 1, 1), 160);
        index.put(LocalDate.of(2024, 1, 1), 2_800);
        index.put(LocalDate.of(2025, 1, 1), 450);
        index.put(LocalDate.of(2026, 1, 1), 340);
        return index;
    }

    private static List<Tarief> regels(WmoProduct p, long basis) {
        List<Tarief> lijst = new ArrayList<>();
        Integer korting = DIAH_KORTING.get(p.code());
        if (korting != null) {
            lijst.add(new Tarief(p.categorie(), p.code(), p.ingangsdatum(), KORTING_INGANG.minusDays(1), basis));
            lijst.add(new Tarief(p.categorie(), p.code(), KORTING_INGANG, EINDE_UREN, Tariefkalender.gekort(basis, korting)));
            return lijst;
        }
        LocalDate van = p.ingangsdatum();
        long tarief = basis;
        for (Map.Entry<LocalDate, Integer> index : INDEXERINGEN.entrySet()) {
            if (index.getKey().isAfter(van)) {
                lijst.add(new Tarief(p.categorie(), p.code(), van, index.getKey().minusDays(1), tarief));
                van = index.getKey();
                tarief = geindexeerd(tarief, index.getValue());
            }
        }
        lijst.add(new Tarief(p.categorie(), p.code(), van, null, tarief));
        return lijst;
    }

    /** round_half_up(oud x (100 + p) / 100) with p in basis points, exact in longs. */
    static long geindexeerd(long oud, int basispunten) {
        return (oud * (10_000 + basispunten) + 5_000) / 10_000;
    }

    /** By product in catalogue order, then date. */
    List<Tarief> regels() {
        return regels;
    }

    /** The tariff in force on {@code dag}, or null when the product has none that day. */
    Long tariefOp(String code, LocalDate dag) {
        for (Tarief t : regels) {
            if (t.code().equals(code) && !dag.isBefore(t.ingangsdatum())
                    && (t.einddatum() == null || !dag.isAfter(t.einddatum()))) {
                return t.tarief();
            }
        }
        return null;
    }

    long verplichtTariefOp(String code, LocalDate dag) {
        Long tarief = tariefOp(code, dag);
        if (tarief == null) {
            throw new IllegalStateException("no tariff for Wmo product " + code + " on " + dag);
        }
        return tarief;
    }
}
