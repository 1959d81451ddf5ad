package nl.samenspel.module.tarief;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.ProblemException;

/**
 * A request to apply a tariff cut as every module's REST API takes it, {@code {jaar, groep,
 * percentage}}, and its two answers: 201 with every product's change, or 422 naming every reason.
 */
public record Kortingsverzoek(int jaar, String groep, String percentage) {

    /** @throws ProblemException 400 for a body that is no such object or a bad year */
    public static Kortingsverzoek van(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.ongeldig("body", "verwacht {jaar, groep, percentage}");
        }
        return new Kortingsverzoek(Parameters.jaar("jaar", body.path("jaar").asText(null)), body.path("groep").asText(null),
                body.path("percentage").asText(null));
    }

    public static Response toegepast(Kortingsplan.Plan plan) {
        return Response.status(201).entity(Map.of("jaar", plan.korting().jaar(), "groep", plan.korting().groep(), "producten", plan.regels()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static ProblemException geweigerd(Kortingsplan.Geweigerd e) {
        return new ProblemException(422, "Korting geweigerd", e.fouten().size() + " reden(en); er is niets veranderd",
                e.fouten().stream().map(f -> new Problem.InvalidParam(f.plaats() + ", " + f.veld(), f.melding())).toList());
    }
}
