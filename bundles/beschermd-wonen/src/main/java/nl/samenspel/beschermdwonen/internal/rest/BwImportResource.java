package nl.samenspel.beschermdwonen.internal.rest;

import javax.ws.rs.Path;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.beschermdwonen.internal.inlezen.Importdienst;
import nl.samenspel.beschermdwonen.internal.uitwisseling.BwInvoermodule;
import nl.samenspel.module.Importresource;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** CSV files into the protected-housing module (voorzieningen, aanmeldingen, plaatsingen; docs/beschermd-wonen.md) and its import log. */
@Component(service = BwImportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.INVOER)
@Path("beschermd-wonen/imports")
public class BwImportResource extends Importresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    @Activate
    public BwImportResource(@Reference Importdienst dienst, @Reference Invoerlimieten limieten) {
        super(new BwInvoermodule(dienst), dienst.logboek(), limieten);
    }
}
