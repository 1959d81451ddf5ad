package nl.samenspel.toegang.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An instance configured as production ({@code samenspel.productie = true} in
 * {@code etc/system.properties} or the profile) refuses to run while it still has a demo
 * credential, a test-PKI certificate or the demo pseudonym key ({@link Productiecontrole}):
 * every finding is logged and printed, and the framework is stopped. Reads the same
 * configuration the components use, so what is checked is what would be used.
 */
@Component(immediate = true)
public class Productiebewaking {

    static final String PRODUCTIE = "samenspel.productie";
    private static final Logger LOG = LoggerFactory.getLogger(Productiebewaking.class);

    @Activate
    public Productiebewaking(BundleContext context, @Reference ConfigurationAdmin configuratie) throws IOException {
        if (!Boolean.parseBoolean(context.getProperty(PRODUCTIE))) {
            return;
        }
        List<String> bezwaren = Productiecontrole.bezwaren(gebruikersbestand(configuratie), opslagen(context, configuratie),
                pad(eigenschappen(configuratie, "nl.samenspel.pseudoniem"), "sleutelbestand"));
        if (bezwaren.isEmpty()) {
            LOG.info("Productie: geen standaard- of demowachtwoorden, test-PKI of demosleutel gevonden");
            return;
        }
        StringBuilder melding = new StringBuilder("Samenspel start niet: samenspel.productie = true, maar deze installatie heeft nog:");
        bezwaren.forEach(b -> melding.append(System.lineSeparator()).append("  - ").append(b));
        LOG.error(melding.toString());
        System.err.println(melding);
        Thread stop = new Thread(() -> {
            try {
                context.getBundle(0).stop();
            } catch (BundleException | IllegalStateException e) {
                LOG.error("Karaf stoppen mislukt", e);
            }
        }, "samenspel-productiecontrole");
        stop.start();
    }

    private static Path gebruikersbestand(ConfigurationAdmin configuratie) throws IOException {
        Dictionary<String, Object> toegang = eigenschappen(configuratie, ToegangConfig.PID);
        Object backend = toegang == null ? null : toegang.get("backend");
        if (backend != null && !"bestand".equals(backend.toString().strip())) {
            return null;
        }
        return pad(toegang, "gebruikersbestand");
    }

    /** The stores the Jetty connectors (etc/jetty-*.xml, from system properties) and the node's exchange open. */
    private static List<Productiecontrole.Opslag> opslagen(BundleContext context, ConfigurationAdmin configuratie) throws IOException {
        List<Productiecontrole.Opslag> opslagen = new ArrayList<>();
        String wachtwoord = context.getProperty("samenspel.pki.wachtwoord");
        opslagen.add(new Productiecontrole.Opslag("sleutelopslag van de HTTPS-API", pad(context.getProperty("samenspel.api.sleutelopslag")),
                wachtwoord));
        if (Boolean.parseBoolean(context.getProperty("samenspel.https.enabled"))) {
            opslagen.add(new Productiecontrole.Opslag("sleutelopslag van de uitwisselingspoort",
                    pad(context.getProperty("samenspel.uitwisseling.sleutelopslag")), wachtwoord));
        }
        Dictionary<String, Object> node = eigenschappen(configuratie, "nl.samenspel.uitwisseling");
        if (node != null) {
            opslagen.add(new Productiecontrole.Opslag("sleutelopslag van de uitwisseling", pad(node, "sleutelopslag"), tekst(node, "wachtwoord")));
        }
        return opslagen;
    }

    private static Dictionary<String, Object> eigenschappen(ConfigurationAdmin configuratie, String pid) throws IOException {
        try {
            Configuration[] c = configuratie.listConfigurations("(service.pid=" + pid + ")");
            return c == null || c.length == 0 ? null : c[0].getProperties();
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("PID " + pid, e);
        }
    }

    private static Path pad(Dictionary<String, Object> d, String sleutel) {
        return pad(tekst(d, sleutel));
    }

    private static Path pad(String waarde) {
        return waarde == null || waarde.isBlank() ? null : Path.of(waarde.strip());
    }

    private static String tekst(Dictionary<String, Object> d, String sleutel) {
        Object waarde = d == null ? null : d.get(sleutel);
        return waarde == null ? null : waarde.toString();
    }
}
