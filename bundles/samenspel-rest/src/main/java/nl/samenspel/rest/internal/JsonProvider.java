package nl.samenspel.rest.internal;

import nl.samenspel.rest.JaxrsPoort;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;
import nl.samenspel.rest.JsonInvoer;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

/**
 * JSON for the Samenspel application (also problem+json: Jackson handles every {@code +json} type).
 * A body is read within the bounds on input: a Content-Length over {@code jsonBytes} is refused
 * before a byte is read, and a body without one stops at the bound while streaming; depth, array
 * length, string and number length are bounded by the parser ({@link JsonInvoer#fabriek}). Any of
 * these answers through {@link JsonFoutMapper}: 413 for the size, 400 for the rest.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
public class JsonProvider extends JacksonJsonProvider {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private final Invoerlimieten limieten;

    @Activate
    public JsonProvider(@Reference Invoerlimieten limieten) {
        super(Json.mapper(limieten));
        this.limieten = limieten;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        long max = limieten.jsonBytes();
        long aangekondigd = Invoerlimieten.aangekondigd(httpHeaders == null ? null : httpHeaders.getFirst(HttpHeaders.CONTENT_LENGTH));
        if (aangekondigd > max) {
            throw new Grensfout(JsonInvoer.teGroot(max, aangekondigd));
        }
        try {
            return super.readFrom(type, genericType, annotations, mediaType, httpHeaders, JsonInvoer.begrens(entityStream, limieten));
        } catch (IOException | RuntimeException e) {
            // a bound hit inside Jackson arrives as itself or wrapped with the path: as an IOException
            // it takes the same way to the mappers as any unreadable JSON (a RuntimeException would reach them as a CXF Fault)
            Optional<Limietoverschrijding> limiet = JsonInvoer.overschrijding(e, limieten);
            if (limiet.isPresent() && !(e instanceof JsonProcessingException)) {
                throw new Grensfout(limiet.get());
            }
            throw e;
        }
    }

    /** A bound hit while reading the body, as the {@link JsonProcessingException} the JSON mapper answers. */
    static final class Grensfout extends JsonProcessingException {

        private static final long serialVersionUID = 1L;

        Grensfout(Limietoverschrijding limiet) {
            super(limiet.getMessage(), (JsonLocation) null, limiet);
        }
    }
}
