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

    ToegangReader(OpenAPI basis) {
        super(basis);
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
        // the declaring class, not the class swagger passes: that is not always the annotated resource
        beschrijf(operatie, Bevoegdheid.verklaard(methode, methode.getDeclaringClass()));
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
