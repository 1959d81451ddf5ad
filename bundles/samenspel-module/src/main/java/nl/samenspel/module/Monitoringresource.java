package nl.samenspel.module;

import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;

/**
 * What a module's monitoring over REST stands on, the same in every module: the register in force
 * (none loaded: 503, never figures against no register) and the module's region. A module's
 * resource extends it as a DS component and keeps its own wiring, path, access right and overviews;
 * its equalization inputs are {@link Vereveningsinvoer}'s answer.
 */
public abstract class Monitoringresource {

    private final RegisterService registerService;
    private final String regio;

    protected Monitoringresource(RegisterService registerService, String regio) {
        this.registerService = registerService;
        this.regio = regio;
    }

    /** @throws nl.samenspel.rest.ProblemException 503 when no valid register is loaded */
    protected Register register() {
        return registerService.actueel().orElseThrow(nl.samenspel.rest.ProblemException::geenRegister);
    }

    protected RegisterService registerService() {
        return registerService;
    }

    protected String regio() {
        return regio;
    }

}
