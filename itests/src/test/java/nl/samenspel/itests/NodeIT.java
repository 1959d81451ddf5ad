package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import nl.samenspel.node.Knooppunt;
import nl.samenspel.store.Database;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.awaitility.Awaitility;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A Harderwijk node profile of 2016 (beschermd wonen only): the same distribution boots the
 * node role and the protected-housing module, nothing of the hub, and nothing of the
 * youth-care module it does not install: no bundle, no tables, no endpoints, no commands.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NodeIT {

    static final int POORT = 18182;

    @Inject
    private BundleContext context;

    @Inject
    private Knooppunt knooppunt;

    @Inject
    private Database database;

    @Inject
    private SessionFactory sessionFactory;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        return new Option[] {
                SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-node,samenspel-beschermd-wonen", POORT, 18102, 11100, 44545),
                        SamenspelKaraf.kopieVanConfig("node")),
                editConfigurationFilePut("etc/nl.samenspel.node.cfg", "gemeente", "0243"),
                editConfigurationFilePut("etc/nl.samenspel.node.cfg", "hubUrl", "https://localhost:" + HubIT.POORT)};
    }

    @Test
    public void nodeProfileBootsNoHubOnlyBundle() {
        List<String> namen = Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName).toList();
        assertTrue(namen.toString(), namen.containsAll(List.of("samenspel-api", "samenspel-store", "samenspel-register", "samenspel-rest",
                "samenspel-node", "beschermd-wonen")));
        assertFalse("hub-bundle op een node", namen.contains("samenspel-hub"));
        assertFalse("jeugdhulp op een node zonder jeugdhulp", namen.contains("jeugdhulp-ijsselland"));
        // every bundle active; a fragment (samenspel-jetty, attached to pax-web-jetty) is resolved, never active
        assertTrue(Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().startsWith("samenspel-"))
                .allMatch(b -> b.getHeaders("").get("Fragment-Host") != null ? b.getState() == Bundle.RESOLVED : b.getState() == Bundle.ACTIVE));
    }

    /**
     * This node has its gemeente but not the exchange's configuration (stores, inbox): it cannot send, so it is
     * not ready, and the readiness endpoint names the configuration to add.
     */
    @Test
    public void readinessNamesTheMissingExchangeConfiguration() {
        AtomicReference<Http.Antwoord> laatste = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
            laatste.set(http.get("readiness"));
            return laatste.get().body().contains("configuratie nl.samenspel.uitwisseling ontbreekt")
                    && !laatste.get().body().contains("Karaf installeert");
        });
        assertEquals(503, laatste.get().status());
        assertTrue(laatste.get().contentType().startsWith("application/problem+json"));
        assertEquals("Nog niet gereed", laatste.get().json().get("title").asText());
    }

    @Test
    public void nodeKnowsItsGemeenteAndItsRegions() {
        assertEquals("0243", knooppunt.gemeente());
        http.wachtOpPaden("/knooppunt");
        JsonNode zelf = http.get("knooppunt?peildatum=2016-06-01").json();
        assertEquals("Harderwijk", zelf.get("naam").asText());
        assertEquals(1, zelf.get("regios").size());
        assertEquals("beschermd-wonen-zwolle", zelf.get("regios").get(0).get("id").asText());
    }

    @Test
    public void hubEndpointsAreAbsentOnANode() {
        http.wachtOpPaden("/knooppunt", "/regios/{id}/leden", "/beschermd-wonen/monitoring/spreiding");
        Http.Antwoord knooppunten = http.get("knooppunten");
        assertEquals(404, knooppunten.status());
        assertTrue(knooppunten.contentType().startsWith("application/problem+json"));
        JsonNode paden = http.get("openapi.json").json().get("paths");
        assertTrue(paden.has("/knooppunt"));
        assertTrue(paden.has("/regios/{id}/leden"));
        assertFalse(paden.has("/knooppunten"));
        assertFalse(paden.toString(), paden.toString().contains("/jeugdhulp"));
        assertTrue(paden.has("/beschermd-wonen/imports/{soort}"));
        assertTrue(paden.has("/beschermd-wonen/monitoring/spreiding"));
        assertEquals(404, http.get("jeugdhulp/aanbieders").status());
    }

    @Test
    public void noYouthCareTablesOrCommands() throws Exception {
        try (Connection c = database.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getSchemas(null, "JEUGDHULP")) {
            assertFalse("schema JEUGDHULP op een node zonder jeugdhulp", rs.next());
        }
        try (Connection c = database.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getSchemas(null, "BESCHERMDWONEN")) {
            assertTrue("schema BESCHERMDWONEN op een node met beschermd wonen", rs.next());
        }
        assertTrue(Shell.uitvoeren(sessionFactory, "samenspel:bw-monitor --help").contains("bw-monitor"));
        try {
            String uit = Shell.uitvoeren(sessionFactory, "samenspel:jeugdhulp-monitor --jaar 2016 budgetten");
            throw new AssertionError("commando bestaat: " + uit);
        } catch (Exception e) {
            // gogo's CommandNotFoundException; its class is not on this bundle's class path
            assertEquals(e.toString(), "CommandNotFoundException", e.getClass().getSimpleName());
        }
    }
}
