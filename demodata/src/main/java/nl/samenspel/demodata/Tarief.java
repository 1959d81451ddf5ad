package nl.samenspel.demodata;

import java.time.LocalDate;

/** Price per unit in eurocent, valid from {@code ingangsdatum}; {@code einddatum} null is open-ended. */
public record Tarief(String categorie, String code, LocalDate ingangsdatum, LocalDate einddatum, long tarief) {
}
