package nl.samenspel.jeugdhulp.internal.domein;

import java.util.Arrays;
import java.util.Optional;

/** Whether a product is purchased jointly (its cost is pooled in the equalization) or by the gemeente alone. */
public enum Inkoop {
    REGIONAAL, LOKAAL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Inkoop> vanCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
