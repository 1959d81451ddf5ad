package nl.samenspel.beschermdwonen.internal.controle;

import java.util.List;
import nl.samenspel.beschermdwonen.internal.domein.Voorziening;
import nl.samenspel.invoer.Stamgegevensdocument;

/**
 * The master data the hub checks a node's placements with: the facilities with their capacity
 * history. The hub publishes it as this JSON document and a node checks what it sends against
 * it, so that the node refuses a file the hub would refuse (docs/uitwisseling.md, "Stamgegevens").
 */
public record Hubstamgegevens(int versie, List<Voorziening> voorzieningen) implements Stamgegevensdocument.Versie {

    /** The form of the document; a node refuses a version it does not know rather than misread it. */
    public static final int VERSIE = 1;

    public Hubstamgegevens {
        voorzieningen = List.copyOf(voorzieningen == null ? List.of() : voorzieningen);
    }

    public byte[] document() {
        return Stamgegevensdocument.schrijf(this);
    }

    /** @throws IllegalArgumentException for a document that is not the hub's master data in a version this node reads */
    public static Hubstamgegevens lees(byte[] document) {
        return Stamgegevensdocument.lees(document, Hubstamgegevens.class, VERSIE);
    }

    /** The same context with the hub's facilities in place of this installation's: the checks then judge as the hub will. */
    public Controle.Context toegepastOp(Controle.Context eigen) {
        return new Controle.Context(eigen.register(), eigen.regio(), voorzieningen, eigen.aanmeldingen(), eigen.opgeslagen());
    }
}
