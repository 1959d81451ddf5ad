package nl.samenspel.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.Set;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import org.junit.jupiter.api.Test;

/** The OpenAPI document names each operation's right, also of an operation a module's resource inherits from a shared one. */
class ToegangReaderTest {

    /** A shared resource: its methods carry no right; the module's subclass does. */
    public abstract static class Gedeeld {
        @GET
        public String lijst() {
            return "";
        }
    }

    @Toegang(Bevoegdheid.INVOER)
    @Path("module/imports")
    public static class Module extends Gedeeld {
    }

    @Path("zonder")
    public static class Zonder {
        @GET
        public String lijst() {
            return "";
        }
    }

    private static Operation get(OpenAPI api, String pad) {
        return api.getPaths().get(pad).getGet();
    }

    @Test
    void anInheritedOperationHasTheRightOfTheResourceThatInheritsIt() {
        OpenAPI api = new ToegangReader(new OpenAPI()).read(Set.of(Module.class, Zonder.class));
        assertThat(get(api, "/module/imports").getExtensions()).containsEntry(ToegangReader.BEVOEGDHEID, "INVOER");
        // deny by default: an operation that declares nothing is documented as for no one
        assertThat(get(api, "/zonder").getExtensions()).containsEntry(ToegangReader.BEVOEGDHEID, "geen: voor niemand");
    }
}
