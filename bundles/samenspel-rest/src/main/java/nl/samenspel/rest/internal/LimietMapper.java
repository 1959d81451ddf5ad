package nl.samenspel.rest.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import nl.samenspel.api.invoer.Limietoverschrijding;

/**
 * Input over a bound of {@code nl.samenspel.invoer}, wherever a resource found it: 413 for a size
 * bound (upload, JSON body, inflated ZIP), 400 for a bound on shape, naming the bound
 * ({@link Problemen#limiet}).
 */
class LimietMapper implements ExceptionMapper<Limietoverschrijding> {

    @Override
    public Response toResponse(Limietoverschrijding e) {
        return Problemen.limiet(e);
    }
}
