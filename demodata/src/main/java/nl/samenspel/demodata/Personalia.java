package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * Invented personal details the message schemas require. Derived from the BSN so a client
 * looks the same in every message without keeping these details anywhere.
 */
record Personalia(LocalDate geboortedatum, String geslacht, String voorletter, int huisnummer) {

    static final String GESLACHTSNAAM = "Testclient";
    static final String STRAAT = "Teststraat";
    static final String POSTCODE = "9999XX";

    static Personalia van(String bsn) {
        long h = (Long.parseLong(bsn) * 6364136223846793005L + 1442695040888963407L) >>> 33;
        LocalDate geboren = LocalDate.of(1998, 1, 1).plusDays(h % 5_840);
        String geslacht = (h / 5_840) % 2 == 0 ? "1" : "2";
        String voorletter = String.valueOf((char) ('A' + (h / 11_680) % 26));
        int huisnummer = (int) (1 + (h / 303_680) % 199);
        return new Personalia(geboren, geslacht, voorletter, huisnummer);
    }
}
