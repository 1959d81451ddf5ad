package nl.samenspel.uitwisseling.internal.hub;

import javax.servlet.http.HttpServletRequest;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.rest.Registerresource;

/**
 * What the hub's endpoints for its nodes share: they answer a node only after knowing which
 * gemeente it is, by its TLS certificate in the active register ({@link Afzenders}).
 */
abstract class HubResource extends Registerresource {

    HubResource(RegisterService registerService) {
        super(registerService);
    }

    /** The asking node's gemeente; 503 while no valid register is loaded, else as {@link Afzenders#gemeente}. */
    Gemeente afzender(HttpServletRequest verzoek) {
        return Afzenders.gemeente(verzoek, register());
    }
}
