package nl.samenspel.jeugdhulp.internal.domein;

import java.util.Arrays;
import java.util.Optional;

/** How a product is purchased and so how an allocation of it is sized (iJw). */
public enum Uitvoeringsvariant {
    /** Volume × unit × frequency, e.g. 3 hours per week. */
    INSPANNINGSGERICHT,
    /** A result or trajectory: pieces (82) or euros (83), in total within the allocation's validity. */
    OUTPUTGERICHT,
    /** A lump sum per provider; no allocations. */
    TAAKGERICHT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Uitvoeringsvariant> vanCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
