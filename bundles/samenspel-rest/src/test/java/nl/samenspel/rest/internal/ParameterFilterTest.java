package nl.samenspel.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import nl.samenspel.rest.Problem;
import org.junit.jupiter.api.Test;

/** Unknown query parameters, against resource methods shaped like the project's. */
class ParameterFilterTest {

    public static class Filter {
        @QueryParam("pagina")
        String pagina;
    }

    public interface Api {
        @GET
        Object metInterface(@QueryParam("peildatum") String peildatum);
    }

    public static class Bron implements Api {
        @QueryParam("format")
        String veldFormat;

        @GET
        public Object monitoring(@QueryParam("jaar") String jaar, @QueryParam("gemeente") String gemeente) {
            return null;
        }

        @GET
        public Object zonder(@PathParam("id") String id) {
            return null;
        }

        @GET
        public Object bonen(@BeanParam Filter filter, @QueryParam("aantal") String aantal) {
            return null;
        }

        @Override
        public Object metInterface(String peildatum) {
            return null;
        }
    }

    public static class Kaal {
        @GET
        public Object niets() {
            return null;
        }
    }

    private Response filter(Class<?> klasse, String methode, String query) throws Exception {
        Method m = java.util.Arrays.stream(klasse.getMethods()).filter(x -> x.getName().equals(methode)).findFirst().orElseThrow();
        ResourceInfo info = new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return m;
            }

            @Override
            public Class<?> getResourceClass() {
                return klasse;
            }
        };
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
        for (String paar : query.isEmpty() ? new String[0] : query.split("&")) {
            String[] delen = paar.split("=", 2);
            parameters.add(delen[0], delen.length > 1 ? delen[1] : "");
        }
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class}, (p, mm, args) ->
                mm.getName().equals("getQueryParameters") ? parameters : null);
        AtomicReference<Response> afgebroken = new AtomicReference<>();
        ContainerRequestContext context = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (p, mm, args) -> switch (mm.getName()) {
                    case "getUriInfo" -> uri;
                    case "abortWith" -> {
                        afgebroken.set((Response) args[0]);
                        yield null;
                    }
                    default -> null;
                });
        new ParameterFilter(info).filter(context);
        return afgebroken.get();
    }

    @Test
    void knownParametersPass() throws Exception {
        assertThat(filter(Bron.class, "monitoring", "jaar=2016&gemeente=0150")).isNull();
        assertThat(filter(Bron.class, "monitoring", "")).isNull();
        assertThat(filter(Bron.class, "bonen", "pagina=2&aantal=10&format=csv")).isNull();
        assertThat(filter(Bron.class, "metInterface", "peildatum=2016-06-01")).isNull();
        assertThat(filter(Kaal.class, "niets", "")).isNull();
    }

    @Test
    void anUnknownParameterIs400NamingItAndTheKnownOnes() throws Exception {
        Response r = filter(Bron.class, "monitoring", "jar=2016&gemeente=0150");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
        Problem p = (Problem) r.getEntity();
        assertThat(p.title()).isEqualTo("Onbekende parameter");
        assertThat(p.invalidParams()).containsExactly(new Problem.InvalidParam("jar", "onbekende queryparameter; bekend: format, gemeente, jaar"));
        assertThat(p.detail()).isEqualTo("onbekende queryparameter jar; bekend: format, gemeente, jaar");
    }

    @Test
    void anOperationWithoutParametersSaysSo() throws Exception {
        Problem p = (Problem) filter(Kaal.class, "niets", "x=1&y=2").getEntity();
        assertThat(p.invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("x", "y");
        assertThat(p.invalidParams().get(0).reason()).isEqualTo("deze bewerking kent geen queryparameters");
        assertThat(filter(Bron.class, "zonder", "id=3")).isNotNull();
    }

    @Test
    void neitherAValueNorANameThatCouldBeOneIsRepeated() throws Exception {
        Problem p = (Problem) filter(Bron.class, "monitoring", "123456782=Jan&bsn=123456782").getEntity();
        assertThat(p.invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("(naam weggelaten)", "bsn");
        assertThat(p.toString()).doesNotContain("123456782").doesNotContain("Jan");
    }

    @Test
    void knownNamesComeFromMethodBeanParamsAndClass() throws Exception {
        Method bonen = Bron.class.getMethod("bonen", Filter.class, String.class);
        assertThat(ParameterFilter.bekendeNamen(bonen, Bron.class)).containsExactlyInAnyOrder("pagina", "aantal", "format");
    }
}
