package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * One declared performance (iJw Prestatie): {@code bedrag} = volume x tarief in eurocent,
 * always >= 0; {@code debetCredit} "C" lowers the cost of an earlier "D" line.
 */
public record Declaratieregel(String gemeente, long toewijzingnummer, String declaratienummer,
        String agb, String categorie, String productcode, LocalDate begindatum, LocalDate einddatum,
        long volume, long tarief, long bedrag, String debetCredit) {

    /** The signed cost: a credit counts negative. */
    public long saldo() {
        return "C".equals(debetCredit) ? -bedrag : bedrag;
    }
}
