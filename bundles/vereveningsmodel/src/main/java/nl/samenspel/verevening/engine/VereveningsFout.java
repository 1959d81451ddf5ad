package nl.samenspel.verevening.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The engine refuses to compute: the model or the input is invalid, or (with a
 * cap) the capped amount cannot be placed. Carries every problem found, each
 * tied to a field, so a REST layer can map it to a 400/422 with field errors.
 */
public final class VereveningsFout extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Veldfout> fouten;

    public VereveningsFout(List<Veldfout> fouten) {
        super(fouten.stream().map(Veldfout::toString).collect(Collectors.joining("; ")));
        if (fouten.isEmpty()) {
            throw new IllegalArgumentException("een VereveningsFout zonder fouten");
        }
        this.fouten = List.copyOf(fouten);
    }

    public List<Veldfout> fouten() {
        return fouten;
    }

    /** The field names only, in report order; handy in tests and logs. */
    public List<String> velden() {
        return fouten.stream().map(Veldfout::veld).toList();
    }
}
