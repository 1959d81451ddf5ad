package nl.samenspel.rest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.rest.JsonInvoer;

/**
 * The JSON mapping of the API: ISO dates, amounts as integer eurocents, strict on unknown fields,
 * and every read held to the bounds on input ({@link JsonInvoer#fabriek}).
 */
final class Json {

    private Json() {
    }

    /** With the default bounds: for tests and for writing. */
    static ObjectMapper mapper() {
        return mapper(Invoerlimieten.standaard());
    }

    static ObjectMapper mapper(Invoerlimieten limieten) {
        SimpleModule geld = new SimpleModule("samenspel-geld");
        geld.addSerializer(Bedrag.class, new BedragSerializer());
        geld.addDeserializer(Bedrag.class, new BedragDeserializer());
        return new ObjectMapper(JsonInvoer.fabriek(limieten))
                .registerModule(new JavaTimeModule())
                .registerModule(geld)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // a float where an amount in cents is expected must be an error, never a silent truncation
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // decimals (weights, fractions) are read exactly, never through a double
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
