package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * One declared performance (iJw Prestatie): {@code bedrag} = volume x tarief in eurocent,
 * always >= 0; {@code debetCredit} "C" lowers the cost of an earlier "D" line.
 */
public record Declaratieregel(String gemeente, long toewijzingnummer, String declaratienummer,
        String agb, String categorie, String productcode, LocalDate begindatum, LocalDate einddatum,
        long volume, long tarief, long bedrag, String debetCredit) implements Gedeclareerd {

    /** The signed cost: a credit counts negative. */
    @Override
    public long saldo() {
        return "C".equals(debetCredit) ? -bedrag : bedrag;
    }

    /** Youth care declares every line with a tariff. */
    @Override
    public Long productTarief() {
        return tarief;
    }
}
