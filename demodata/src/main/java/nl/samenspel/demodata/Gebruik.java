package nl.samenspel.demodata;

import java.time.YearMonth;

/**
 * The use of an algemene voorziening in one month at one provider for one gemeente: how many
 * took part and what it cost (eurocent). No client is named: a general provision has no
 * allocation.
 */
public record Gebruik(String gemeente, String agb, String categorie, String productcode, YearMonth maand, int deelnemers,
        long bedrag) {
}
