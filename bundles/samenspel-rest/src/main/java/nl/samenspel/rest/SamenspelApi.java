package nl.samenspel.rest;

/** Constants a module's JAX-RS resources use to join the Samenspel API. */
public final class SamenspelApi {

    /** The JAX-RS whiteboard name of the application. */
    public static final String APPLICATION_NAME = "samenspel";

    /** Filter for {@code osgi.jaxrs.application.select} / {@code @JaxrsApplicationSelect}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /** Base path; the major version is in the path, per the NL API Design Rules. */
    public static final String BASE_PATH = "/api/v1";

    /** Full version sent in the {@code API-Version} header of every response. */
    public static final String API_VERSION = "1.0.0";

    public static final String PROBLEM_JSON = "application/problem+json";

    private SamenspelApi() {
    }
}
