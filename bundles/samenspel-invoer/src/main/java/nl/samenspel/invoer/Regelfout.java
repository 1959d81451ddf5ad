package nl.samenspel.invoer;

/**
 * One reason a file is refused: where (a CSV line, or a message and record in an XML file or
 * archive), which field, and why. Never carries a field's value when that value is personal.
 */
public record Regelfout(String plaats, String veld, String melding) {

    @Override
    public String toString() {
        return plaats + (veld.isEmpty() ? "" : ", " + veld) + ": " + melding;
    }
}
