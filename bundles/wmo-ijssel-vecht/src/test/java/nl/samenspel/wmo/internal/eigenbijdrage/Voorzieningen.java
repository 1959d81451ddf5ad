package nl.samenspel.wmo.internal.eigenbijdrage;

import java.time.LocalDate;

/** Short ways to write allocations in tests: gemeente 0193 (Zwolle) unless named. */
final class Voorzieningen {

    static final String ZWOLLE = "0193";
    static final String KAMPEN = "0166";

    static final String HUISHOUDEN = "01";
    static final String BEGELEIDING = "02";
    static final String DAGBESTEDING = "07";
    static final String ROLSTOELEN = "11";
    static final String WOONVOORZIENINGEN = "13";

    private Voorzieningen() {
    }

    static Voorzieningsperiode maatwerk(String client, String categorie, String ingang, String einde) {
        return new Voorzieningsperiode(ZWOLLE, client, categorie, true, false, LocalDate.parse(ingang), datum(einde));
    }

    static Voorzieningsperiode minderjarig(String client, String categorie, String ingang, String einde) {
        return new Voorzieningsperiode(ZWOLLE, client, categorie, true, true, LocalDate.parse(ingang), datum(einde));
    }

    static Voorzieningsperiode algemeen(String client, String categorie, String ingang, String einde) {
        return new Voorzieningsperiode(ZWOLLE, client, categorie, false, false, LocalDate.parse(ingang), datum(einde));
    }

    static Voorzieningsperiode in(String gemeente, Voorzieningsperiode v) {
        return new Voorzieningsperiode(gemeente, v.client(), v.categorie(), v.maatwerk(), v.minderjarig(), v.ingang(), v.einde());
    }

    /** null for an open end. */
    private static LocalDate datum(String tekst) {
        return tekst == null ? null : LocalDate.parse(tekst);
    }
}
