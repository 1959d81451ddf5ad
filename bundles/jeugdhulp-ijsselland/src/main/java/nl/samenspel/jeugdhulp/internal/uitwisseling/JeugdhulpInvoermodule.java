package nl.samenspel.jeugdhulp.internal.uitwisseling;

import nl.samenspel.invoer.Invoermodule;
import nl.samenspel.jeugdhulp.internal.inlezen.Importdienst;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.module.Soortinvoermodule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Youth care's files for the exchange: a node's inbox and the hub's receipt read them through the module's import. */
@Component(service = Invoermodule.class)
public class JeugdhulpInvoermodule extends Soortinvoermodule<Importsoort> {

    @Activate
    public JeugdhulpInvoermodule(@Reference Importdienst importdienst) {
        super(importdienst);
    }
}
