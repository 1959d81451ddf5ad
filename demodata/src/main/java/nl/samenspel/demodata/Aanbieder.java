package nl.samenspel.demodata;

/** A youth-care provider, identified by its 8-digit AGB code. */
public record Aanbieder(String agb, String naam) {
}
