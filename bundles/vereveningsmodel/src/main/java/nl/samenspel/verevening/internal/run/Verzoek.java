package nl.samenspel.verevening.internal.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a run is asked for: a region and year, one or more models (inline JSON,
 * or {@code null} for the region's model file of that year) and each member's
 * inputs.
 */
public record Verzoek(String regio, int jaar, List<JsonNode> modellen, List<Run.Invoer> leden) {

    public Verzoek {
        modellen = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(modellen));
        leden = List.copyOf(leden);
    }
}
