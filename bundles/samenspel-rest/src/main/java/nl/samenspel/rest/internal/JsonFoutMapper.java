package nl.samenspel.rest.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/** Malformed JSON, or JSON of the wrong shape, is a 400 that says where. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
public class JsonFoutMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        String waar = plaats(e.getLocation());
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String veld = pad(mapping.getPath());
            return Problemen.response(400, "Ongeldige JSON", "veld " + veld + waar + ": " + e.getOriginalMessage(),
                    List.of(new Problem.InvalidParam(veld, e.getOriginalMessage())));
        }
        return Problemen.response(400, "Ongeldige JSON", "de body is geen geldige JSON" + waar + ": " + e.getOriginalMessage(), List.of());
    }

    private static String plaats(JsonLocation locatie) {
        return locatie == null || locatie.getLineNr() < 0 ? "" : " (regel " + locatie.getLineNr() + ", kolom " + locatie.getColumnNr() + ")";
    }

    static String pad(List<JsonMappingException.Reference> referenties) {
        return referenties.stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
