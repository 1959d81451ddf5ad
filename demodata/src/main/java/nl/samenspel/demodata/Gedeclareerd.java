package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * What a declaration message (323) says about one declared performance (Prestatie). A
 * youth-care and a Wmo declaration line both offer it, so one writer serves both.
 */
interface Gedeclareerd {

    String gemeente();

    long toewijzingnummer();

    String declaratienummer();

    String agb();

    String categorie();

    String productcode();

    LocalDate begindatum();

    LocalDate einddatum();

    long volume();

    /** ProductTarief in eurocent; null when the unit (83, euro's) has none and the amount is the volume. */
    Long productTarief();

    /** Always >= 0; {@link #debetCredit()} gives its sign. */
    long bedrag();

    String debetCredit();

    /** The signed amount: a credit counts negative. */
    default long saldo() {
        return "C".equals(debetCredit()) ? -bedrag() : bedrag();
    }
}
