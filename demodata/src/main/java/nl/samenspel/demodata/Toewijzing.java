package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * An allocation (toewijzing) of a product to a provider for a client, with the referral
 * data a gemeente knows and, when care started or stopped, the provider's start/stop report.
 * Volume, eenheid and frequentie follow the iJw Omvang; budget is only set for outputgericht.
 */
public record Toewijzing(String gemeente, long toewijzingnummer, String bsn, String agb,
        String categorie, String productcode, LocalDate toewijzingsdatum, LocalDate ingangsdatum,
        LocalDate einddatum, Integer volume, String eenheid, String frequentie, Long budget,
        LocalDate aanmelddatum, String verwijzer, LocalDate startZorg, LocalDate stopZorg,
        String stopReden) implements Toegewezen {
}
