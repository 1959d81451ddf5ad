package nl.samenspel.dashboard.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The dashboard's pages and assets, from this bundle's {@code /web} folder, under {@code /dashboard/}.
 * The pages are static: every figure they show comes from {@code /api/v1} in the browser, with the
 * user's session, so there is no second path to the data and no right that the API does not check.
 */
@Component(service = Paginabron.class)
@HttpWhiteboardResource(pattern = Paginabron.PATROON, prefix = "/web")
public class Paginabron {

    static final String PAD = "/dashboard";
    static final String PATROON = PAD + "/*";
    static final String STARTPAGINA = PAD + "/index.html";
}
