package nl.samenspel.toegang.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * A login through a JAAS realm, as the console's SSH login does: the same realm, so the same
 * users, roles, lockout and audit of failures. The origin goes into the subject as a
 * {@link ClientPrincipal} before the login, where the realm's {@link Aanmeldteller} reads it.
 */
final class JaasInloggen implements Inloggen {

    static final String KANAAL = "rest";

    private final String realm;

    JaasInloggen(String realm) {
        this.realm = realm;
    }

    @Override
    public Optional<Aanmelding> inloggen(String gebruiker, char[] wachtwoord, String herkomst) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal(KANAAL, herkomst));
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (Callback c : callbacks) {
                    if (c instanceof NameCallback n) {
                        n.setName(gebruiker);
                    } else if (c instanceof PasswordCallback p) {
                        p.setPassword(wachtwoord);
                    } else {
                        throw new UnsupportedCallbackException(c);
                    }
                }
            });
            context.login();
        } catch (LoginException e) {
            return Optional.empty();
        }
        String naam = subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst().orElse(gebruiker);
        Set<String> rollen = subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName).collect(Collectors.toSet());
        return Optional.of(new Aanmelding(naam, rollen));
    }
}
