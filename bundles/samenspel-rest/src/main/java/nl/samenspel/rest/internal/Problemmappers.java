package nl.samenspel.rest.internal;

import java.util.List;
import javax.ws.rs.core.Feature;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.ext.ExceptionMapper;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Every error of the API as problem+json: one whiteboard extension that registers all exception
 * mappers of the application, so they come (and go) together and none can be left out of the
 * whiteboard on its own. CXF picks the mapper of the nearest exception type, as it does for mappers
 * registered one by one: a {@link nl.samenspel.rest.ProblemException} or a bound goes to its own
 * mapper, anything else unforeseen to {@link OnverwachteFoutMapper}.
 */
@Component(service = Feature.class)
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
public class Problemmappers implements Feature {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    /** Built once per activation: the JSON mapper needs the bounds on input of that moment. */
    private final List<ExceptionMapper<?>> mappers;

    @Activate
    public Problemmappers(@Reference Invoerlimieten limieten) {
        mappers = List.of(new ProblemExceptionMapper(), new LimietMapper(), new JsonFoutMapper(limieten),
                new WebApplicationExceptionMapper(), new OnverwachteFoutMapper());
    }

    @Override
    public boolean configure(FeatureContext context) {
        mappers.forEach(context::register);
        return true;
    }
}
