package nl.samenspel.rest.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import nl.samenspel.rest.SamenspelApi;

/**
 * The framework's own errors (unknown path, wrong method, unsupported media
 * type, ...) as problem+json instead of CXF's empty or HTML bodies.
 */
class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response origineel = e.getResponse();
        int status = origineel.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return switch (status) {
            case 404 -> Problemen.response(status, title,
                    "Op dit pad is geen resource; zie " + SamenspelApi.BASE_PATH + "/openapi.json voor alle paden", List.of());
            case 405 -> nietToegestaan(title, new TreeSet<>(origineel.getAllowedMethods()));
            case 415 -> Problemen.response(status, title, "Deze body-indeling wordt hier niet aanvaard; stuur application/json", List.of());
            default -> Problemen.response(status, title, e.getMessage(), List.of());
        };
    }

    private static Response nietToegestaan(String title, Set<String> toegestaan) {
        String detail = "Deze methode is hier niet toegestaan" + (toegestaan.isEmpty() ? "" : "; toegestaan: " + String.join(", ", toegestaan));
        Response response = Problemen.response(405, title, detail, List.of());
        // keep the Allow header: it tells the client which methods do work on this path
        return toegestaan.isEmpty() ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, String.join(", ", toegestaan)).build();
    }
}
