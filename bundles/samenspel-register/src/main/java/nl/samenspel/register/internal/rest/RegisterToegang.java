package nl.samenspel.register.internal.rest;

import java.util.regex.Pattern;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;
import nl.samenspel.rest.ProblemException;

/** Shared lookups of the register endpoints, each failing with a problem that names the parameter. */
final class RegisterToegang {

    private static final Pattern REGIO_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private RegisterToegang() {
    }

    static Gemeente gemeente(Register register, String code) {
        if (!Gemeente.isGeldigeCode(code)) {
            throw ProblemException.ongeldig("code", "geen CBS-gemeentecode van 4 cijfers");
        }
        return register.gemeente(code).orElseThrow(() -> ProblemException.nietGevonden("code", "geen gemeente met code " + code));
    }

    static void regio(Register register, String id) {
        if (!REGIO_ID.matcher(id).matches()) {
            throw ProblemException.ongeldig("id", "geen regio-id (kebab-case)");
        }
        register.regio(id).orElseThrow(() -> ProblemException.nietGevonden("id", "geen regio met id " + id));
    }
}
