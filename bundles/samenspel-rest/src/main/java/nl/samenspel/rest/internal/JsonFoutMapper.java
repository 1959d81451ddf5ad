package nl.samenspel.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;
import nl.samenspel.rest.JsonInvoer;
import nl.samenspel.rest.Problem;

/**
 * JSON that could not be read. Over a bound (Jackson's {@code StreamConstraintsException}, which
 * is a {@link JsonProcessingException}, or the body's size): the bound's answer
 * ({@link Problemen#limiet}). Otherwise 400 saying where, by line, column and field path, and what
 * was expected; never the value, since Jackson's own messages quote it.
 */
class JsonFoutMapper implements ExceptionMapper<JsonProcessingException> {

    static final String TITEL = "Ongeldige JSON";
    /** The invalid parameter of an error that is in no field: the body as a whole. */
    static final String BODY = "body";

    private final Invoerlimieten limieten;

    JsonFoutMapper(Invoerlimieten limieten) {
        this.limieten = limieten;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
        Optional<Limietoverschrijding> limiet = JsonInvoer.overschrijding(e, limieten);
        if (limiet.isPresent()) {
            return Problemen.limiet(limiet.get());
        }
        String reden = JsonInvoer.beschrijving(e);
        String veld = JsonInvoer.veldpad(e);
        if (veld.isEmpty()) {
            return Problemen.response(400, TITEL, "de body is niet te lezen: " + reden, List.of(new Problem.InvalidParam(BODY, reden)));
        }
        return Problemen.response(400, TITEL, "veld " + veld + ": " + reden, List.of(new Problem.InvalidParam(veld, reden)));
    }
}
