package nl.samenspel.demodata;

/**
 * A tariff cut from 1 January of {@code jaar} on every product of {@code groep}.
 * {@code percentage} is decimal text with two decimals ("15.05") so it stays exact.
 */
public record Tariefkorting(int jaar, String groep, String percentage) {

    /** The percentage in basis points (15.05 -> 1505), parsed without floating point. */
    public int basispunten() {
        int punt = percentage.indexOf('.');
        if (punt < 0 || percentage.length() - punt - 1 != 2) {
            throw new IllegalStateException("percentage needs two decimals: " + percentage);
        }
        return Integer.parseInt(percentage.substring(0, punt)) * 100
                + Integer.parseInt(percentage.substring(punt + 1));
    }
}
