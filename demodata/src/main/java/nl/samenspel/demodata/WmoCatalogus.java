package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Wmo region has purchased: ten providers (invented names, AGB codes with the 98
 * prefix of Wmo and youth-care providers), the products across the WMO020 categories and who
 * delivers which. Fixed rather than drawn, so the documented story (the DIAH change in 2016,
 * dagbesteding partly general, one wijkteam task) is the same for every seed.
 */
final class WmoCatalogus {

    static final LocalDate START = LocalDate.of(2015, 1, 1);
    /** Household help and individual guidance (DIAH) become trajectories paid per result. */
    static final LocalDate DIAH_TRAJECTEN = LocalDate.of(2016, 1, 1);

    static final String HH_UREN = "01A01";
    static final String HH_TRAJECT = "01T01";
    static final String BEGELEIDING_UREN = "02A01";
    static final String BEGELEIDING_TRAJECT = "02T01";
    static final String VERZORGING = "03A01";
    static final String KORTDUREND_VERBLIJF = "04A01";
    static final String WIJKTEAM = "06W01";
    static final String DAGBESTEDING = "07A01";
    static final String DAGBESTEDING_ALGEMEEN = "07V01";
    static final String VERVOER = "08A01";
    static final String ROLSTOEL = "11A01";
    static final String WONINGAANPASSING = "13A01";
    static final String HULPMIDDEL = "14A01";

    static final String DIAH = "diah";

    /** Delivered once (a wheelchair, an adaptation, an aid), not month after month. */
    static final Set<String> EENMALIG = Set.of(ROLSTOEL, WONINGAANPASSING, HULPMIDDEL);

    private static final List<WmoProduct> PRODUCTEN = List.of(
            product("01", HH_UREN, "Hulp bij het huishouden (uren)", "04", "inspanningsgericht", "maatwerk", DIAH, START),
            product("01", HH_TRAJECT, "Huishoudelijke ondersteuning (traject per maand)", "82", "outputgericht", "maatwerk", DIAH,
                    DIAH_TRAJECTEN),
            product("02", BEGELEIDING_UREN, "Individuele begeleiding (uren)", "04", "inspanningsgericht", "maatwerk", DIAH, START),
            product("02", BEGELEIDING_TRAJECT, "Individuele begeleiding (traject)", "83", "outputgericht", "maatwerk", DIAH,
                    DIAH_TRAJECTEN),
            product("03", VERZORGING, "Persoonlijke verzorging", "04", "inspanningsgericht", "maatwerk", null, START),
            product("04", KORTDUREND_VERBLIJF, "Kortdurend verblijf (logeren)", "14", "inspanningsgericht", "maatwerk", null, START),
            product("06", WIJKTEAM, "Wijkteam (taakgericht)", "83", "taakgericht", "maatwerk", null, START),
            product("07", DAGBESTEDING, "Dagbesteding met indicatie", "16", "inspanningsgericht", "maatwerk", null, START),
            product("07", DAGBESTEDING_ALGEMEEN, "Dagbesteding algemeen (vrije inloop)", "82", "outputgericht", "algemeen", null,
                    DIAH_TRAJECTEN),
            product("08", VERVOER, "Vervoer naar dagbesteding (ritten)", "84", "inspanningsgericht", "maatwerk", null, START),
            product("11", ROLSTOEL, "Rolstoel in bruikleen", "82", "outputgericht", "maatwerk", null, START),
            product("13", WONINGAANPASSING, "Woningaanpassing", "83", "outputgericht", "maatwerk", null, START),
            product("14", HULPMIDDEL, "Hulpmiddel (tillift of douchestoel)", "82", "outputgericht", "maatwerk", null, START));

    private static final List<Aanbieder> AANBIEDERS = List.of(
            new Aanbieder("98061103", "Thuishulp Vechtdal"),
            new Aanbieder("98062417", "Zorggroep IJsselhof"),
            new Aanbieder("98063731", "Thuiszorg De Weerribben"),
            new Aanbieder("98065045", "Begeleiding Op Maat Kampen"),
            new Aanbieder("98066359", "Dagbesteding De Ommer Wei"),
            new Aanbieder("98067673", "Zorgboerderij Het Reestdal"),
            new Aanbieder("98068987", "Vervoer Vechtdal"),
            new Aanbieder("98070301", "Revalidatietechniek Oost"),
            new Aanbieder("98071615", "Woonaanpassing Noordoost"),
            new Aanbieder("98072929", "Wijkracht Zwolle"));

    /** Per product the AGB codes that deliver it; the first one delivers most. */
    private static final Map<String, List<String>> AANBOD = aanbod();

    private WmoCatalogus() {
    }

    private static WmoProduct product(String categorie, String code, String omschrijving, String eenheid, String variant,
            String voorziening, String kortingsgroep, LocalDate ingang) {
        return new WmoProduct(categorie, code, omschrijving, eenheid, variant, voorziening, kortingsgroep, ingang);
    }

    private static Map<String, List<String>> aanbod() {
        Map<String, List<String>> aanbod = new LinkedHashMap<>();
        aanbod.put(HH_UREN, agbs(0, 1, 2));
        aanbod.put(HH_TRAJECT, agbs(0, 1, 2));
        aanbod.put(BEGELEIDING_UREN, agbs(3, 1, 2));
        aanbod.put(BEGELEIDING_TRAJECT, agbs(3, 1, 2));
        aanbod.put(VERZORGING, agbs(1, 2));
        aanbod.put(KORTDUREND_VERBLIJF, agbs(1));
        aanbod.put(WIJKTEAM, agbs(9));
        aanbod.put(DAGBESTEDING, agbs(4, 5));
        aanbod.put(DAGBESTEDING_ALGEMEEN, agbs(4, 5));
        aanbod.put(VERVOER, agbs(6));
        aanbod.put(ROLSTOEL, agbs(7));
        aanbod.put(WONINGAANPASSING, agbs(8));
        aanbod.put(HULPMIDDEL, agbs(7, 8));
        return aanbod;
    }

    private static List<String> agbs(int... indexen) {
        return java.util.Arrays.stream(indexen).mapToObj(i -> AANBIEDERS.get(i).agb()).toList();
    }

    static List<Aanbieder> aanbieders() {
        return AANBIEDERS;
    }

    static List<WmoProduct> producten() {
        return PRODUCTEN;
    }

    static WmoProduct product(String code) {
        return PRODUCTEN.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown Wmo product " + code));
    }

    static List<String> aanbieders(String productcode) {
        return AANBOD.get(productcode);
    }

    /** The product of a category for an allocation starting on {@code ingang}: DIAH by the hour in 2015, as a trajectory after. */
    static WmoProduct productVoor(String categorie, LocalDate ingang) {
        boolean trajecten = !ingang.isBefore(DIAH_TRAJECTEN);
        return switch (categorie) {
            case "01" -> product(trajecten ? HH_TRAJECT : HH_UREN);
            case "02" -> product(trajecten ? BEGELEIDING_TRAJECT : BEGELEIDING_UREN);
            default -> PRODUCTEN.stream().filter(p -> p.categorie().equals(categorie) && p.isToewijsbaar()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no allocatable product in category " + categorie));
        };
    }

    /** The providers that hold a bestedingsruimte: every one that delivers an allocatable product. */
    static List<Aanbieder> metMaatwerk() {
        return AANBIEDERS.stream().filter(a -> PRODUCTEN.stream()
                .anyMatch(p -> p.isToewijsbaar() && AANBOD.get(p.code()).contains(a.agb()))).toList();
    }
}
