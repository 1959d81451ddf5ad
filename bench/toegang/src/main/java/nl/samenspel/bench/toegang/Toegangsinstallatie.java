package nl.samenspel.bench.toegang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.samenspel.bench.steun.Installatie;
import nl.samenspel.bench.steun.Mappen;

/**
 * One hub (profile zwolle) as bench-steun's {@link Installatie}, each with its own distribution
 * (the baseline and the measured product are different builds): unpacked under
 * {@code <werk>/<naam>/karaf}, karaf.base {@code <werk>/<naam>/base}, the zwolle profile of the
 * distribution's own {@code regional-config/nodes/zwolle/etc} on top, then the bench's ports and
 * the test PKI's stores; the register is the distribution's own {@code regional-config}.
 */
final class Toegangsinstallatie extends Installatie {

    /** The ports of one installation; all of them are checked to be free before it starts. */
    record Poorten(int http, int ssh, int rmiRegistry, int rmiServer, int api, int uitwisseling) {
        List<Integer> alle() {
            return List.of(http, ssh, rmiRegistry, rmiServer, api, uitwisseling);
        }
    }

    final Poorten poorten;

    Toegangsinstallatie(String naam, Poorten poorten, Path werk) {
        super(naam, werk.resolve(naam).resolve("karaf"), werk.resolve(naam).resolve("base"));
        this.poorten = poorten;
    }

    /** Unpacks the tarball into {@code home} (its own directory, karaf.base beside it emptied too), with tar. */
    void pakUit(Path tarball) throws IOException, InterruptedException {
        Mappen.verwijder(home.getParent());
        pakUit(tarball, home);
    }

    /** etc/ = the distribution's, the zwolle profile on top, then the bench's ports, the register and the PKI. */
    void richtIn(Path pki) throws IOException {
        richtEtcIn(home.resolve("regional-config/nodes/zwolle/etc"));
        Map<String, Integer> p = new LinkedHashMap<>();
        p.put("samenspel.http.port", poorten.http());
        p.put("samenspel.ssh.port", poorten.ssh());
        p.put("samenspel.rmi.registry.port", poorten.rmiRegistry());
        p.put("samenspel.rmi.server.port", poorten.rmiServer());
        p.put("samenspel.api.port", poorten.api());
        p.put("samenspel.https.port", poorten.uitwisseling());
        profielEigenschappen("bench/toegang: its own ports, nothing else changed", p);
        register(home.resolve("regional-config"));
        stores(pki, "truststore.p12", "server.p12", "hub.p12");
    }

    /** Whether this distribution has the access control (bin/samenspel-gebruiker and the samenspel-toegang bundle). */
    boolean heeftToegang() {
        return Files.exists(home.resolve("bin/samenspel-gebruiker")) && Files.isDirectory(home.resolve("system/nl/samenspel/samenspel-toegang"));
    }
}
