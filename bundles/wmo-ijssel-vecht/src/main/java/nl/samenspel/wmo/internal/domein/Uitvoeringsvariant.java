package nl.samenspel.wmo.internal.domein;

import java.util.List;
import java.util.Optional;
import nl.samenspel.api.code.Gecodeerd;

/**
 * How a product is delivered and paid (iWmo): inspanningsgericht by volume × eenheid × frequentie,
 * outputgericht by result (a trajectory: an amount or output units within the validity period),
 * taakgericht by the contract's lump sum, without allocation messages.
 */
public enum Uitvoeringsvariant implements Gecodeerd {
    INSPANNINGSGERICHT, OUTPUTGERICHT, TAAKGERICHT;

    public static Optional<Uitvoeringsvariant> vanCode(String code) {
        return Gecodeerd.vanCode(Uitvoeringsvariant.class, code);
    }

    public static List<String> codes() {
        return Gecodeerd.codes(Uitvoeringsvariant.class);
    }
}
