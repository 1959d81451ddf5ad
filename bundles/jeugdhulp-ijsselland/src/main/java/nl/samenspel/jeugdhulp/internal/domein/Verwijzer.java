package nl.samenspel.jeugdhulp.internal.domein;

import java.util.Arrays;
import java.util.Optional;

/** Who referred the child to youth care; the region wants to lower the share of {@link #HUISARTS}. */
public enum Verwijzer {
    SOCIAAL_WIJKTEAM, HUISARTS, JEUGDARTS, GECERTIFICEERDE_INSTELLING, RECHTER, ANDERS;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<Verwijzer> vanCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
