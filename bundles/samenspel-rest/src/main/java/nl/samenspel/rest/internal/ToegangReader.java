package nl.samenspel.rest.internal;

import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Rol;

/**
 * swagger-core's reader, which also writes each operation's right into the document: the
 * {@code security} it needs (none for public operations, Basic or a bearer token with the roles
 * of the table otherwise) and {@code x-samenspel-bevoegdheid}, so a client, and the test that
 * walks every operation, read who may do what from the running installation itself.
 */
final class ToegangReader extends Reader {

    static final String BEVOEGDHEID = "x-samenspel-bevoegdheid";
    static final String ROLLEN = "x-samenspel-rollen";
    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    /** The root resource class being read (swagger reads one at a time, on the caller's thread). */
    private Class<?> resource;

    ToegangReader(OpenAPI basis) {
        super(basis);
    }

    @Override
    public OpenAPI read(Class<?> cls, String parentPath, String parentMethod, boolean isSubresource, RequestBody parentRequestBody,
                        ApiResponses parentResponses, Set<String> parentTags, List<Parameter> parentParameters, Set<Class<?>> scannedResources) {
        Class<?> vorige = resource;
        if (!isSubresource) {
            resource = cls;
        }
        try {
            return super.read(cls, parentPath, parentMethod, isSubresource, parentRequestBody, parentResponses, parentTags, parentParameters,
                    scannedResources);
        } finally {
            resource = vorige;
        }
    }

    @Override
    protected Operation parseMethod(Class<?> klasse, Method methode, List<Parameter> globalParameters, Produces classProduces,
                                    Produces methodProduces, Consumes classConsumes, Consumes methodConsumes,
                                    List<SecurityRequirement> classSecurityRequirements, Optional<ExternalDocumentation> classExternalDocs,
                                    Set<String> classTags, List<Server> classServers, boolean isSubresource, RequestBody parentRequestBody,
                                    ApiResponses parentResponses, JsonView jsonViewAnnotation, ApiResponse[] classResponses,
                                    AnnotatedMethod annotatedMethod) {
        Operation operatie = super.parseMethod(klasse, methode, globalParameters, classProduces, methodProduces, classConsumes, methodConsumes,
                classSecurityRequirements, classExternalDocs, classTags, classServers, isSubresource, parentRequestBody, parentResponses,
                jsonViewAnnotation, classResponses, annotatedMethod);
        // the resource being read when it inherits the method (a module's subclass of a shared resource carries the
        // right), otherwise the declaring class; not the class swagger passes, which is not always the resource
        Class<?> gelezen = resource;
        Class<?> bron = gelezen != null && methode.getDeclaringClass().isAssignableFrom(gelezen) ? gelezen : methode.getDeclaringClass();
        beschrijf(operatie, Bevoegdheid.verklaard(methode, bron));
        return operatie;
    }

    static void beschrijf(Operation operatie, Bevoegdheid bevoegdheid) {
        if (bevoegdheid == null) {
            operatie.addExtension(BEVOEGDHEID, "geen: voor niemand");
            return;
        }
        operatie.addExtension(BEVOEGDHEID, bevoegdheid.name());
        switch (bevoegdheid.soort()) {
            case OPENBAAR -> operatie.setSecurity(List.of(new SecurityRequirement()));
            case CERTIFICAAT -> operatie.setSecurity(List.of());
            case ROLLEN -> {
                List<String> rollen = bevoegdheid.rollen().stream().map(Rol::naam).toList();
                operatie.addExtension(ROLLEN, rollen);
                operatie.setSecurity(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER, rollen)));
            }
        }
    }
}
