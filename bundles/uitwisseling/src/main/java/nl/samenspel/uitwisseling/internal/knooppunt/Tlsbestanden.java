package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The node's two PKCS12 files (its key with certificate; the CA it trusts for the hub) and their
 * password. {@link #laad()} reads them into a {@link Tlsinrichting}; {@link #stempel()} is a
 * fingerprint of their content, so that a renewed store is noticed and taken without a restart.
 */
public final class Tlsbestanden {

    /** A PKCS12 store is a few kilobytes; a file far larger is not one and is not read whole. */
    static final int MAX_BYTES = 1024 * 1024;

    private final Path sleutelopslag;
    private final Path vertrouwensopslag;
    private final char[] wachtwoord;
    private final Clock klok;

    public Tlsbestanden(Path sleutelopslag, Path vertrouwensopslag, char[] wachtwoord) {
        this(sleutelopslag, vertrouwensopslag, wachtwoord, Clock.systemUTC());
    }

    Tlsbestanden(Path sleutelopslag, Path vertrouwensopslag, char[] wachtwoord, Clock klok) {
        this.sleutelopslag = sleutelopslag;
        this.vertrouwensopslag = vertrouwensopslag;
        this.wachtwoord = wachtwoord.clone();
        this.klok = klok;
    }

    /**
     * A fingerprint of both files: SHA-256 of their content, or of the reason a file cannot be
     * read. Content rather than modification time, because a store copied in within the same
     * second, with the same size, is still a new store.
     */
    String stempel() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze JVM", e);
        }
        for (Path pad : List.of(sleutelopslag, vertrouwensopslag)) {
            try (InputStream in = Files.newInputStream(pad)) {
                sha.update(in.readNBytes(MAX_BYTES + 1));
            } catch (IOException | RuntimeException e) {
                sha.update(("onleesbaar: " + e).getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Both stores read and a TLS context made of them; a clear error when either is unusable. */
    Tlsinrichting laad() {
        KeyStore sleutels = lees(sleutelopslag, "sleutelopslag");
        KeyStore vertrouwd = lees(vertrouwensopslag, "vertrouwensopslag");
        try {
            List<X509Certificate> eigen = eigenCertificaten(sleutels);
            if (eigen.isEmpty()) {
                throw new IllegalStateException("sleutelopslag " + sleutelopslag + " bevat geen sleutel met certificaat");
            }
            if (Collections.list(vertrouwd.aliases()).stream().noneMatch(a -> isCertificaat(vertrouwd, a))) {
                throw new IllegalStateException("vertrouwensopslag " + vertrouwensopslag + " bevat geen CA-certificaat");
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(sleutels, wachtwoord);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(vertrouwd);
            Sleutelkeuze sleutelkeuze = new Sleutelkeuze(eerste(kmf.getKeyManagers(), X509ExtendedKeyManager.class));
            Hubvertrouwen hubvertrouwen = new Hubvertrouwen(eerste(tmf.getTrustManagers(), X509ExtendedTrustManager.class), vertrouwensopslag, klok);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(new KeyManager[] {sleutelkeuze}, new TrustManager[] {hubvertrouwen}, null);
            return new Tlsinrichting(tls, eigen, sleutelkeuze, hubvertrouwen, sleutelopslag, klok);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS niet in te richten met " + sleutelopslag + " en " + vertrouwensopslag + ": " + e.getMessage(), e);
        }
    }

    private KeyStore lees(Path pad, String wat) {
        if (pad == null || !Files.isReadable(pad)) {
            throw new IllegalStateException(wat + " " + pad + " is niet leesbaar (nl.samenspel.uitwisseling; maak de test-PKI met"
                    + " pki/maak-test-pki.sh, docs/operations.md)");
        }
        try (InputStream in = Files.newInputStream(pad)) {
            byte[] inhoud = in.readNBytes(MAX_BYTES + 1);
            if (inhoud.length > MAX_BYTES) {
                throw new IllegalStateException(wat + " " + pad + " is groter dan " + MAX_BYTES / 1024 + " KiB: geen PKCS12-opslag");
            }
            KeyStore opslag = KeyStore.getInstance("PKCS12");
            opslag.load(new ByteArrayInputStream(inhoud), wachtwoord);
            return opslag;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(wat + " " + pad + " is niet te lezen (verkeerd wachtwoord of geen PKCS12): " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> eigenCertificaten(KeyStore sleutels) throws GeneralSecurityException {
        List<X509Certificate> eigen = new ArrayList<>();
        for (String alias : Collections.list(sleutels.aliases())) {
            Certificate certificaat = sleutels.isKeyEntry(alias) ? sleutels.getCertificate(alias) : null;
            if (certificaat instanceof X509Certificate x509) {
                eigen.add(x509);
            }
        }
        return eigen;
    }

    private static boolean isCertificaat(KeyStore opslag, String alias) {
        try {
            return opslag.isCertificateEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static <T> T eerste(Object[] managers, Class<T> soort) {
        for (Object manager : managers) {
            if (soort.isInstance(manager)) {
                return soort.cast(manager);
            }
        }
        throw new IllegalStateException("de JVM levert geen " + soort.getSimpleName());
    }

    @Override
    public String toString() {
        return "sleutelopslag " + sleutelopslag + ", vertrouwensopslag " + vertrouwensopslag;
    }
}
