package nl.samenspel.rest.internal;

import java.util.List;
import javax.ws.rs.core.Response;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.SamenspelApi;

/** Builds problem+json responses; one place so every error looks the same. */
final class Problemen {

    private Problemen() {
    }

    static Response response(int status, String title, String detail, List<Problem.InvalidParam> invalidParams) {
        Problem problem = new Problem("about:blank", title, status, detail, null, invalidParams);
        return Response.status(status).type(SamenspelApi.PROBLEM_JSON).entity(problem).build();
    }
}
