package nl.samenspel.rest.internal;

import org.osgi.service.component.annotations.Reference;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenAPI 3 of whatever the installed modules publish right now, generated from
 * their JAX-RS annotations by swagger-core. Resources come and go with their
 * features, so the document is built per request from the live resource services
 * (cheap: a few dozen classes).
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.OPENBAAR)
@Path("openapi.json")
@Hidden
public class OpenApiResource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    private ServiceTracker<Object, ServiceReference<Object>> resources;

    @Activate
    void activate(BundleContext context) throws InvalidSyntaxException {
        // track references only: getting the services would instantiate them (this resource included: a cycle)
        resources = new ServiceTracker<>(context, context.createFilter("(osgi.jaxrs.resource=true)"), null) {
            @Override
            public ServiceReference<Object> addingService(ServiceReference<Object> reference) {
                return reference;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, ServiceReference<Object> service) {
                // nothing was got, nothing to unget
            }
        };
        resources.open(true);
    }

    @Deactivate
    void deactivate() {
        resources.close();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String openapi() {
        OpenAPI basis = new OpenAPI()
                .info(new Info().title("Samenspel API").version(SamenspelApi.API_VERSION)
                        .description("Regionaal register, modules en uitwisseling van Samenspel. "
                                + "Bedragen in eurocent, datums ISO 8601, fouten als application/problem+json."))
                .servers(List.of(new Server().url(SamenspelApi.BASE_PATH)))
                .components(new Components()
                        .addSecuritySchemes(ToegangReader.BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Gebruiker en wachtwoord uit de realm samenspel (bestand of Active Directory)"))
                        .addSecuritySchemes(ToegangReader.BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("Toegangstoken van de geconfigureerde uitgever; rollen uit de rollenclaim")));
        return Json.pretty(new ToegangReader(basis).read(resourceKlassen()));
    }

    /**
     * The classes of the application's resources. Convention (docs/architecture.md): a
     * resource is a DS component registered under its own class, so the first
     * {@code objectClass} is the annotated resource class.
     */
    private Set<Class<?>> resourceKlassen() {
        ServiceReference<Object>[] refs = resources.getServiceReferences();
        Set<Class<?>> klassen = new TreeSet<>(Comparator.comparing(Class::getName));
        for (ServiceReference<Object> ref : refs == null ? new ServiceReference[0] : refs) {
            Bundle bundle = ref.getBundle();
            if (bundle == null || !SamenspelApi.APPLICATION_SELECT.equals(ref.getProperty("osgi.jaxrs.application.select"))) {
                continue;
            }
            String naam = ((String[]) ref.getProperty(Constants.OBJECTCLASS))[0];
            try {
                Class<?> klasse = bundle.loadClass(naam);
                if (klasse.isAnnotationPresent(Path.class)) {
                    klassen.add(klasse);
                }
            } catch (ClassNotFoundException e) {
                LOG.warn("Resourceklasse {} van {} niet te laden; ontbreekt in openapi.json", naam, bundle.getSymbolicName());
            }
        }
        return klassen;
    }
}
