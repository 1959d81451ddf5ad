package nl.samenspel.itests;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs a Karaf console command inside the container and returns what it printed. */
final class Shell {

    private Shell() {
    }

    /** As the user {@code alles} (every role), as the console's login would: the command ACLs apply. */
    static String uitvoeren(SessionFactory sessionFactory, String commando) throws Exception {
        return uitvoeren(sessionFactory, commando, "alles", Gebruikers.ROLLEN.get("alles").split(","));
    }

    /** As a given user with given roles: Karaf runs every console command inside the login's subject. */
    static String uitvoeren(SessionFactory sessionFactory, String commando, String gebruiker, String... rollen) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(gebruiker));
        for (String rol : rollen) {
            subject.getPrincipals().add(new RolePrincipal(rol));
        }
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(uit, true, StandardCharsets.UTF_8)) {
            Session sessie = sessionFactory.create(InputStream.nullInputStream(), ps, ps);
            try {
                Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> sessie.execute(commando));
            } catch (PrivilegedActionException e) {
                throw e.getException();
            } finally {
                sessie.close();
            }
        }
        return uit.toString(StandardCharsets.UTF_8);
    }
}
