package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * A Wmo allocation (WMO301) with the provider's start and stop (WMO305, WMO307). Either an
 * Omvang (volume, eenheid, frequentie) or a budget with an einddatum, never both; einddatum
 * null is open-ended. {@code aanvraagdatum} (null: not recorded) is when the client applied;
 * the birth date is kept only to write a node's file and the messages, a hub gets
 * {@link #minderjarig()} instead.
 */
public record WmoToewijzing(String gemeente, long toewijzingnummer, String bsn, LocalDate geboortedatum, String agb,
        String categorie, String productcode, LocalDate toewijzingsdatum, LocalDate ingangsdatum, LocalDate einddatum,
        Integer volume, String eenheid, String frequentie, Long budget, LocalDate aanvraagdatum, LocalDate startZorg,
        LocalDate stopZorg, String stopReden) implements Toegewezen {

    /** Under 18 on the ingangsdatum. */
    public boolean minderjarig() {
        return geboortedatum.plusYears(18).isAfter(ingangsdatum);
    }

    WmoToewijzing metNummer(long nummer) {
        return new WmoToewijzing(gemeente, nummer, bsn, geboortedatum, agb, categorie, productcode, toewijzingsdatum,
                ingangsdatum, einddatum, volume, eenheid, frequentie, budget, aanvraagdatum, startZorg, stopZorg, stopReden);
    }
}
