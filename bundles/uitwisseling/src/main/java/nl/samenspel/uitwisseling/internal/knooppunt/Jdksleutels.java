package nl.samenspel.uitwisseling.internal.knooppunt;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A key manager that leaves every choice to the JDK's: a subclass overrides only the choice it
 * watches or makes otherwise (the node's remembered choice of its certificate, a test's
 * certificate shown whatever the hub asks for), the rest passes through unchanged.
 */
public abstract class Jdksleutels extends X509ExtendedKeyManager {

    /** The JDK's key manager over the key store: the one that chooses. */
    protected final X509ExtendedKeyManager jdk;

    protected Jdksleutels(X509ExtendedKeyManager jdk) {
        this.jdk = jdk;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        return jdk.chooseEngineClientAlias(keyType, issuers, engine);
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return jdk.chooseClientAlias(keyType, issuers, socket);
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
