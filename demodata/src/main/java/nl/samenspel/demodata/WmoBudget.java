package nl.samenspel.demodata;

/** A gemeente's Wmo budget for one year in eurocent. */
public record WmoBudget(String gemeente, int jaar, long budget) {
}
