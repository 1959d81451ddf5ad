package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import nl.samenspel.store.Database;
import org.apache.karaf.shell.api.console.SessionFactory;
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
 * A Deventer node with the youth-care module and the region's pseudonym key: the module's
 * bundle, tables, endpoints and commands are there, and Deventer's own JW301 messages are
 * read with every BSN replaced by the pseudonym the key gives.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JeugdhulpNodeIT {

    static final int POORT = 18186;
    private static final String DEMO = "samenspel.demo.jeugdhulp";

    @Inject
    private BundleContext context;

    @Inject
    private Database database;

    @Inject
    private SessionFactory sessionFactory;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        Path demo = Demobestanden.maak("deventer", false);
        return new Option[] {
                SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-node,samenspel-jeugdhulp", POORT, 18106, 11104, 44549),
                        SamenspelKaraf.kopieVanConfig("jeugdhulp-node")),
                editConfigurationFilePut("etc/nl.samenspel.node.cfg", "gemeente", "0150"),
                editConfigurationFilePut("etc/nl.samenspel.node.cfg", "hubUrl", "https://localhost:" + JeugdhulpHubIT.POORT),
                editConfigurationFilePut("etc/nl.samenspel.pseudoniem.cfg", "sleutelbestand", demo.resolve("pseudoniem.sleutel").toString()),
                systemProperty(DEMO).value(demo.toString())};
    }

    /** A node, too, answers every operation it publishes as the table of rights says (see {@link Rondgang}). */
    @Test
    public void everyOperationOfTheNodeAnswersAsTheTableOfRightsSays() {
        http.wachtOpPaden("/jeugdhulp/imports/{soort}", "/jeugdhulp/aanbieders", "/jeugdhulp/monitoring/budgetten", "/knooppunt");
        http.wachtOpJson("knooppunt", "jeugdhulp/imports");
        assertTrue(Rondgang.loop(http) > 100);
    }

    @Test
    public void theModuleIsInstalledWithItsTablesEndpointsAndCommands() throws Exception {
        Bundle module = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals("jeugdhulp-ijsselland")).findFirst()
                .orElseThrow(() -> new AssertionError("bundle jeugdhulp-ijsselland ontbreekt"));
        assertEquals(Bundle.ACTIVE, module.getState());
        http.wachtOpPaden("/jeugdhulp/imports/{soort}", "/jeugdhulp/aanbieders", "/jeugdhulp/monitoring/budgetten", "/knooppunt");
        assertEquals(Set.of("AANBIEDER", "BUDGET", "CONTRACT", "IMPORTLOG", "PRODUCT", "PRODUCTPERIODE", "REALISATIE", "TARIEF", "TARIEFKORTING",
                "TOEWIJZING"), tabellen("JEUGDHULP"));
        String hulp = Shell.uitvoeren(sessionFactory, "samenspel:jeugdhulp-monitor --help");
        assertTrue(hulp, hulp.contains("jeugdhulp-monitor"));
        assertEquals(0, http.get("jeugdhulp/monitoring/budgetten?jaar=2016").json().get("regio").get("gerealiseerdTotaal").asLong());
    }

    @Test
    public void ownJw301MessagesAreReadWithTheRegionsPseudonyms() throws Exception {
        http.wachtOpPaden("/jeugdhulp/imports/{soort}", "/jeugdhulp/tariefkortingen");
        http.wachtOpJson("jeugdhulp/imports", "jeugdhulp/aanbieders");
        Path demo = Path.of(System.getProperty(DEMO));
        Demoimport.stamgegevens(http, demo.resolve("csv"));
        JsonNode r = Demoimport.importeer(http, "toewijzingen", demo.resolve("xml").resolve("jw301-0150.zip"), "application/zip").json();
        Demoverwachting v = new Demoverwachting(demo);
        assertEquals(v.getal("toewijzingen.0150"), r.get("records").asLong());
        assertEquals("ZIP", r.get("formaat").asText());
        Set<String> opgeslagen = new TreeSet<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT CLIENT FROM JEUGDHULP.TOEWIJZING")) {
            while (rs.next()) {
                opgeslagen.add(rs.getString(1));
            }
        }
        assertEquals(new TreeSet<>(Arrays.asList(v.tekst("pseudoniemen.0150").split(","))), opgeslagen);
    }

    private Set<String> tabellen(String schema) throws Exception {
        Set<String> uit = new TreeSet<>();
        try (Connection c = database.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                uit.add(rs.getString("TABLE_NAME"));
            }
        }
        uit.removeIf(t -> t.startsWith("flyway") || t.startsWith("FLYWAY"));
        return uit;
    }
}
