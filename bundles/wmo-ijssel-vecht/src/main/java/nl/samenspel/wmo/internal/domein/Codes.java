package nl.samenspel.wmo.internal.domein;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.samenspel.module.toewijzing.Omvang;

/** The iWmo 3.2 code lists the module checks against (docs/wmo.md, ../shared/domain/FACTS.md). */
public final class Codes {

    /** WMO020 productcategorie, 01-18, with its name. */
    public static final Map<String, String> CATEGORIEEN = categorieen();

    /** Eenheid (as iJw): 01 minuut, 04 uur, 14 etmaal, 16 dagdeel, 82 stuks (output), 83 euro's, 84 stuks (inspanning). */
    public static final Set<String> EENHEDEN = Set.of("01", "04", "14", "16", "82", "83", "84");
    /** The unit whose volume is an amount: the declared amount is the volume itself, not volume × tarief. */
    public static final String EENHEID_EURO = "83";
    /** Stuks (output): the unit of a trajectory paid per result. */
    public static final String EENHEID_OUTPUT = "82";

    /** WMO757 frequentie: 1 per dag, 2 per week, 4 per maand, 6 totaal binnen de geldigheidsduur. */
    public static final Set<String> FREQUENTIES = Set.of("1", "2", "4", "6");
    public static final String FREQUENTIE_TOTAAL = Omvang.FREQUENTIE_TOTAAL;

    /** WMO588 reden beëindiging. */
    public static final Set<String> REDENEN_BEEINDIGING = Set.of("02", "19", "20", "21", "22", "23", "31", "36", "37", "38", "39");

    /** Rolstoelen: never an eigen bijdrage. */
    public static final String ROLSTOELEN = "11";
    /** Woonvoorzieningen: an eigen bijdrage also for a client under 18. */
    public static final String WOONVOORZIENINGEN = "13";

    /** Beschermd wonen, opvang, spoedopvang, overige BW en opvang: their own bijdrage, outside the abonnementstarief. */
    public static final Set<String> BW_EN_OPVANG = Set.of("15", "16", "17", "18");

    private static final Pattern PRODUCTCODE = Pattern.compile("[0-9A-Z]{1,5}");

    private Codes() {
    }

    public static boolean isProductcategorie(String code) {
        return CATEGORIEEN.containsKey(code);
    }

    public static boolean isProductcode(String code) {
        return PRODUCTCODE.matcher(code).matches();
    }

    private static Map<String, String> categorieen() {
        String[] namen = {"hulp bij het huishouden", "begeleiding", "persoonlijke verzorging", "kortdurend verblijf", "woondiensten",
            "overige individu/huishouden", "dagbesteding", "vervoerdiensten", "overige groepsgericht", "overige maatwerkarrangementen",
            "rolstoelen", "vervoervoorzieningen", "woonvoorzieningen", "overige hulpmiddelen", "beschermd wonen", "opvang", "spoedopvang",
            "overige BW en opvang"};
        Map<String, String> uit = new LinkedHashMap<>();
        for (int i = 0; i < namen.length; i++) {
            uit.put(String.format("%02d", i + 1), namen[i]);
        }
        return java.util.Collections.unmodifiableMap(uit);
    }
}
