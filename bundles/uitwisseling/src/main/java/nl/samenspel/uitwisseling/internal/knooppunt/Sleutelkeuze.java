package nl.samenspel.uitwisseling.internal.knooppunt;

import java.net.Socket;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.security.auth.x500.X500Principal;

/**
 * The JDK's choice of this node's certificate, remembered. The hub names the CAs it trusts; when
 * this node's certificate is of none of them, the JDK silently sends no certificate and the hub
 * just closes the connection. Remembering the hub's list turns that into "the hub does not
 * trust our CA".
 */
final class Sleutelkeuze extends Jdksleutels {

    /** One choice: when ({@link System#nanoTime()}), which CAs the hub asked for, and the alias taken (null: none fitted). */
    record Keuze(long tijd, List<String> gevraagd, String alias) {
    }

    private volatile Keuze laatste;

    Sleutelkeuze(X509ExtendedKeyManager jdk) {
        super(jdk);
    }

    /** The last choice, made at or after {@code sinds}; null when there was none since. */
    Keuze sinds(long sinds) {
        Keuze keuze = laatste;
        return keuze != null && keuze.tijd() - sinds >= 0 ? keuze : null;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        return onthoud(issuers, jdk.chooseEngineClientAlias(keyType, issuers, engine));
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return onthoud(issuers, jdk.chooseClientAlias(keyType, issuers, socket));
    }

    private String onthoud(Principal[] issuers, String alias) {
        List<String> gevraagd = issuers == null ? List.of() : Arrays.stream(issuers)
                .map(p -> p instanceof X500Principal naam ? Certificaten.naam(naam) : p.getName()).toList();
        laatste = new Keuze(System.nanoTime(), gevraagd, alias);
        return alias;
    }
}
