package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small PKI for the TLS tests, made with the JDK's keytool as {@code pki/maak-test-pki.sh}
 * does, with dates relative to now: a CA, a second CA that nobody trusts, the hub's key with a
 * certificate that is valid, one that expired and one for another name, and one node key with
 * a certificate that is valid, one that expired and one not valid yet. EC keys and a JVM that
 * does not optimise, because keytool runs a dozen times; the runs of one step go in parallel.
 * The {@code *-sleutel.p12} stores keep the self-signed certificate keytool made with the key: a
 * certificate of a CA nobody trusts. Public for the hub's tests, which meet the node's stores from
 * the other side.
 */
public final class Testpki {

    public static final char[] WACHTWOORD = "samenspel-test".toCharArray();
    public static final String OIN_KAMPEN = "00000099000000166000";
    public static final String OIN_ZWOLLE = "00000099000000193000";

    private final Path map;
    private int runs;

    private Testpki(Path map) {
        this.map = map;
    }

    /** Makes every store in {@code map}; a few seconds. */
    public static Testpki maak(Path map) throws Exception {
        Testpki pki = new Testpki(map);
        pki.stap(
                genkeypair("ca.p12", "ca", "CN=Samenspel test-CA, O=Samenspel (TEST), C=NL", "-validity", "3650",
                        "-ext", "bc:c=ca:true,pathlen:0", "-ext", "ku:c=keyCertSign,cRLSign"),
                genkeypair("vreemde-ca.p12", "ca", "CN=Vreemde CA, O=Elders, C=NL", "-validity", "3650", "-ext", "bc:c=ca:true,pathlen:0"),
                genkeypair("hub-sleutel.p12", "hub", "CN=localhost, O=Gemeente Zwolle, SERIALNUMBER=" + OIN_ZWOLLE + ", C=NL"),
                genkeypair("knooppunt-sleutel.p12", "knooppunt", "CN=Samenspel knooppunt Kampen, O=Gemeente Kampen, SERIALNUMBER=" + OIN_KAMPEN + ", C=NL"));
        pki.stap(
                List.of("-certreq", "-alias", "hub", "-keystore", "hub-sleutel.p12", "-file", "hub.csr"),
                List.of("-certreq", "-alias", "knooppunt", "-keystore", "knooppunt-sleutel.p12", "-file", "knooppunt.csr"));
        pki.stap(
                gencert("hub", "hub.crt", "-validity", "30", "-ext", "san=ip:127.0.0.1", "-ext", "eku=serverAuth"),
                gencert("hub", "hub-verlopen.crt", "-startdate", "-10d", "-validity", "3", "-ext", "san=ip:127.0.0.1", "-ext", "eku=serverAuth"),
                gencert("hub", "hub-andere-naam.crt", "-validity", "30", "-ext", "san=dns:andere-hub.example", "-ext", "eku=serverAuth"),
                gencert("knooppunt", "knooppunt.crt", "-validity", "30", "-ext", "eku=clientAuth"),
                gencert("knooppunt", "knooppunt-verlopen.crt", "-startdate", "-10d", "-validity", "3", "-ext", "eku=clientAuth"),
                gencert("knooppunt", "knooppunt-later.crt", "-startdate", "+5d", "-validity", "30", "-ext", "eku=clientAuth"));
        X509Certificate ca = (X509Certificate) pki.opslag("ca.p12").getCertificate("ca");
        pki.vertrouwt("vertrouwen.p12", ca);
        pki.vertrouwt("vreemd-vertrouwen.p12", (X509Certificate) pki.opslag("vreemde-ca.p12").getCertificate("ca"));
        for (String naam : List.of("hub", "hub-verlopen", "hub-andere-naam")) {
            pki.sleutel(naam + ".p12", "hub-sleutel.p12", "hub", naam + ".crt", ca);
        }
        for (String naam : List.of("knooppunt", "knooppunt-verlopen", "knooppunt-later")) {
            pki.sleutel(naam + ".p12", "knooppunt-sleutel.p12", "knooppunt", naam + ".crt", ca);
        }
        return pki;
    }

    /** A store of this PKI, e.g. {@code knooppunt-verlopen.p12} or {@code vreemd-vertrouwen.p12}. */
    public Path pad(String naam) {
        Path pad = map.resolve(naam);
        if (!Files.isRegularFile(pad)) {
            throw new IllegalArgumentException("geen opslag " + naam + " in de test-PKI");
        }
        return pad;
    }

    /** The certificate of the key in a store of this PKI. */
    public X509Certificate certificaat(String naam) throws Exception {
        KeyStore opslag = opslag(naam);
        return (X509Certificate) opslag.getCertificate(opslag.aliases().nextElement());
    }

    private static List<String> genkeypair(String bestand, String alias, String dname, String... extra) {
        List<String> args = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", dname, "-keystore", bestand));
        args.addAll(List.of(extra));
        return args;
    }

    private static List<String> gencert(String csr, String crt, String... extra) {
        List<String> args = new ArrayList<>(List.of("-gencert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-infile", csr + ".csr",
                "-outfile", crt));
        args.addAll(List.of(extra));
        return args;
    }

    @SafeVarargs
    private void stap(List<String>... opdrachten) throws Exception {
        List<Process> lopend = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (List<String> opdracht : opdrachten) {
            List<String> regel = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-storetype", "PKCS12", "-storepass", new String(WACHTWOORD)));
            regel.addAll(opdracht);
            Path log = map.resolve("keytool-" + (++runs) + ".log");
            logs.add(log);
            lopend.add(new ProcessBuilder(regel).directory(map.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        for (int i = 0; i < lopend.size(); i++) {
            Process proces = lopend.get(i);
            if (!proces.waitFor(60, TimeUnit.SECONDS)) {
                proces.destroyForcibly();
                throw new IllegalStateException("keytool " + opdrachten[i] + " duurde langer dan 60 s");
            }
            if (proces.exitValue() != 0) {
                throw new IllegalStateException("keytool " + opdrachten[i] + " mislukte: " + Files.readString(logs.get(i)));
            }
        }
    }

    private KeyStore opslag(String naam) throws Exception {
        KeyStore opslag = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(map.resolve(naam))) {
            opslag.load(in, WACHTWOORD);
        }
        return opslag;
    }

    private void vertrouwt(String naam, X509Certificate ca) throws Exception {
        KeyStore opslag = KeyStore.getInstance("PKCS12");
        opslag.load(null, WACHTWOORD);
        opslag.setCertificateEntry("ca", ca);
        bewaar(opslag, naam);
    }

    /** The key of {@code sleutel} with the certificate {@code crt} and the CA above it: what a CA's reply makes of a key store. */
    private void sleutel(String naam, String sleutel, String alias, String crt, X509Certificate ca) throws Exception {
        PrivateKey prive = (PrivateKey) opslag(sleutel).getKey(alias, WACHTWOORD);
        X509Certificate certificaat;
        try (InputStream in = Files.newInputStream(map.resolve(crt))) {
            certificaat = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore opslag = KeyStore.getInstance("PKCS12");
        opslag.load(null, WACHTWOORD);
        opslag.setKeyEntry(alias, prive, WACHTWOORD, new Certificate[] {certificaat, ca});
        bewaar(opslag, naam);
    }

    private void bewaar(KeyStore opslag, String naam) throws Exception {
        try (OutputStream uit = Files.newOutputStream(map.resolve(naam))) {
            opslag.store(uit, WACHTWOORD);
        }
    }
}
