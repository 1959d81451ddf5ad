package nl.samenspel.verevening.internal.run;

import java.time.Instant;

/** That a run was made final (definitief), and when. */
public record Vaststelling(long run, String regio, int jaar, Instant vastgesteld) {
}
