package nl.samenspel.rest.internal;

import java.util.List;
import java.util.UUID;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure: a 500 whose body carries only a reference; the details go
 * to the log under that reference, so nothing internal leaks to the client.
 * Only an {@link Exception}: an {@link Error} (out of memory, a stack overflow) leaves the JVM in
 * a state no answer can repair, so it is not turned into a 500 as if the request alone had failed;
 * it goes on to the container, and the distribution stops the process on running out of memory.
 */
class OnverwachteFoutMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(OnverwachteFoutMapper.class);

    @Override
    public Response toResponse(Exception e) {
        String kenmerk = UUID.randomUUID().toString();
        LOG.error("Onverwachte fout, kenmerk {}", kenmerk, e);
        return Problemen.response(500, "Interne fout", "Er ging iets mis aan de kant van de server; kenmerk " + kenmerk
                + " staat in het log", List.of());
    }
}
