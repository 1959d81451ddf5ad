package nl.samenspel.demodata;

/** A provider's contract for one year with its ceiling (budgetplafond) in eurocent. */
public record Contract(String agb, int jaar, long budgetplafond) {
}
