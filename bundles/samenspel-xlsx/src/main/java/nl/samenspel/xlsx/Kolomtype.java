package nl.samenspel.xlsx;

import java.util.Optional;

/**
 * How the numbers in a column are shown. The stored value never changes with
 * the type; only the number format of the cell does, so a spreadsheet user
 * computes with exactly the value that was written.
 */
public enum Kolomtype {

    /**
     * Format follows the value: integers as {@code 0} (no scientific notation),
     * decimals as {@code General}, dates as {@code yyyy-mm-dd}, date-times as
     * {@code yyyy-mm-dd hh:mm:ss}, text as text.
     */
    STANDAARD(null),

    /**
     * Money as integer eurocents (Samenspel's money rule: no fractional euros
     * anywhere). Values must be {@code Long} or {@code Integer}; the cell holds
     * the exact number of cents and is shown as e.g. {@code 123.456 ct}
     * (grouping per the viewer's locale). Title such a column so that it says
     * eurocent, e.g. {@code "Bijdrage (eurocent)"}.
     */
    EUROCENT("#,##0\" ct\""),

    /** A fraction (e.g. a share or a distribution key) as a number with six decimals, {@code 0.000000}. */
    FRACTIE("0.000000"),

    /** A fraction shown as a percentage: the value 0.125 is shown as {@code 12.50%}. */
    PERCENTAGE("0.00%");

    private final String formaat;

    Kolomtype(String formaat) {
        this.formaat = formaat;
    }

    /** The Excel number format of numeric cells in such a column; empty for {@link #STANDAARD}. */
    public Optional<String> formaat() {
        return Optional.ofNullable(formaat);
    }

    static Kolomtype vanFormaat(String formaat) {
        for (Kolomtype type : values()) {
            if (type.formaat != null && type.formaat.equals(formaat)) {
                return type;
            }
        }
        return STANDAARD;
    }
}
