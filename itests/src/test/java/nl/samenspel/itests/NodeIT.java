package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import nl.samenspel.node.Knooppunt;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** A Deventer node profile: the same distribution boots the node role and nothing of the hub. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NodeIT {

    static final int POORT = 18182;

    @Inject
    private BundleContext context;

    @Inject
    private Knooppunt knooppunt;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        return new Option[] {
                SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-node", POORT, 18102, 11100, 44545),
                        SamenspelKaraf.kopieVanConfig("node")),
                editConfigurationFilePut("etc/nl.samenspel.node.cfg", "gemeente", "0150"),
                editConfigurationFilePut("etc/nl.samenspel.node.cfg", "hubUrl", "http://localhost:" + HubIT.POORT)};
    }

    @Test
    public void nodeProfileBootsNoHubOnlyBundle() {
        List<String> namen = Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName).toList();
        assertTrue(namen.toString(), namen.containsAll(List.of("samenspel-api", "samenspel-store", "samenspel-register", "samenspel-rest",
                "samenspel-node")));
        assertFalse("hub-bundle op een node", namen.contains("samenspel-hub"));
        assertTrue(Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().startsWith("samenspel-"))
                .allMatch(b -> b.getState() == Bundle.ACTIVE));
    }

    @Test
    public void nodeKnowsItsGemeenteAndItsRegions() {
        assertEquals("0150", knooppunt.gemeente());
        http.wachtOpPaden("/knooppunt");
        JsonNode zelf = http.get("knooppunt?peildatum=2016-06-01").json();
        assertEquals("Deventer", zelf.get("naam").asText());
        assertEquals(1, zelf.get("regios").size());
        assertEquals("jeugdhulp-ijsselland", zelf.get("regios").get(0).get("id").asText());
        assertEquals(0, zelf.get("problemen").size());
    }

    @Test
    public void hubEndpointsAreAbsentOnANode() {
        http.wachtOpPaden("/knooppunt", "/regios/{id}/leden");
        Http.Antwoord knooppunten = http.get("knooppunten");
        assertEquals(404, knooppunten.status());
        assertTrue(knooppunten.contentType().startsWith("application/problem+json"));
        JsonNode paden = http.get("openapi.json").json().get("paths");
        assertTrue(paden.has("/knooppunt"));
        assertTrue(paden.has("/regios/{id}/leden"));
        assertFalse(paden.has("/knooppunten"));
    }
}
