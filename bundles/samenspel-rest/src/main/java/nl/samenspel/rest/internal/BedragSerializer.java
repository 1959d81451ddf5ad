package nl.samenspel.rest.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import nl.samenspel.api.geld.Bedrag;

/** An amount is written as its integer number of eurocents, as the message standards do. */
final class BedragSerializer extends StdSerializer<Bedrag> {

    private static final long serialVersionUID = 1L;

    BedragSerializer() {
        super(Bedrag.class);
    }

    @Override
    public void serialize(Bedrag bedrag, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(bedrag.eurocent());
    }
}
