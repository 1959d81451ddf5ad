package nl.samenspel.beschermdwonen.internal.uitwisseling;

import nl.samenspel.beschermdwonen.internal.inlezen.Importdienst;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.invoer.Invoermodule;
import nl.samenspel.module.Soortinvoermodule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Protected housing's files for the exchange: a node's inbox and the hub's receipt read them through the module's import. */
@Component(service = Invoermodule.class)
public class BwInvoermodule extends Soortinvoermodule<Bwsoort> {

    @Activate
    public BwInvoermodule(@Reference Importdienst importdienst) {
        super(importdienst);
    }
}
