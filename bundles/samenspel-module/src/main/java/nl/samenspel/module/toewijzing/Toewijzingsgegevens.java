package nl.samenspel.module.toewijzing;

import java.time.LocalDate;
import nl.samenspel.invoer.Wijziging;

/**
 * The fields every module's allocation has, as the 301 of iJw and iWmo gives them, declared once: a
 * module's allocation record holds them as its first component and adds its own after it
 * ({@link Toewijzingsbasis}). {@code volume}, {@code eenheid}, {@code frequentie}, {@code budget},
 * {@code einde} and {@code toewijzingsdatum} may be null.
 *
 * @param einde     null: open
 * @param volume    null for a budget
 * @param budget    eurocent; null for a volume
 * @param wijziging why a stored number is sent again (null: a new one, or the same once more); never stored
 */
public record Toewijzingsgegevens(String gemeente, long nummer, String client, String agb, String categorie, String code,
                                  LocalDate toewijzingsdatum, LocalDate ingang, LocalDate einde, Integer volume, String eenheid,
                                  String frequentie, Long budget, Wijziging wijziging) {
}
