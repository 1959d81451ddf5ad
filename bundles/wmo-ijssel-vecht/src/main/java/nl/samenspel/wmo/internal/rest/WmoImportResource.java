package nl.samenspel.wmo.internal.rest;

import javax.ws.rs.Path;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.module.Importresource;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.SamenspelApi;
import nl.samenspel.wmo.internal.inlezen.Importdienst;
import nl.samenspel.wmo.internal.uitwisseling.WmoInvoermodule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Files into the Wmo module (CSV, iWmo messages, ZIPs of them; docs/wmo.md) and its import log. */
@Component(service = WmoImportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.INVOER)
@Path("wmo/imports")
public class WmoImportResource extends Importresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort}. */
    @Reference
    private JaxrsPoort poort;

    @Activate
    public WmoImportResource(@Reference Importdienst dienst, @Reference Invoerlimieten limieten) {
        super(new WmoInvoermodule(dienst), dienst.logboek(), limieten);
    }
}
