package nl.samenspel.rest;

import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;

/**
 * A resource that answers from the register: it holds the {@link RegisterService} its
 * {@code @Activate} constructor was given and reads the active register through
 * {@link #register()}, which answers 503 while no valid register is loaded, the same on every
 * endpoint.
 */
public abstract class Registerresource {

    protected final RegisterService registerService;

    protected Registerresource(RegisterService registerService) {
        this.registerService = registerService;
    }

    /** @throws ProblemException 503 while no valid register is loaded ({@link ProblemException#geenRegister}) */
    protected Register register() {
        return registerService.actueel().orElseThrow(ProblemException::geenRegister);
    }
}
