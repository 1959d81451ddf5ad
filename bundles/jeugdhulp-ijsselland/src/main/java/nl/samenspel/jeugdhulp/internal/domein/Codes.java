package nl.samenspel.jeugdhulp.internal.domein;

import java.util.Map;
import java.util.regex.Pattern;
import nl.samenspel.module.toewijzing.Omvang;

/** The iJw 3.2 code lists this module checks against (basisschema: Eenheid, Frequentie, RedenBeeindiging). */
public final class Codes {

    public static final Map<String, String> EENHEDEN = Map.of(
            "01", "minuut", "04", "uur", "14", "etmaal", "16", "dagdeel",
            "82", "stuks (output)", "83", "euro's", "84", "stuks (inspanning)");

    public static final Map<String, String> FREQUENTIES = Map.of(
            "1", "per dag", "2", "per week", "4", "per maand", "6", "totaal binnen geldigheidsduur toewijzing");

    public static final Map<String, String> REDENEN_BEEINDIGING = Map.ofEntries(
            Map.entry("02", "overlijden"), Map.entry("20", "levering tijdelijk beëindigd"),
            Map.entry("31", "volgens plan beëindigd"), Map.entry("32", "voortijdig: eenzijdig door de client"),
            Map.entry("33", "voortijdig: eenzijdig door de aanbieder"), Map.entry("34", "voortijdig: in overeenstemming"),
            Map.entry("35", "voortijdig: externe omstandigheden"), Map.entry("36", "geïnitieerd door de gemeente"),
            Map.entry("37", "in verband met wijzigingsverzoek"), Map.entry("38", "overstap naar andere aanbieder"),
            Map.entry("39", "anders"));

    /** Unit 83 counts euros: its "tariff" is 100 eurocent per unit. */
    public static final String EENHEID_EURO = "83";
    public static final String EENHEID_OUTPUT = "82";
    public static final String FREQUENTIE_TOTAAL = Omvang.FREQUENTIE_TOTAAL;

    // compiled once: these run for every record of files with a hundred thousand records
    private static final Pattern TWEE_CIJFERS = Pattern.compile("\\d{2}");
    private static final Pattern PRODUCTCODE = Pattern.compile("[A-Za-z0-9]{1,5}");
    private static final Pattern AGB = Pattern.compile("\\d{8}");
    private static final Pattern GEMEENTE = Pattern.compile("\\d{4}");

    private Codes() {
    }

    public static boolean isProductcategorie(String tekst) {
        return tekst != null && TWEE_CIJFERS.matcher(tekst).matches() && Integer.parseInt(tekst) >= 40 && Integer.parseInt(tekst) <= 55;
    }

    public static boolean isProductcode(String tekst) {
        return tekst != null && PRODUCTCODE.matcher(tekst).matches();
    }

    public static boolean isAgb(String tekst) {
        return tekst != null && AGB.matcher(tekst).matches();
    }

    /** The form of a CBS gemeentecode; says nothing about existence. */
    public static boolean isGemeentecode(String tekst) {
        return tekst != null && GEMEENTE.matcher(tekst).matches();
    }
}
