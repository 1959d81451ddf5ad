package nl.samenspel.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import java.util.List;
import javax.ws.rs.NotFoundException;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;
import nl.samenspel.rest.ProblemException;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxrs.provider.ServerProviderFactory;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;

/** The one extension as CXF applies it: each kind of failure still reaches its own mapper, the nearest by type. */
class ProblemmappersTest {

    private final ServerProviderFactory providers = ServerProviderFactory.createInstance(BusFactory.getDefaultBus());
    private final Message bericht = bericht();

    ProblemmappersTest() {
        providers.setUserProviders(List.of(new Problemmappers(Invoerlimieten.standaard())));
    }

    private static Message bericht() {
        Message m = new MessageImpl();
        m.setExchange(new ExchangeImpl());
        return m;
    }

    @Test
    void everyFailureFindsItsMapper() {
        assertThat(providers.createExceptionMapper(ProblemException.class, bericht)).isInstanceOf(ProblemExceptionMapper.class);
        assertThat(providers.createExceptionMapper(Limietoverschrijding.class, bericht)).isInstanceOf(LimietMapper.class);
        assertThat(providers.createExceptionMapper(JsonParseException.class, bericht)).isInstanceOf(JsonFoutMapper.class);
        assertThat(providers.createExceptionMapper(NotFoundException.class, bericht)).isInstanceOf(WebApplicationExceptionMapper.class);
        assertThat(providers.createExceptionMapper(IllegalStateException.class, bericht)).isInstanceOf(OnverwachteFoutMapper.class);
    }
}
