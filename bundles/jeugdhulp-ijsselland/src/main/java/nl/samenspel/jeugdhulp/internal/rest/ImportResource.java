package nl.samenspel.jeugdhulp.internal.rest;

import javax.ws.rs.Path;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.jeugdhulp.internal.inlezen.Importdienst;
import nl.samenspel.jeugdhulp.internal.uitwisseling.JeugdhulpInvoermodule;
import nl.samenspel.module.Importresource;
import nl.samenspel.rest.JaxrsPoort;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Files into the youth-care module (CSV, iJw messages, ZIPs of them; docs/jeugdhulp.md) and its import log. */
@Component(service = ImportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
@Toegang(Bevoegdheid.INVOER)
@Path("jeugdhulp/imports")
public class ImportResource extends Importresource {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    @Activate
    public ImportResource(@Reference Importdienst dienst, @Reference Invoerlimieten limieten) {
        super(new JeugdhulpInvoermodule(dienst), dienst.logboek(), limieten);
    }
}
