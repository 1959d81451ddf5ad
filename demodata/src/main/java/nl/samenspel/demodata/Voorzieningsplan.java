package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * A facility before its capacity is known: capacity follows from the placements drawn into
 * it. {@code gewicht} is how often it is chosen against the other facilities of its
 * gemeente; {@code wijziging} is the first day of a second capacity period, or null.
 */
record Voorzieningsplan(String code, String naam, String agb, String vestigingsgemeente, String soort,
        int gewicht, LocalDate wijziging) {

    static final String INTRAMURAAL_BW = "intramuraal-bw";
    static final String BESCHERMD_THUIS = "beschermd-thuis";
    static final String MAATSCHAPPELIJKE_OPVANG = "maatschappelijke-opvang";
    static final String VROUWENOPVANG = "vrouwenopvang";

    boolean isOpvang() {
        return soort.equals(MAATSCHAPPELIJKE_OPVANG) || soort.equals(VROUWENOPVANG);
    }
}
