package nl.samenspel.api.audit;

import java.security.AccessController;
import java.security.Principal;
import javax.security.auth.Subject;

/**
 * Who runs a console command: the user the console's login put in the current
 * {@link Subject} (Karaf runs every command inside {@code Subject.doAs}). Read by the principal's
 * class name, so this API bundle needs no Karaf import.
 */
public final class Consoleactor {

    private Consoleactor() {
    }

    /** The user name, or {@code console} when no login is known (the local console of {@code bin/karaf}). */
    @SuppressWarnings("removal") // the way Karaf's shell hands commands their subject on Java 17
    public static String naam() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return "console";
        }
        return subject.getPrincipals().stream().filter(p -> p.getClass().getSimpleName().equals("UserPrincipal"))
                .map(Principal::getName).findFirst().orElse("console");
    }
}
