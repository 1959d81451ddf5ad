package nl.samenspel.uitwisseling.internal.knooppunt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Collection;
import java.util.function.Supplier;
import java.sql.SQLException;
import java.util.UUID;
import nl.samenspel.api.gezondheid.Opslagstand;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Afgeschermd;
import nl.samenspel.invoer.Begrensd;
import nl.samenspel.invoer.TijdelijkeFout;
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
 * {@code fout/} with its report beside it ({@value #DOEL} says where), readable by the service
 * account only, under a name that cannot carry a BSN. A file over the upload bound is refused
 * unread. A failure that is no judgement of the file (no register, no database) leaves it in the
 * inbox, and the inbox waits with back-off; any other failure is retried a few times and then the
 * file is put aside in {@code fout/}, so that it never blocks the files behind it ({@link Inboxbewaking}).
 */
public class Inboxverwerker implements Processor {

    /** The header with the file's destination relative to the processed-files folder. */
    public static final String DOEL = "samenspelDoel";

    private static final Logger LOG = LoggerFactory.getLogger(Inboxverwerker.class);
    private static final DateTimeFormatter STEMPEL = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Supplier<Collection<Invoermodule>> modules;
    private final Path verwerkt;
    private final Uitgaandeopslag uitgaand;
    private final Invoerlimieten limieten;
    private final Inboxbewaking bewaking;
    private final Opslagstand opslagstand;

    /**
     * @param uitgaand the outbox, which remembers which file each queued import came from: a file
     *                 whose import committed just before the node stopped, and that was not moved yet,
     *                 is then moved to klaar/ at the next start instead of being read twice
     * @param opslagstand the store's state: while it takes no work, no file is taken (they wait in the inbox, unread);
     *                    null where there is no store to ask
     */
    public Inboxverwerker(Supplier<Collection<Invoermodule>> modules, Path verwerkt, Uitgaandeopslag uitgaand, Invoerlimieten limieten,
                          Inboxbewaking bewaking, Opslagstand opslagstand) {
        this.opslagstand = opslagstand;
        this.modules = modules;
        this.verwerkt = verwerkt;
        this.uitgaand = uitgaand;
        this.limieten = limieten;
        this.bewaking = bewaking;
    }

    /** What identifies one version of a file in the inbox, for counting attempts without reading it. */
    static String sleutel(String relatief, long grootte, long gewijzigd) {
        return relatief + "|" + grootte + "|" + gewijzigd;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String relatief = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class).replace('\\', '/');
        long grootte = exchange.getIn().getHeader(Exchange.FILE_LENGTH, -1L, Long.class);
        String sleutel = sleutel(relatief, grootte, exchange.getIn().getHeader(Exchange.FILE_LAST_MODIFIED, 0L, Long.class));
        String[] delen = relatief.split("/");
        String naam = Importresultaat.veiligeNaam(delen[delen.length - 1]);
        String module = delen.length == 3 ? delen[0] : "";
        String soort = delen.length == 3 ? delen[1] : "";
        String doel = module + "/" + soort + "/" + LocalDateTime.now().format(STEMPEL) + "-" + naam;
        int poging = bewaking.begin(sleutel);
        Importresultaat resultaat;
        try {
            resultaat = beoordeel(exchange, relatief, grootte, poging, module, soort, naam, doel);
        } catch (TijdelijkeFout | SQLException e) {
            String reden = e instanceof SQLException sql ? "database niet beschikbaar (SQLState " + sql.getSQLState() + ")" : e.getMessage();
            if (e instanceof SQLException sql && opslagstand != null) {
                opslagstand.gemeld(sql);
            }
            bewaking.tijdelijk(sleutel, reden);
            LOG.warn("Inbox: {} blijft staan: {}; de inbox wacht en probeert het opnieuw", doel, reden);
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            String kenmerk = UUID.randomUUID().toString();
            LOG.error("Inbox: {} kon niet worden verwerkt (poging {} van {}), kenmerk {}", doel, poging, bewaking.maximum(), kenmerk, e);
            if (poging < bewaking.maximum()) {
                bewaking.bestandsfout(sleutel, poging, "interne fout bij een bestand, kenmerk " + kenmerk);
                throw e;
            }
            resultaat = apart(soort, naam, "de verwerking faalde " + poging + " keer met een interne fout (laatst kenmerk " + kenmerk
                    + ", zie het log); het bestand is apart gezet zodat de volgende bestanden door kunnen");
        }
        if (resultaat != null) {
            if (resultaat.geaccepteerd()) {
                exchange.getIn().setHeader(DOEL, "klaar/" + doel);
                LOG.info("Inbox: {} geaccepteerd ({} records), import {}", doel, resultaat.records(), resultaat.importId());
            } else {
                exchange.getIn().setHeader(DOEL, "fout/" + doel);
                Afgeschermd.schrijf(verwerkt.resolve("fout").resolve(doel + ".rapport.txt"), resultaat.rapport().getBytes(StandardCharsets.UTF_8));
                LOG.warn("Inbox: {} geweigerd, {} fout(en); rapport in {}", doel, resultaat.fouten().size(), verwerkt.resolve("fout"));
            }
        }
        // the move keeps the file's mode: only the service account reads what is kept
        String pad = exchange.getIn().getHeader(Exchange.FILE_PATH, String.class);
        if (pad != null) {
            Afgeschermd.beperk(Path.of(pad));
        }
        bewaking.beslist(sleutel);
    }

    /** Accepts or refuses the file; null when it was read before and only has to move on. */
    private Importresultaat beoordeel(Exchange exchange, String relatief, long grootte, int poging, String module, String soort,
                                      String naam, String doel) throws Exception {
        if (grootte > limieten.uploadBytes()) {
            return weigering(soort, naam, "bestand", "uploadBytes", Begrensd.teGroot(limieten.uploadBytes(), grootte).getMessage());
        }
        if (poging > bewaking.maximum()) {
            // the attempts before did not end: the process stopped while reading it
            LOG.error("Inbox: {} is al {} keer niet afgerond; apart gezet", doel, poging - 1);
            return apart(soort, naam, "het lezen van dit bestand werd " + (poging - 1) + " keer niet afgerond (het proces stopte);"
                    + " het bestand is apart gezet zodat de volgende bestanden door kunnen");
        }
        byte[] inhoud = exchange.getIn().getBody(byte[].class);
        Optional<Invoermodule> m = module(relatief);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        Optional<Long> eerder = uitgaand.ingelezen(sha);
        if (eerder.isPresent()) {
            exchange.getIn().setHeader(DOEL, "klaar/" + doel);
            LOG.warn("Inbox: {} is al ingelezen (import {}) maar stond nog in de inbox; niet nogmaals gelezen", doel, eerder.get());
            return null;
        }
        if (m.isEmpty()) {
            // the route only takes files of installed modules; this one was uninstalled after it was taken
            return weigering(soort, naam, "map", "", "geen map van een geïnstalleerde module: lever in inbox/<module>/<soort>/; deze"
                    + " installatie leest " + String.join(", ", bekend()));
        }
        return uitgaand.uitBestand(sha, () -> m.get().importeer(soort, naam, inhoud, null));
    }

    private Importresultaat apart(String soort, String naam, String reden) {
        bewaking.apartGezet();
        return weigering(soort, naam, "bestand", "", reden);
    }

    private static Importresultaat weigering(String soort, String naam, String plaats, String veld, String melding) {
        return new Importresultaat(0, soort, "?", naam, false, 0, List.of(new Regelfout(plaats, veld, melding)), null);
    }

    /**
     * Whether a file may be taken now: the store takes work, its module is installed, and neither the inbox nor
     * the file waits after a failure.
     */
    public boolean neemt(String relatief, long grootte, long gewijzigd) {
        return (opslagstand == null || opslagstand.storing().isEmpty()) && module(relatief).isPresent()
                && bewaking.magNu(sleutel(relatief.replace('\\', '/'), grootte, gewijzigd));
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
}
