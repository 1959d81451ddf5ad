package nl.samenspel.uitwisseling.internal.knooppunt;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import nl.samenspel.invoer.Uitgaand;
import nl.samenspel.store.Database;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * A node's outbox as the modules write to it ({@link Uitgaand}), in each import's own
 * transaction. Its own component, with no reference to the modules: a module's import refers to
 * the outbox, and the exchange (which reads the inbox through the modules) refers to both. When
 * the outbox was the exchange itself, the services formed a loop (import → outbox = exchange →
 * modules → import), and depending on which came first at start, the exchange could miss a
 * module for good (seen once in the system test: the node's youth-care inbox stood still).
 */
@Component(service = {Uitgaand.class, Uitgaandewachtrij.class}, configurationPid = "nl.samenspel.node",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class Uitgaandewachtrij implements Uitgaand {

    private final String gemeente;
    private final Uitgaandeopslag opslag;

    @Activate
    public Uitgaandewachtrij(@Reference Database database, @Reference Uitwisselingsinstellingen instellingen, BundleContext context,
                             KnooppuntUitwisseling.Identiteit identiteit) throws SQLException {
        if (identiteit.gemeente() == null || !identiteit.gemeente().matches("\\d{4}")) {
            throw new IllegalArgumentException("nl.samenspel.node: gemeente '" + identiteit.gemeente() + "' is geen CBS-gemeentecode van 4 cijfers");
        }
        this.gemeente = identiteit.gemeente();
        database.migreer(context.getBundle(), Uitgaandeopslag.SCHEMA, "db/uitwisseling");
        this.opslag = new Uitgaandeopslag(database.dataSource(), instellingen.config().batchgrootte());
        opslag.zetRijenOm();
    }

    @Override
    public String gemeente() {
        return gemeente;
    }

    @Override
    public void bewaar(Connection c, String module, String soort, long importId, List<String> kop, List<List<String>> regels)
            throws SQLException {
        opslag.bewaar(c, module, soort, importId, kop, regels);
    }

    public Uitgaandeopslag opslag() {
        return opslag;
    }
}
