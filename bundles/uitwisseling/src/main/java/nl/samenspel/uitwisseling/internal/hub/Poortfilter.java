package nl.samenspel.uitwisseling.internal.hub;

import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;
import javax.ws.rs.ext.Provider;
import javax.ws.rs.core.Response;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * The hub's two-way TLS port serves the exchange only. A node's certificate proves a gemeente,
 * and only the exchange's endpoints check which records and statements belong to it; the rest of
 * the API (imports for any gemeente, every member's statement, making a run final) is for the
 * hub's own operators on its internal port.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = HubUitwisselingConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Provider
@PreMatching
public class Poortfilter implements ContainerRequestFilter {

    @Context
    private HttpServletRequest verzoek;

    @Override
    public void filter(ContainerRequestContext context) {
        if (verzoek != null && verzoek.isSecure() && !context.getUriInfo().getPath().replaceFirst("^/", "").startsWith("uitwisseling/")) {
            context.abortWith(Response.status(403).type("application/problem+json").entity(new Problem("about:blank",
                    "Alleen de uitwisseling", 403, "de poort met tweezijdig TLS is alleen voor " + SamenspelApi.BASE_PATH
                    + "/uitwisseling/...; de rest van de API is er niet", null, List.of())).build());
        }
    }
}
