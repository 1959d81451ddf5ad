package nl.samenspel.uitwisseling.internal.knooppunt;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
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
final class Sleutelkeuze extends X509ExtendedKeyManager {

    /** One choice: when ({@link System#nanoTime()}), which CAs the hub asked for, and the alias taken (null: none fitted). */
    record Keuze(long tijd, List<String> gevraagd, String alias) {
    }

    private final X509ExtendedKeyManager jdk;
    private volatile Keuze laatste;

    Sleutelkeuze(X509ExtendedKeyManager jdk) {
        this.jdk = jdk;
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

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return jdk.getClientAliases(keyType, issuers);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return jdk.getServerAliases(keyType, issuers);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return jdk.chooseServerAlias(keyType, issuers, socket);
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return jdk.chooseEngineServerAlias(keyType, issuers, engine);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return jdk.getCertificateChain(alias);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return jdk.getPrivateKey(alias);
    }
}
