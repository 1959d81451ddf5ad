package nl.samenspel.api.register;

import java.util.Objects;
import java.util.Set;

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

    /**
     * Names no key figure may have: the equalization derives these keys from the
     * modules' data (budget, pooled cost, earlier use, clients), so a key figure with
     * one of these names would make a model's key ambiguous.
     */
    public static final Set<String> AFGELEIDE_SLEUTELS = Set.of("budget", "gebruik", "gebruik-vorig-jaar", "gebruik-drie-jaar", "clienten");

    public Kerncijfer {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(naam, "naam");
        if (waarde < 0) {
            throw new IllegalArgumentException("kerncijfer " + naam + " is negatief: " + waarde);
        }
    }
}
