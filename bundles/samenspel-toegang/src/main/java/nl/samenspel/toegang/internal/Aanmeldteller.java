package nl.samenspel.toegang.internal;

import java.io.IOException;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;

/**
 * The first login module of the realm {@code samenspel}, on every channel. It checks no password:
 * it refuses a locked user name or origin before the backend is asked (requisite), and learns the
 * outcome of the whole login from JAAS ({@code commit} on success, {@code abort} on failure) to
 * count failures. The origin is the {@link ClientPrincipal} that Karaf's SSH and JMX
 * authenticators, and the REST filter, put in the subject before logging in.
 */
public class Aanmeldteller implements LoginModule {

    /** Option carrying the {@link Aanmeldbewaking} instance (the realm puts the object itself in the options). */
    static final String BEWAKING = "samenspel.aanmeldbewaking";

    private Aanmeldbewaking bewaking;
    private Subject subject;
    private CallbackHandler handler;
    private String gebruiker;
    private String kanaal;
    private String herkomst;
    private boolean geblokkeerd;

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> gedeeld, Map<String, ?> opties) {
        this.subject = subject;
        this.handler = handler;
        this.bewaking = (Aanmeldbewaking) opties.get(BEWAKING);
    }

    @Override
    public boolean login() throws LoginException {
        gebruiker = naam();
        ClientPrincipal client = subject == null ? null
                : subject.getPrincipals(ClientPrincipal.class).stream().findFirst().orElse(null);
        kanaal = client == null ? "onbekend" : client.getMethod();
        herkomst = client == null ? "" : host(client.getAddress());
        if (bewaking != null && bewaking.geblokkeerd(gebruiker, herkomst).isPresent()) {
            geblokkeerd = true;
            bewaking.geweigerd(gebruiker, kanaal, herkomst);
            throw new AccountLockedException("te veel mislukte aanmeldingen; probeer het later opnieuw");
        }
        return false; // checks no credentials: ignored in the outcome
    }

    @Override
    public boolean commit() {
        if (bewaking != null) {
            bewaking.gelukt(gebruiker);
        }
        return false;
    }

    @Override
    public boolean abort() {
        if (bewaking != null && !geblokkeerd) {
            bewaking.mislukt(gebruiker, kanaal, herkomst);
        }
        return false;
    }

    @Override
    public boolean logout() {
        return false;
    }

    private String naam() throws LoginException {
        NameCallback naam = new NameCallback("gebruiker: ");
        try {
            handler.handle(new Callback[] {naam});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("gebruikersnaam niet te lezen: " + e.getMessage());
        }
        return naam.getName();
    }

    /** SSH gives {@code /127.0.0.1:54321}: lockout per origin counts the host, not each connection's port. */
    static String host(String adres) {
        if (adres == null) {
            return "";
        }
        String a = adres.startsWith("/") ? adres.substring(1) : adres;
        int dubbelepunt = a.lastIndexOf(':');
        if (dubbelepunt > 0 && a.indexOf(':') == dubbelepunt) { // IPv4 or name with a port
            return a.substring(0, dubbelepunt);
        }
        if (a.startsWith("[") && a.contains("]:")) { // [IPv6]:port
            return a.substring(1, a.indexOf("]:"));
        }
        return a;
    }
}
