package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The hub with the youth-care module: the generated IJsselland dataset (2,500 allocations,
 * pseudonymised as nodes deliver them) loads through REST; the monitoring equals figures
 * recomputed from the generator's records; the 2016 equalization takes its inputs from the
 * module and balances to the cent.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JeugdhulpHubIT {

    static final int POORT = 18185;
    private static final String DEMO = "samenspel.demo.jeugdhulp";
    private static boolean geladen;

    @Inject
    private SessionFactory sessionFactory;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        Path demo = Demobestanden.maak("hub", true);
        return new Option[] {SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-hub", POORT, 18105, 11103, 44548),
                SamenspelKaraf.kopieVanConfig("jeugdhulp-hub")), systemProperty(DEMO).value(demo.toString())};
    }

    private static Path demo() {
        return Path.of(System.getProperty(DEMO));
    }

    /** Once per container: the test methods share the loaded dataset. */
    private synchronized void laad() {
        if (!geladen) {
            http.wachtOpPaden("/jeugdhulp/imports/{soort}", "/jeugdhulp/tariefkortingen", "/jeugdhulp/monitoring/budgetten", "/vereveningen");
            http.wachtOpJson("jeugdhulp/imports", "jeugdhulp/aanbieders");
            Demoimport.stamgegevens(http, demo().resolve("csv"));
            Demoimport.zorg(http, demo().resolve("csv"));
            geladen = true;
        }
    }

    @Test
    public void monitoringEqualsTheRecomputationFromTheGeneratedRecords() {
        laad();
        Demoverwachting v = new Demoverwachting(demo());
        JsonNode o = http.get("jeugdhulp/monitoring/budgetten?jaar=" + Demobestanden.JAAR).json();
        assertEquals(11, o.get("gemeenten").size());
        for (JsonNode g : o.get("gemeenten")) {
            String code = g.get("gemeente").asText();
            assertEquals(code, v.getal("gerealiseerd.regionaal." + code, 0), g.get("gerealiseerdRegionaal").asLong());
            assertEquals(code, v.getal("gerealiseerd.lokaal." + code, 0), g.get("gerealiseerdLokaal").asLong());
            assertEquals(code, v.getal("clienten." + code), g.get("clienten").asLong());
            assertEquals(code, v.getal("budget.regionaal." + code), g.get("budgetRegionaal").asLong());
            assertEquals(code, g.get("budgetRegionaal").asLong() - g.get("gerealiseerdRegionaal").asLong(), g.get("saldoRegionaal").asLong());
        }
        assertEquals(v.getal("gerealiseerd.regio"), o.get("regio").get("gerealiseerdTotaal").asLong());
        assertEquals(v.getal("clienten.regio"), o.get("regio").get("clienten").asLong());
        assertEquals(0, o.get("zonderTarief").asInt());

        JsonNode plafonds = http.get("jeugdhulp/monitoring/plafonds?jaar=" + Demobestanden.JAAR).json();
        assertTrue(plafonds.get("contracten").size() > 0);
        for (JsonNode k : plafonds.get("contracten")) {
            assertEquals(k.get("agb").asText(), v.getal("gerealiseerd.agb." + k.get("agb").asText(), 0), k.get("gerealiseerd").asLong());
        }
        assertTrue("the generator makes at least one ceiling overrun", plafonds.get("overschreden").asInt() > 0);
        assertEquals(200, http.get("jeugdhulp/monitoring/wachttijden?jaar=2016&gemeente=0150").status());
        assertEquals(200, http.get("jeugdhulp/monitoring/verwijzers?jaar=2016").status());
        assertEquals(400, http.get("jeugdhulp/monitoring/wachttijden?jaar=2016&gemeente=Zwolle").status());
    }

    @Test
    public void theEqualizationOf2016TakesItsInputsFromTheModuleAndBalances() {
        laad();
        Demoverwachting v = new Demoverwachting(demo());
        Http.Antwoord a = http.post("vereveningen", "application/json",
                "{\"regio\": \"jeugdhulp-ijsselland\", \"jaar\": 2016, \"modelbestand\": true}");
        assertEquals(a.body(), 201, a.status());
        JsonNode run = a.json();
        long somK = 0;
        Map<String, Long> kosten = new HashMap<>();
        for (JsonNode lid : run.get("leden")) {
            String code = lid.get("gemeente").asText();
            assertEquals(code, v.getal("gerealiseerd.regionaal." + code, 0), lid.get("kosten").asLong());
            assertEquals(code, v.getal("budget.regionaal." + code), lid.get("budget").asLong());
            kosten.put(code, lid.get("kosten").asLong());
            somK += lid.get("kosten").asLong();
        }
        assertEquals(11, kosten.size());
        assertEquals(somK, run.get("controle").get("somToerekening").asLong());
        assertEquals(0, run.get("controle").get("somVerevening").asLong());
        assertTrue(http.get("vereveningen/" + run.get("id").asLong() + "/herberekening").json().get("gelijk").asBoolean());
    }

    @Test
    public void aBadFileIsRefusedWholeOverRestAndTheShell() throws Exception {
        laad();
        long voor = http.get("jeugdhulp/monitoring/budgetten?jaar=2017").json().get("regio").get("toegewezenTotaal").asLong();
        String csv = "gemeente;toewijzingnummer;client;agb;categorie;productcode;ingangsdatum;einddatum;volume;eenheid;frequentie\n"
                + "0193;900001;" + "ab".repeat(32) + ";98010000;45;45A01;2017-02-01;2017-03-01;2;04;2\n"
                + "0193;900002;" + "ab".repeat(32) + ";98010000;45;45A01;2017-03-01;2017-02-01;2;04;2\n";
        Http.Antwoord a = http.post("jeugdhulp/imports/toewijzingen?bestand=fout.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(a.body(), 422, a.status());
        assertTrue(a.contentType().startsWith("application/problem+json"));
        assertTrue(a.body(), a.body().contains("regel 3, einddatum"));
        assertEquals(voor, http.get("jeugdhulp/monitoring/budgetten?jaar=2017").json().get("regio").get("toegewezenTotaal").asLong());

        String uit = Shell.uitvoeren(sessionFactory, "samenspel:jeugdhulp-monitor --jaar 2016 budgetten");
        assertTrue(uit, uit.contains("Zwolle") && uit.contains("Jeugdhulp regio IJsselland"));
        java.nio.file.Path bestand = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("fout", ".csv"), csv);
        String weigering = Shell.uitvoeren(sessionFactory, "samenspel:jeugdhulp-import toewijzingen " + bestand);
        assertTrue(weigering, weigering.contains("Geweigerd") && weigering.contains("regel 3, einddatum"));
    }
}
