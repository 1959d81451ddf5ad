package nl.samenspel.rest.internal;

import org.osgi.service.component.annotations.Reference;
import nl.samenspel.rest.JaxrsPoort;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import nl.samenspel.api.invoer.Limietoverschrijding;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Input over a bound of {@code nl.samenspel.invoer}, wherever a resource found it: 413 for a size
 * bound (upload, JSON body, inflated ZIP), 400 for a bound on shape, naming the bound
 * ({@link Problemen#limiet}).
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
public class LimietMapper implements ExceptionMapper<Limietoverschrijding> {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    @Override
    public Response toResponse(Limietoverschrijding e) {
        return Problemen.limiet(e);
    }
}
