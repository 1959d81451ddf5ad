package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.samenspel.invoer.Invoermodule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the master data the hub checks with, per installed module, and hands it to the module,
 * which checks every file it sends against it from then on: a file whose records the hub would
 * refuse (an unknown product, a facility the hub does not have) is refused at the node, whole, with
 * the codes named, instead of being queued and refused batch after batch at the hub.
 *
 * <p>The last document fetched is kept under {@code verwerkt/stamgegevens/}, so a restarted node
 * checks as before while the hub is away. A document that cannot be fetched or read changes
 * nothing: the module keeps what it had, and the status says why.
 */
public class Stamgegevensophaler {

    private static final Logger LOG = LoggerFactory.getLogger(Stamgegevensophaler.class);

    /** Per module: when its hub document was last taken, its digest, and the last failure with its time. */
    public record Stand(String module, Instant opgehaald, String sha256, String laatsteFout, Instant laatsteFoutOp) {
    }

    private final Hubverbinding hub;
    private final Path map;
    private final Supplier<Collection<Invoermodule>> modules;
    private final Clock klok;
    private final Map<String, Stand> standen = new ConcurrentHashMap<>();

    public Stamgegevensophaler(Hubverbinding hub, Path map, Supplier<Collection<Invoermodule>> modules, Clock klok) {
        this.hub = hub;
        this.map = map;
        this.modules = modules;
        this.klok = klok;
    }

    /** A module that arrived: the hub's document it had before this node stopped, if any, until the next fetch. */
    public void bekend(Invoermodule module) {
        Path bestand = bestand(module);
        if (!Files.isRegularFile(bestand)) {
            return;
        }
        try {
            byte[] document = Files.readAllBytes(bestand);
            module.hubStamgegevens(document);
            standen.put(module.naam(), new Stand(module.naam(), Files.getLastModifiedTime(bestand).toInstant(), sha256(document), null, null));
        } catch (IOException | IllegalArgumentException e) {
            fout(module.naam(), "bewaarde stamgegevens van de hub (" + bestand + ") niet te gebruiken: " + e.getMessage());
        }
    }

    /** Asks the hub once for every installed module's master data; returns how many modules got a new document. */
    public int haal() throws InterruptedException {
        int nieuw = 0;
        for (Invoermodule module : List.copyOf(modules.get())) {
            if (haal(module)) {
                nieuw++;
            }
        }
        return nieuw;
    }

    private boolean haal(Invoermodule module) throws InterruptedException {
        String naam = module.naam();
        Hubverbinding.Antwoord antwoord;
        try {
            antwoord = hub.haal("/uitwisseling/stamgegevens/" + naam);
        } catch (IOException e) {
            return fout(naam, "geen verbinding met de hub: " + e.getMessage());
        }
        if (antwoord.status() == 404) {
            return fout(naam, "de hub publiceert geen stamgegevens van " + naam + " (module niet op de hub geïnstalleerd?): HTTP 404");
        }
        if (!antwoord.gelukt()) {
            return fout(naam, "HTTP " + antwoord.status() + ": " + kort(antwoord.body()));
        }
        byte[] document = antwoord.body().getBytes(StandardCharsets.UTF_8);
        String sha = sha256(document);
        Stand vorige = standen.get(naam);
        try {
            module.hubStamgegevens(document);
        } catch (IllegalArgumentException e) {
            return fout(naam, e.getMessage());
        }
        boolean veranderd = vorige == null || !sha.equals(vorige.sha256());
        if (veranderd) {
            try {
                bewaar(module, document);
            } catch (IOException e) {
                // in use now; only a restart before the next fetch would miss it
                LOG.warn("Stamgegevens van de hub voor {} niet te bewaren in {}: {}", naam, map, e.getMessage());
            }
            LOG.info("Stamgegevens van de hub voor {} {}; bestanden worden er vanaf nu ook tegen gecontroleerd", naam,
                    vorige == null ? "ontvangen" : "bijgewerkt");
        }
        standen.put(naam, new Stand(naam, klok.instant(), sha, null, null));
        return veranderd;
    }

    private void bewaar(Invoermodule module, byte[] document) throws IOException {
        Files.createDirectories(map);
        Path tijdelijk = map.resolve(module.naam() + ".json.tmp");
        Files.write(tijdelijk, document);
        Files.move(tijdelijk, bestand(module), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path bestand(Invoermodule module) {
        return map.resolve(module.naam() + ".json");
    }

    /** Every installed module's stand, in name order; a module never fetched shows with nothing filled in. */
    public List<Stand> standen() {
        return modules.get().stream().map(Invoermodule::naam).sorted()
                .map(n -> standen.getOrDefault(n, new Stand(n, null, null, null, null))).toList();
    }

    private boolean fout(String module, String fout) {
        Stand vorige = standen.get(module);
        if (vorige == null || !fout.equals(vorige.laatsteFout())) {
            LOG.warn("Stamgegevens van de hub voor {} niet opgehaald: {}", module, kort(fout));
        }
        standen.put(module, new Stand(module, vorige == null ? null : vorige.opgehaald(), vorige == null ? null : vorige.sha256(), fout,
                klok.instant()));
        return false;
    }

    private static String kort(String tekst) {
        return tekst == null ? "" : tekst.length() > 300 ? tekst.substring(0, 300) + "..." : tekst;
    }

    private static String sha256(byte[] inhoud) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
