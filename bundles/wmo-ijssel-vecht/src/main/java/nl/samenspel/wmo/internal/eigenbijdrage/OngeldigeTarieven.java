package nl.samenspel.wmo.internal.eigenbijdrage;

import java.util.List;
import java.util.stream.Collectors;

/** The rates file was refused as a whole; {@link #fouten()} holds every reason, so all are fixed in one round. */
public final class OngeldigeTarieven extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Tarieffout> fouten;

    public OngeldigeTarieven(List<Tarieffout> fouten) {
        super(fouten.size() + " fout(en) in de tarieven van de eigen bijdrage: "
                + fouten.stream().map(Tarieffout::toString).collect(Collectors.joining("; ")));
        if (fouten.isEmpty()) {
            throw new IllegalArgumentException("een geweigerd bestand heeft minstens een fout");
        }
        this.fouten = List.copyOf(fouten);
    }

    public List<Tarieffout> fouten() {
        return fouten;
    }
}
