package nl.samenspel.rest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import nl.samenspel.api.geld.Bedrag;

/** Reads an amount as an integer number of eurocents; anything else (a fraction, a string) is refused. */
final class BedragDeserializer extends StdDeserializer<Bedrag> {

    private static final long serialVersionUID = 1L;

    BedragDeserializer() {
        super(Bedrag.class);
    }

    @Override
    public Bedrag deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return (Bedrag) ctxt.handleUnexpectedToken(Bedrag.class, p.currentToken(), p,
                    "een bedrag is een geheel aantal eurocent, bijvoorbeeld 123456 voor € 1.234,56");
        }
        return Bedrag.eurocent(p.getLongValue());
    }
}
