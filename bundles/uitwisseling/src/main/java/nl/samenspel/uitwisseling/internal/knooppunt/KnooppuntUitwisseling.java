package nl.samenspel.uitwisseling.internal.knooppunt;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import nl.samenspel.api.gezondheid.Gezondheid;
import nl.samenspel.api.gezondheid.Meetbron;
import nl.samenspel.api.gezondheid.Meting;
import nl.samenspel.api.gezondheid.Opslagstand;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Afgeschermd;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.samenspel.invoer.Invoermodule;
import nl.samenspel.invoer.Uitgaand;
import nl.samenspel.store.Database;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.core.osgi.OsgiDefaultCamelContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node side of the exchange: the outbox the modules write to ({@link Uitgaand}), and the
 * Camel routes that read the inbox, send the outbox to the hub and fetch the statements back.
 * Exists only on a configured node: it needs both the node's identity (PID {@code nl.samenspel.node}:
 * gemeente, hub URL) and {@value UitwisselingConfig#PID}. It reads the identity from the
 * configuration rather than from the node bundle's service, so the hub, which has no node
 * bundle, can carry this bundle for its receiving side.
 */
@Component(service = {KnooppuntUitwisseling.class, Gezondheid.class, Meetbron.class}, configurationPid = "nl.samenspel.node",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class KnooppuntUitwisseling implements Gezondheid, Meetbron {

    /** The node's identity, PID {@code nl.samenspel.node} (its metatype is the node bundle's). */
    @interface Identiteit {
        String gemeente();

        String hubUrl();
    }

    private static final Logger LOG = LoggerFactory.getLogger(KnooppuntUitwisseling.class);

    /** The modules installed on this node; their inbox folders are made when they arrive. */
    private final List<Invoermodule> modules = new CopyOnWriteArrayList<>();

    private final String gemeente;
    private final URI hubUrl;
    private final Uitgaandeopslag opslag;
    private final Afrekeningopslag afrekeningen;
    private final Path inbox;
    private final Path verwerkt;
    private final Verzender verzender;
    private final Afrekeningophaler ophaler;
    private final Stamgegevensophaler stamgegevens;
    private final CamelContext camel;
    private final Inboxbewaking bewaking;
    private final Invoerlimieten limieten;
    private final Opslagstand opslagstand;
    private final Duration storingNa;

    @Activate
    public KnooppuntUitwisseling(@Reference Database database, @Reference Uitgaandewachtrij wachtrij,
                                 @Reference Uitwisselingsinstellingen instellingen, @Reference Invoerlimieten limieten,
                                 @Reference Opslagstand opslagstand, BundleContext context, Identiteit identiteit) throws Exception {
        UitwisselingConfig config = instellingen.config();
        this.gemeente = wachtrij.gemeente();
        this.hubUrl = hubUrl(identiteit.hubUrl());
        // the outbox (and its schema) is the wachtrij's: the modules write to it without referring to the exchange
        this.opslag = wachtrij.opslag();
        this.afrekeningen = new Afrekeningopslag(database.dataSource());
        String data = System.getProperty("karaf.data", "data");
        this.inbox = Path.of(config.inbox().isBlank() ? data + "/inbox" : config.inbox());
        this.verwerkt = Path.of(config.verwerkt().isBlank() ? data + "/uitwisseling" : config.verwerkt());
        this.limieten = limieten;
        this.opslagstand = opslagstand;
        this.storingNa = Duration.ofSeconds(config.storingNaS());
        this.bewaking = new Inboxbewaking(verwerkt, config.inboxPogingen(), Duration.ofMillis(config.wachttijdMinimumMs()),
                Duration.ofSeconds(config.wachttijdMaximumS()), Clock.systemUTC());
        for (String map : List.of("klaar", "fout")) {
            Afgeschermd.map(verwerkt.resolve(map));
        }
        Afgeschermd.beperk(verwerkt);
        Hubklant hub = new Hubklant(hubUrl, new Tlsbestanden(Path.of(config.sleutelopslag()), Path.of(config.vertrouwensopslag()),
                config.wachtwoord().toCharArray()), Duration.ofSeconds(config.timeoutS()));
        this.verzender = new Verzender(opslag, hub, new Wachttijd(Duration.ofMillis(config.wachttijdMinimumMs()),
                Duration.ofSeconds(config.wachttijdMaximumS())), Clock.systemUTC(), Duration.ofSeconds(config.traagNaS()), opslagstand);
        this.ophaler = new Afrekeningophaler(hub, afrekeningen);
        this.stamgegevens = new Stamgegevensophaler(hub, verwerkt.resolve("stamgegevens"), this::modules, Clock.systemUTC());
        // start first, then add the routes: routes added to an OsgiDefaultCamelContext before start() are dropped (STACK.md trap 8)
        OsgiDefaultCamelContext osgi = new OsgiDefaultCamelContext(context);
        osgi.setName("samenspel-uitwisseling");
        osgi.start();
        this.camel = osgi;
        camel.addRoutes(routes(config));
        LOG.info("Uitwisseling van gemeente {} met hub {}: inbox {}, verwerkt {}", gemeente, hubUrl, inbox, verwerkt);
    }

    /** The hub's address: https only, since the batches carry a municipality's records and the node's certificate proves who sends. */
    static URI hubUrl(String tekst) {
        URI uri = URI.create(tekst == null ? "" : tekst.strip());
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("nl.samenspel.node: hubUrl '" + tekst + "' is geen https-adres; de uitwisseling gaat alleen over"
                    + " tweezijdig TLS, bijvoorbeeld https://hub.zwolle.nl:8443");
        }
        return uri;
    }

    private RouteBuilder routes(UitwisselingConfig config) {
        return new UitwisselingRoutes(inbox, verwerkt, new Inboxverwerker(this::modules, verwerkt, opslag, limieten, bewaking, opslagstand), verzender,
                config.intervalMs()).metAfrekeningen(ophaler, config.afrekeningIntervalS() * 1000)
                .metStamgegevens(stamgegevens, config.stamgegevensIntervalS() * 1000);
    }

    @Deactivate
    void stop() {
        try {
            camel.stop();
        } catch (RuntimeException e) {
            LOG.warn("Camel-context van de uitwisseling stopte niet netjes: {}", e.getMessage());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindModule(Invoermodule module) {
        modules.add(module);
        maakMappen(module);
        stamgegevens.bekend(module);
    }

    void unbindModule(Invoermodule module) {
        modules.remove(module);
    }

    private Collection<Invoermodule> modules() {
        return modules;
    }

    /**
     * An operator sees where to drop files: one folder per kind of every installed module. The
     * folders the files move to are made now too, readable by the service account only.
     */
    private void maakMappen(Invoermodule module) {
        for (String soort : module.soorten()) {
            try {
                Files.createDirectories(inbox.resolve(module.naam()).resolve(soort));
                for (String map : List.of("klaar", "fout")) {
                    Afgeschermd.map(verwerkt.resolve(map).resolve(module.naam()));
                    Afgeschermd.map(verwerkt.resolve(map).resolve(module.naam()).resolve(soort));
                }
            } catch (java.io.IOException e) {
                LOG.warn("Inboxmap {} niet te maken: {}", inbox.resolve(module.naam()).resolve(soort), e.getMessage());
            }
        }
    }

    public String gemeente() {
        return gemeente;
    }

    public URI hubUrl() {
        return hubUrl;
    }

    public Uitgaandeopslag opslag() {
        return opslag;
    }

    public Afrekeningopslag afrekeningen() {
        return afrekeningen;
    }

    public Verzender verzender() {
        return verzender;
    }

    public Afrekeningophaler ophaler() {
        return ophaler;
    }

    public Stamgegevensophaler stamgegevens() {
        return stamgegevens;
    }

    /** The inbox's state after failures, for the status endpoint. */
    Inboxbewaking.Stand inboxstand() {
        return bewaking.stand();
    }

    public Path verwerkt() {
        return verwerkt;
    }

    @Override
    public String naam() {
        return "uitwisseling";
    }

    /** The inbox's lasting failures, and a send that has failed without a break for longer than {@code storingNaS}. */
    @Override
    public List<String> storingen() {
        List<String> uit = new java.util.ArrayList<>(bewaking.storingen());
        Duration duur = verzender.storingsduur();
        if (duur.compareTo(storingNa) >= 0) {
            Verzender.Stand stand = verzender.stand();
            uit.add("het verzenden naar de hub faalt al " + duur.toSeconds() + " s (sinds " + stand.sinds() + "): " + stand.reden()
                    + " (" + UitwisselingConfig.PID + "/storingNaS)");
        }
        return uit;
    }

    @Override
    public List<Meting> metingen() {
        return new Uitwisselingsmeting(this).metingen();
    }

    public Path inbox() {
        return inbox;
    }

    public List<String> mappen() {
        return modules.stream().flatMap(m -> m.soorten().stream().map(s -> m.naam() + "/" + s + (m.naarHub(s) ? "" : " (alleen lokaal)")))
                .sorted().toList();
    }
}
