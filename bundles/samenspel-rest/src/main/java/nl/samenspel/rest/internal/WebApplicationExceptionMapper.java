package nl.samenspel.rest.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * The framework's own errors (unknown path, wrong method, unsupported media
 * type, ...) as problem+json instead of CXF's empty or HTML bodies.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response origineel = e.getResponse();
        int status = origineel.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        Response response = Problemen.response(status, title, detail(e, origineel), List.of());
        if (e instanceof NotAllowedException) {
            // keep the Allow header: it tells the client which methods do work on this path
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, String.join(", ", toegestaan(origineel))).build();
        }
        return response;
    }

    private static String detail(WebApplicationException e, Response origineel) {
        if (e instanceof NotFoundException) {
            return "Op dit pad is geen resource; zie " + SamenspelApi.BASE_PATH + "/openapi.json voor alle paden";
        }
        if (e instanceof NotAllowedException) {
            return "Deze methode is hier niet toegestaan; toegestaan: " + String.join(", ", toegestaan(origineel));
        }
        return e.getMessage();
    }

    private static Set<String> toegestaan(Response origineel) {
        return new TreeSet<>(origineel.getAllowedMethods());
    }
}
