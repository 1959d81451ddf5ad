package nl.samenspel.verevening.internal.run;

import java.time.Instant;

/**
 * A stored run in a list: which region and year, made when and by whom, and whether (and by whom) it
 * was made final. The run itself, with its derivation, is {@code GET /vereveningen/{id}}.
 */
public record Runregel(long id, String regio, int jaar, Instant aangemaakt, String aangemaaktDoor, boolean definitief,
                       Instant vastgesteld, String vastgesteldDoor) {
}
