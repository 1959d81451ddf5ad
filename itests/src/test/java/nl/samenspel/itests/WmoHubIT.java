package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
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
 * The hub with the Wmo module: the generated dataset (2015-2017, 2024-2026) loads through REST as
 * the nodes deliver it (pseudonyms); ceiling uptake and realised cost equal what is recomputed from
 * the generator's records, with the 70 % and 100 % signals; the eigen bijdrage downloads as CSV and
 * its client list is for the beheerder only; the 2025 equalization from the model file adds up.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WmoHubIT {

    static final int POORT = 18189;
    private static final String DEMO = "samenspel.demo.wmo";
    private static boolean geladen;

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory sessionFactory;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        Path demo = Demobestanden.maakWmo("hub", true);
        return new Option[] {SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-hub", POORT, 18120, 11120, 44570),
                SamenspelKaraf.kopieVanConfig("wmo-hub")), systemProperty(DEMO).value(demo.toString())};
    }

    private static Path demo() {
        return Path.of(System.getProperty(DEMO));
    }

    private synchronized void laad() {
        if (!geladen) {
            http.wachtOpPaden("/wmo/imports/{soort}", "/wmo/monitoring/plafonds", "/wmo/eigen-bijdrage/opbrengst", "/vereveningen");
            http.wachtOpJson("wmo/imports", "wmo/monitoring/plafonds?jaar=2025");
            for (String soort : List.of("aanbieders", "producten", "tarieven", "contracten", "budgetten", "toewijzingen", "start-zorg",
                    "stop-zorg", "declaraties", "gebruik", "deelnemers")) {
                Demoimport.importeer(http, "wmo", soort, demo().resolve("csv").resolve(soort + ".csv"), "text/csv");
            }
            geladen = true;
        }
    }

    @Test
    public void theModuleRunsWithItsCommands() throws Exception {
        laad();
        Bundle module = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals("wmo-ijssel-vecht")).findFirst()
                .orElseThrow(() -> new AssertionError("bundle wmo-ijssel-vecht ontbreekt"));
        assertEquals(Bundle.ACTIVE, module.getState());
        String uit = Shell.uitvoeren(sessionFactory, "samenspel:wmo-monitor --jaar 2025 plafonds");
        assertTrue(uit, uit.contains("stop"));
    }

    @Test
    public void ceilingUptakeAndRealisedCostAreTheGeneratorsFigures() {
        laad();
        Demoverwachting v = new Demoverwachting(demo());
        for (int jaar : new int[] {2016, 2025}) {
            boolean signaal = false;
            for (JsonNode c : http.get("wmo/monitoring/plafonds?jaar=" + jaar).json().get("contracten")) {
                assertEquals(c.toString(), v.getal("besteed." + c.get("agb").asText() + "." + jaar, 0), c.get("besteed").asLong());
                signaal |= c.get("signaal").asText().equals(jaar == 2016 ? "overleg" : "stop");
            }
            assertTrue("the generator's " + (jaar == 2016 ? "70" : "100") + " % contract of " + jaar, signaal);
        }
        JsonNode budgetten = http.get("wmo/monitoring/budgetten?jaar=2025").json();
        assertEquals(8, budgetten.get("gemeenten").size());
        // the same overview as a controller downloads it: the CSV names each gemeente's realised amount in eurocents, the XLSX is a workbook
        Http.Antwoord csv = http.get("wmo/monitoring/budgetten?jaar=2025&format=csv");
        assertEquals(csv.body(), 200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        Http.Antwoord xlsx = http.get("wmo/monitoring/budgetten?jaar=2025&format=xlsx");
        assertEquals(200, xlsx.status());
        assertEquals(nl.samenspel.xlsx.Download.XLSX, xlsx.contentType());
        assertEquals(400, http.get("wmo/monitoring/budgetten?jaar=2025&format=pdf").status());
        for (JsonNode g : budgetten.get("gemeenten")) {
            assertTrue(csv.body(), csv.body().contains(g.get("gemeente").asText() + ";" + g.get("naam").asText() + ";"));
            assertTrue(csv.body(), csv.body().contains(";" + g.get("gerealiseerd").asLong() + ";"));
            assertEquals(g.toString(), v.getal("gerealiseerd." + g.get("gemeente").asText() + ".2025", 0), g.get("gerealiseerd").asLong());
        }
    }

    @Test
    public void theEigenBijdrageDownloadsAndItsClientListIsForTheBeheerderOnly() {
        laad();
        Http.Antwoord csv = http.get("wmo/eigen-bijdrage/opbrengst?jaar=2025&format=csv");
        assertEquals(csv.body(), 200, csv.status());
        assertTrue(csv.body(), csv.body().contains("gemeente;periode;clienten;clientmaanden;tarief;per;bedrag;status"));
        assertTrue(csv.body(), csv.body().contains(";2100;maand;"));
        Http.Antwoord lijst = http.get("wmo/eigen-bijdrage/cak-lijst?gemeente=0193&maand=2025-03");
        assertEquals(lijst.body(), 200, lijst.status());
        assertTrue(lijst.body(), lijst.json().size() > 0);
        Http.Antwoord lezer = http.als("lezer").get("wmo/eigen-bijdrage/cak-lijst?gemeente=0193&maand=2025-03");
        assertEquals(lezer.body(), 403, lezer.status());
        Http.Antwoord fout = http.get("wmo/eigen-bijdrage/cak-lijst?gemeente=0193&maand=2025-13");
        assertEquals(fout.body(), 400, fout.status());
    }

    @Test
    public void theEqualizationOf2025FromTheModelFileAddsUp() {
        laad();
        Http.Antwoord a = http.als("controller").post("vereveningen", "application/json",
                "{\"regio\": \"wmo-ijssel-vecht\", \"jaar\": 2025, \"modelbestand\": true}");
        assertEquals(a.body(), 201, a.status());
        JsonNode run = a.json();
        assertEquals(8, run.get("leden").size());
        assertEquals(0, run.get("controle").get("somVerevening").asLong());
        long kosten = 0;
        for (JsonNode lid : run.get("leden")) {
            kosten += lid.get("kosten").asLong();
        }
        assertEquals(run.get("totaleKosten").asLong(), kosten);
    }
}
