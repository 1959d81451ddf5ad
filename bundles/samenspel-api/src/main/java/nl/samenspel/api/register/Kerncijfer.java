package nl.samenspel.api.register;

import java.util.Objects;

/**
 * One key figure of a municipality for a year, such as {@link #INWONERS} or
 * {@link #JEUGDIGEN}. The set of names is open: any column the register's
 * key-figure file holds is a key figure.
 */
public record Kerncijfer(String gemeente, int jaar, String naam, long waarde) {

    /** Number of inhabitants. */
    public static final String INWONERS = "inwoners";
    /** Number of inhabitants aged 0 to 17. */
    public static final String JEUGDIGEN = "jeugdigen";

    public Kerncijfer {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(naam, "naam");
        if (waarde < 0) {
            throw new IllegalArgumentException("kerncijfer " + naam + " is negatief: " + waarde);
        }
    }
}
