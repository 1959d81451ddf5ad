package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * What the allocation, start and stop messages (301, 305, 307) say about one allocation. A
 * youth-care and a Wmo allocation both offer it, so one set of message writers serves both.
 */
interface Toegewezen {

    String gemeente();

    long toewijzingnummer();

    String bsn();

    String agb();

    String categorie();

    String productcode();

    LocalDate toewijzingsdatum();

    LocalDate ingangsdatum();

    /** Null when the allocation is open-ended. */
    LocalDate einddatum();

    /** Null with a budget: Omvang and Budget exclude each other. */
    Integer volume();

    String eenheid();

    String frequentie();

    /** Null with an Omvang. */
    Long budget();

    /** Null when care did not start. */
    LocalDate startZorg();

    /** Null when care did not stop. */
    LocalDate stopZorg();

    String stopReden();

    /** The birth date the messages carry; youth care makes one up from the BSN. */
    default LocalDate geboortedatum() {
        return Personalia.van(bsn()).geboortedatum();
    }
}
