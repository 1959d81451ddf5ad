package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * One declared Wmo performance (WMO323 Prestatie) over exactly one calendar month:
 * {@code bedrag} = volume x tarief in eurocent, except for unit 83 (euro's), where the volume
 * is the amount and {@code tarief} is null. {@code debetCredit} "C" lowers an earlier "D"
 * line of the same month.
 */
public record WmoDeclaratieregel(String gemeente, long toewijzingnummer, String declaratienummer, String agb,
        String categorie, String productcode, LocalDate begindatum, LocalDate einddatum, long volume, String eenheid,
        Long tarief, long bedrag, String debetCredit) implements Gedeclareerd {

    @Override
    public Long productTarief() {
        return tarief;
    }
}
