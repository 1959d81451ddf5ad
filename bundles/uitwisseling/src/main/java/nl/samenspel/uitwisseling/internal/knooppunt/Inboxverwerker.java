package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Collection;
import java.util.function.Supplier;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Invoermodule;
import nl.samenspel.invoer.Regelfout;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one file from {@code inbox/<module>/<soort>/} through its module, whole or not at all.
 * The module stores the records, with their pseudonyms, and queues them for the hub in the
 * same transaction. The route then moves the file to {@code klaar/} or, refused, to
 * {@code fout/} with its report beside it ({@value #DOEL} says where). A failure that is no
 * judgement of the file (no register, no database) leaves it in the inbox for the next poll.
 */
public class Inboxverwerker implements Processor {

    /** The header with the file's destination relative to the processed-files folder. */
    public static final String DOEL = "samenspelDoel";

    private static final Logger LOG = LoggerFactory.getLogger(Inboxverwerker.class);
    private static final DateTimeFormatter STEMPEL = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Supplier<Collection<Invoermodule>> modules;
    private final Path verwerkt;
    private final Uitgaandeopslag uitgaand;

    /**
     * @param uitgaand the outbox, which remembers which file each queued import came from: a file
     *                 whose import committed just before the node stopped, and that was not moved yet,
     *                 is then moved to klaar/ at the next start instead of being read twice
     */
    public Inboxverwerker(Supplier<Collection<Invoermodule>> modules, Path verwerkt, Uitgaandeopslag uitgaand) {
        this.modules = modules;
        this.verwerkt = verwerkt;
        this.uitgaand = uitgaand;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String relatief = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class).replace('\\', '/');
        String[] delen = relatief.split("/");
        String naam = delen[delen.length - 1];
        String module = delen.length == 3 ? delen[0] : "";
        String soort = delen.length == 3 ? delen[1] : "";
        String doel = module + "/" + soort + "/" + LocalDateTime.now().format(STEMPEL) + "-" + naam;
        byte[] inhoud = exchange.getIn().getBody(byte[].class);
        Optional<Invoermodule> m = module(relatief);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        Optional<Long> eerder = uitgaand.ingelezen(sha);
        Importresultaat resultaat;
        if (eerder.isPresent()) {
            exchange.getIn().setHeader(DOEL, "klaar/" + doel);
            LOG.warn("Inbox: {} is al ingelezen (import {}) maar stond nog in de inbox; niet nogmaals gelezen", relatief, eerder.get());
            return;
        } else if (m.isEmpty()) {
            // the route only takes files of installed modules; this one was uninstalled after it was taken
            resultaat = new Importresultaat(0, soort, "?", naam, false, 0, List.of(new Regelfout("bestand", "map",
                    "geen map van een geïnstalleerde module: lever in inbox/<module>/<soort>/; deze installatie leest "
                            + String.join(", ", bekend()))), null);
        } else {
            resultaat = uitgaand.uitBestand(sha, () -> m.get().importeer(soort, naam, inhoud, null));
        }
        if (resultaat.geaccepteerd()) {
            exchange.getIn().setHeader(DOEL, "klaar/" + doel);
            LOG.info("Inbox: {} geaccepteerd ({} records), import {}", relatief, resultaat.records(), resultaat.importId());
        } else {
            exchange.getIn().setHeader(DOEL, "fout/" + doel);
            rapport(verwerkt.resolve("fout").resolve(doel + ".rapport.txt"), resultaat.rapport());
            LOG.warn("Inbox: {} geweigerd, {} fout(en); rapport in {}", relatief, resultaat.fouten().size(), verwerkt.resolve("fout"));
        }
    }

    /**
     * The installed module that reads a file at {@code <module>/<soort>/<bestand>} relative to the
     * inbox; empty for any other place. The route takes only files for which this is present.
     */
    public Optional<Invoermodule> module(String relatief) {
        String[] delen = relatief.replace('\\', '/').split("/");
        if (delen.length != 3) {
            return Optional.empty();
        }
        return modules.get().stream().filter(i -> i.naam().equals(delen[0]) && i.soorten().contains(delen[1])).findFirst();
    }

    /** The folders this installation reads, for the error that names a wrong one. */
    private List<String> bekend() {
        return modules.get().stream().flatMap(i -> i.soorten().stream().map(s -> i.naam() + "/" + s)).sorted().toList();
    }

    private static void rapport(Path pad, String tekst) throws IOException {
        Files.createDirectories(pad.getParent());
        Files.writeString(pad, tekst, StandardCharsets.UTF_8);
    }
}
