package nl.samenspel.bench.uitwisseling;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.samenspel.bench.steun.Installatie;
import nl.samenspel.bench.steun.Mappen;

/**
 * The hub or the node of the exchange, as bench-steun's {@link Installatie} of the one unpacked
 * distribution: its own karaf.base under the work directory, the profile of
 * {@code regional-config/nodes/<naam>/etc} on top, then five ports from its first one, the
 * certificate stores, and on the node the pseudonym key and the exchange settings.
 */
final class Uitwisselinstallatie extends Installatie {

    /** null for the hub. */
    final String gemeente;
    final int httpPoort;
    final int sshPoort;
    final int rmiRegistryPoort;
    final int rmiServerPoort;
    final int tlsPoort;

    Uitwisselinstallatie(String naam, String gemeente, int eerstePoort, Path werk, Path karaf) {
        super(naam, karaf, werk.resolve(naam));
        this.gemeente = gemeente;
        this.httpPoort = eerstePoort;
        this.tlsPoort = eerstePoort + 1;
        this.sshPoort = eerstePoort + 2;
        this.rmiRegistryPoort = eerstePoort + 3;
        this.rmiServerPoort = eerstePoort + 4;
    }

    Http http() {
        return new Http(httpPoort);
    }

    Path inbox(String soort) {
        return base.resolve("data/inbox/jeugdhulp").resolve(soort);
    }

    Path klaar(String soort) {
        return base.resolve("data/uitwisseling/klaar/jeugdhulp").resolve(soort);
    }

    Path fout(String soort) {
        return base.resolve("data/uitwisseling/fout/jeugdhulp").resolve(soort);
    }

    /**
     * @param profielen    regional-config/nodes of the checkout (the distribution carries no profiles)
     * @param register     the register directory (the distribution's regional-config)
     * @param uitwisseling settings for nl.samenspel.uitwisseling.cfg (node only)
     */
    void richtIn(Path profielen, Path register, Path pki, Path sleutel, int hubTlsPoort, Map<String, String> uitwisseling) throws IOException {
        Mappen.verwijder(base);
        richtEtcIn(profielen.resolve(naam).resolve("etc"));
        Map<String, Integer> poorten = new LinkedHashMap<>();
        poorten.put("samenspel.http.port", httpPoort);
        poorten.put("samenspel.https.port", tlsPoort);
        poorten.put("samenspel.ssh.port", sshPoort);
        poorten.put("samenspel.rmi.registry.port", rmiRegistryPoort);
        poorten.put("samenspel.rmi.server.port", rmiServerPoort);
        // the API's own TLS port (9181 by default): each instance its own, and none in the way of a demo hub on this machine
        poorten.put("samenspel.api.port", httpPoort + 10);
        profielEigenschappen("bench/uitwisseling: ports 18380-18399 only", poorten);
        register(register);
        // server.p12: the API port's own TLS store, which every installation needs since the API is served over TLS too
        if (gemeente == null) {
            stores(pki, "truststore.p12", "server.p12", "hub.p12");
        } else {
            stores(pki, "truststore.p12", "server.p12", "knooppunt-" + gemeente + ".p12");
            Files.copy(sleutel, etc().resolve("samenspel-pseudoniem.sleutel"), StandardCopyOption.REPLACE_EXISTING);
            zet(etc().resolve("nl.samenspel.node.cfg"), "hubUrl", "https://localhost:" + hubTlsPoort);
            for (Map.Entry<String, String> e : uitwisseling.entrySet()) {
                zet(etc().resolve("nl.samenspel.uitwisseling.cfg"), e.getKey(), e.getValue());
            }
        }
    }

    /** Puts a file in the inbox atomically: written as .tmp (which the inbox ignores), forced to disk, renamed by {@link #geefVrij}. */
    Path klaarzetten(String soort, String bestand, byte[] inhoud) throws IOException {
        Path map = inbox(soort);
        Files.createDirectories(map);
        Path tmp = map.resolve(bestand + ".tmp");
        try (FileChannel kanaal = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(inhoud);
            while (buffer.hasRemaining()) {
                kanaal.write(buffer);
            }
            kanaal.force(true);
        }
        return tmp;
    }

    static void geefVrij(Path tmp) throws IOException {
        String naam = tmp.getFileName().toString();
        Files.move(tmp, tmp.resolveSibling(naam.substring(0, naam.length() - ".tmp".length())), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The processed copy of a file: {@code <stamp>-<bestand>} in klaar/ or fout/ (empty while not processed). */
    Optional<Path> verwerkt(Path map, String bestand) throws IOException {
        if (!Files.isDirectory(map)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(map)) {
            return s.filter(p -> p.getFileName().toString().endsWith("-" + bestand)).findFirst();
        }
    }
}
