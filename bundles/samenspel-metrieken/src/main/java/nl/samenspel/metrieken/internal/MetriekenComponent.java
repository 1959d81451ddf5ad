package nl.samenspel.metrieken.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.samenspel.api.gezondheid.Gezondheid;
import nl.samenspel.api.gezondheid.Meetbron;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installation's metrics: a {@link Verzamelaar} over the data directory, fed with every
 * {@link Meetbron} and every {@link Gezondheid} service while they are there. Immediate, so the
 * registry lives as long as the bundle and not as long as the JAX-RS application happens to hold the
 * resource (the whiteboard redeploys it whenever a resource comes or goes): GC counts and error
 * counts are not reset by that.
 */
@Component(service = MetriekenComponent.class, immediate = true)
public class MetriekenComponent {

    private static final Logger LOG = LoggerFactory.getLogger(MetriekenComponent.class);

    private final Verzamelaar verzamelaar;
    private final Map<String, Bron> bronnen = new ConcurrentHashMap<>();

    @Activate
    public MetriekenComponent(BundleContext context) {
        String data = context.getProperty("karaf.data");
        if (data == null || data.isBlank()) {
            LOG.warn("karaf.data is niet gezet; de schijfruimte van de datamap ontbreekt in /api/v1/metrics");
        }
        verzamelaar = new Verzamelaar(data == null || data.isBlank() ? null : Path.of(data));
    }

    @Deactivate
    void deactivate() {
        verzamelaar.close();
    }

    /** Every meter, with the sources read now, in the Prometheus text format 0.0.4. */
    public String scrape() {
        return verzamelaar.scrape(List.copyOf(bronnen.values()));
    }

    @Reference(service = Meetbron.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "meetbronWeg")
    void meetbronErbij(Meetbron meetbron, Map<String, Object> eigenschappen) {
        String id = "meetbron-" + eigenschappen.get(Constants.SERVICE_ID);
        bronnen.put(id, new Bron(id, naam(eigenschappen), meetbron));
    }

    void meetbronWeg(Meetbron meetbron, Map<String, Object> eigenschappen) {
        weg("meetbron-" + eigenschappen.get(Constants.SERVICE_ID));
    }

    @Reference(service = Gezondheid.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "gezondheidWeg")
    void gezondheidErbij(Gezondheid gezondheid, Map<String, Object> eigenschappen) {
        String id = "gezondheid-" + eigenschappen.get(Constants.SERVICE_ID);
        bronnen.put(id, new Bron(id, naam(eigenschappen), Bron.alsMeetbron(gezondheid)));
    }

    void gezondheidWeg(Gezondheid gezondheid, Map<String, Object> eigenschappen) {
        weg("gezondheid-" + eigenschappen.get(Constants.SERVICE_ID));
    }

    private void weg(String id) {
        bronnen.remove(id);
        verzamelaar.vergeet(id);
    }

    /** The label of a source's errors: its DS component's name, which says where to look; else its service id. */
    private static String naam(Map<String, Object> eigenschappen) {
        Object component = eigenschappen.get(ComponentConstants.COMPONENT_NAME);
        return component != null ? component.toString() : "service-" + eigenschappen.get(Constants.SERVICE_ID);
    }
}
