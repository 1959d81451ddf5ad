package nl.samenspel.rest.internal;

import java.util.List;
import java.util.Set;
import javax.ws.rs.core.Response;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.SamenspelApi;

/** Builds problem+json responses; one place so every error looks the same. */
final class Problemen {

    /** Bounds on how much there is: over one of these the content is too large (413); over any other its shape is wrong (400). */
    static final Set<String> GROOTTE = Set.of("uploadBytes", "jsonBytes", "zipUitgepakt", "zipVerhouding", "zipBerichten");
    static final String TE_GROOT = "Te groot";
    static final String OVER_EEN_GRENS = "Over een grens";

    private Problemen() {
    }

    static Response response(int status, String title, String detail, List<Problem.InvalidParam> invalidParams) {
        Problem problem = new Problem("about:blank", title, status, detail, null, invalidParams);
        return Response.status(status).type(SamenspelApi.PROBLEM_JSON).entity(problem).build();
    }

    /**
     * Input over a bound: 413 for a size bound, 400 for the others; the bound's configuration key
     * ({@code nl.samenspel.invoer/jsonLijst}) is the one invalid parameter, so a client and an
     * operator both see which setting it hit. The message carries no input (its contract).
     */
    static Response limiet(Limietoverschrijding l) {
        int status = GROOTTE.contains(l.limiet()) ? 413 : 400;
        return response(status, status == 413 ? TE_GROOT : OVER_EEN_GRENS, l.getMessage(),
                List.of(new Problem.InvalidParam(Invoerlimieten.naam(l.limiet()), l.getMessage())));
    }
}
