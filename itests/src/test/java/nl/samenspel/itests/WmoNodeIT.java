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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import nl.samenspel.store.Database;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A Kampen node with the Wmo module and the region's pseudonym key: the module's tables and
 * endpoints are there and answer as the table of rights says, and Kampen's own WMO301 messages
 * are read with every BSN replaced by the pseudonym the key gives, and no birth date stored.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WmoNodeIT {

    static final int POORT = 18190;
    private static final String DEMO = "samenspel.demo.wmo.node";

    @Inject
    private Database database;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        Path demo = Demobestanden.maakWmo("kampen", false);
        return new Option[] {
                SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-node,samenspel-wmo", POORT, 18121, 11121, 44571),
                        SamenspelKaraf.kopieVanConfig("wmo-node")),
                editConfigurationFilePut("etc/nl.samenspel.node.cfg", "gemeente", "0166"),
                editConfigurationFilePut("etc/nl.samenspel.node.cfg", "hubUrl", "https://localhost:" + WmoHubIT.POORT),
                editConfigurationFilePut("etc/nl.samenspel.pseudoniem.cfg", "sleutelbestand", demo.resolve("pseudoniem.sleutel").toString()),
                systemProperty(DEMO).value(demo.toString())};
    }

    /** A node, too, answers every operation it publishes as the table of rights says (see {@link Rondgang}). */
    @Test
    public void everyOperationOfTheNodeAnswersAsTheTableOfRightsSays() {
        http.wachtOpPaden("/wmo/imports/{soort}", "/wmo/monitoring/budgetten", "/wmo/eigen-bijdrage/cak-lijst", "/knooppunt");
        http.wachtOpJson("knooppunt", "wmo/imports");
        assertTrue(Rondgang.loop(http) > 50);
    }

    @Test
    public void ownWmo301MessagesAreReadWithTheRegionsPseudonymsAndNoBirthDate() throws Exception {
        http.wachtOpPaden("/wmo/imports/{soort}");
        http.wachtOpJson("wmo/imports");
        Path demo = Path.of(System.getProperty(DEMO));
        for (String soort : List.of("aanbieders", "producten", "tarieven", "contracten")) {
            Demoimport.importeer(http, "wmo", soort, demo.resolve("csv").resolve(soort + ".csv"), "text/csv");
        }
        JsonNode r = Demoimport.importeer(http, "wmo", "toewijzingen", demo.resolve("xml").resolve("wmo301-0166.zip"), "application/zip").json();
        Demoverwachting v = new Demoverwachting(demo);
        assertEquals(v.getal("toewijzingen.0166"), r.get("records").asLong());
        assertEquals("ZIP", r.get("formaat").asText());
        Set<String> opgeslagen = new TreeSet<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT CLIENT FROM WMO.TOEWIJZING")) {
            while (rs.next()) {
                opgeslagen.add(rs.getString(1));
            }
        }
        assertEquals(new TreeSet<>(Arrays.asList(v.tekst("pseudoniemen.0166").split(","))), opgeslagen);
        Set<String> kolommen = new TreeSet<>();
        try (Connection c = database.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, "WMO", "TOEWIJZING", "%")) {
            while (rs.next()) {
                kolommen.add(rs.getString("COLUMN_NAME"));
            }
        }
        assertTrue(kolommen.toString(), kolommen.contains("MINDERJARIG") && kolommen.stream().noneMatch(k -> k.contains("GEBOORTE")));
    }
}
