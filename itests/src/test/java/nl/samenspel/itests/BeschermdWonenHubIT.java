package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The hub with the protected-housing module: the generated 2015-2017 dataset (15 members)
 * loads through REST; the spreading view shows who from where is placed where as recomputed
 * from the generator's records; the 2016 equalization (band 0, key budget) divides the
 * regional deficit to the cent; a seven-month full package at home is refused with its reason.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BeschermdWonenHubIT {

    static final int POORT = 18187;
    private static final String DEMO = "samenspel.demo.bw";
    private static boolean geladen;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        Path demo = Demobestanden.maakBeschermdWonen("hub");
        return new Option[] {SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-hub", POORT, 18107, 11105, 44550),
                SamenspelKaraf.kopieVanConfig("bw-hub")), systemProperty(DEMO).value(demo.toString())};
    }

    private static Path demo() {
        return Path.of(System.getProperty(DEMO));
    }

    private synchronized void laad() {
        if (!geladen) {
            http.wachtOpPaden("/beschermd-wonen/imports/{soort}", "/beschermd-wonen/monitoring/spreiding", "/vereveningen");
            http.wachtOpJson("beschermd-wonen/imports", "beschermd-wonen/monitoring/uitstroom?jaar=2016");
            for (String soort : List.of("voorzieningen", "aanmeldingen", "plaatsingen")) {
                Demoimport.importeer(http, "beschermd-wonen", soort, demo().resolve("csv").resolve(soort + ".csv"), "text/csv");
            }
            geladen = true;
        }
    }

    @Test
    public void spreadingShowsResidentsOfOtherMembersPlacedInZwolle() {
        laad();
        Demoverwachting v = new Demoverwachting(demo());
        JsonNode s = http.get("beschermd-wonen/monitoring/spreiding?jaar=2016").json();
        assertEquals(15, s.get("herkomst").size());
        for (JsonNode h : s.get("herkomst")) {
            String g = h.get("gemeente").asText();
            h.get("perVestigingsgemeente").fields().forEachRemaining(e ->
                    assertEquals(g + " -> " + e.getKey(), v.getal("plaatsingen." + g + "." + e.getKey()), e.getValue().asLong()));
        }
        JsonNode zwolle = null;
        for (JsonNode r : s.get("vestiging")) {
            if (r.get("gemeente").asText().equals("0193")) {
                zwolle = r;
            }
        }
        assertEquals(v.getal("vestiging.0193"), zwolle.get("plaatsingen").asLong());
        assertTrue("most places are in Zwolle", zwolle.get("plaatsingen").asLong() * 100 > v.getal("plaatsingen.regio") * 70);
        assertTrue("residents of other members are placed in Zwolle", zwolle.get("vanElders").asLong() > zwolle.get("plaatsingen").asLong() / 2);
    }

    @Test
    public void theEqualizationOf2016DividesTheRegionalDeficitToTheCent() {
        laad();
        Demoverwachting v = new Demoverwachting(demo());
        JsonNode kosten = http.get("beschermd-wonen/monitoring/kosten?jaar=2016").json();
        assertEquals(v.getal("kosten.regio"), kosten.get("totaleKosten").asLong());
        long tekort = -kosten.get("regionaalResultaat").asLong();
        assertTrue("the generated year has a deficit", tekort > 0);
        Http.Antwoord a = http.post("vereveningen", "application/json",
                "{\"regio\": \"beschermd-wonen-zwolle\", \"jaar\": 2016, \"modelbestand\": true}");
        assertEquals(a.body(), 201, a.status());
        JsonNode run = a.json();
        assertEquals(15, run.get("leden").size());
        long somSaldo = 0;
        long somBudget = 0;
        for (JsonNode lid : run.get("leden")) {
            String g = lid.get("gemeente").asText();
            assertEquals(g, v.getal("kosten." + g, 0), lid.get("kosten").asLong());
            somSaldo += lid.get("saldo").asLong();
            somBudget += lid.get("budget").asLong();
        }
        assertEquals(kosten.get("verdeeld").asLong(), somBudget);
        assertEquals(0, run.get("controle").get("somVerevening").asLong());
        assertEquals(v.getal("kosten.regio"), run.get("controle").get("somToerekening").asLong());
        // every member carries its budget share of the deficit: the saldi add up to minus the deficit, to the cent
        assertEquals(-tekort, somSaldo);
    }

    @Test
    public void aSevenMonthFullPackageAtHomeIsRefusedWithItsReason() {
        laad();
        String csv = "herkomstgemeente;plaatsingnummer;client;voorziening;vorm;ingangsdatum;einddatum;tarief;tariefeenheid;eindreden\n"
                + "0243;990001;" + "cd".repeat(32) + ";" + eenVoorziening() + ";volledig-pakket-thuis;2016-02-01;2016-08-31;250000;maand;anders\n";
        Http.Antwoord a = http.post("beschermd-wonen/imports/plaatsingen?bestand=vpt.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(a.body(), 422, a.status());
        assertTrue(a.body(), a.body().contains("volledig pakket thuis duurt hooguit 6 maanden"));
        assertTrue(a.body(), a.body().contains("regel 2, einddatum"));
    }

    private String eenVoorziening() {
        return http.get("beschermd-wonen/monitoring/bezetting?peildatum=2016-06-01").json().get("voorzieningen").get(0).get("voorziening").asText();
    }
}
