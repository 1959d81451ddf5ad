package nl.samenspel.verevening.internal.run;

import java.time.Instant;

/**
 * That a run was made final (definitief), when, and by whom: {@code aangemaaktDoor} made the run,
 * {@code vastgesteldDoor} made it final, and under the four-eyes rule these are two people. Either is
 * null for a run made, or made final, before names were recorded.
 */
public record Vaststelling(long run, String regio, int jaar, String aangemaaktDoor, Instant vastgesteld, String vastgesteldDoor) {
}
