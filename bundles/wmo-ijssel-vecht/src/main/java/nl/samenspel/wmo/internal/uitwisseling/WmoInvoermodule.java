package nl.samenspel.wmo.internal.uitwisseling;

import nl.samenspel.invoer.Invoermodule;
import nl.samenspel.module.Soortinvoermodule;
import nl.samenspel.wmo.internal.inlezen.Importdienst;
import nl.samenspel.wmo.internal.invoer.Wmosoort;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Wmo module's files for the exchange: a node's inbox and the hub's receipt read them through the module's import. */
@Component(service = Invoermodule.class)
public class WmoInvoermodule extends Soortinvoermodule<Wmosoort> {

    @Activate
    public WmoInvoermodule(@Reference Importdienst importdienst) {
        super(importdienst);
    }
}
