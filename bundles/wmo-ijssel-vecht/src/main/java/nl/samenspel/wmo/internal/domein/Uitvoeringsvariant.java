package nl.samenspel.wmo.internal.domein;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a product is delivered and paid (iWmo): inspanningsgericht by volume × eenheid × frequentie,
 * outputgericht by result (a trajectory: an amount or output units within the validity period),
 * taakgericht by the contract's lump sum, without allocation messages.
 */
public enum Uitvoeringsvariant {
    INSPANNINGSGERICHT("inspanningsgericht"), OUTPUTGERICHT("outputgericht"), TAAKGERICHT("taakgericht");

    private final String code;

    Uitvoeringsvariant(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Uitvoeringsvariant> vanCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Uitvoeringsvariant::code).toList();
    }
}
