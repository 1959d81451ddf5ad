package nl.samenspel.beschermdwonen.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.beschermdwonen.internal.Testomgeving;
import nl.samenspel.beschermdwonen.internal.controle.Hubstamgegevens;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.beschermdwonen.internal.uitwisseling.BwInvoermodule;
import nl.samenspel.demodata.BeschermdWonenDemo;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Uitgaand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.samenspel.testsupport.Testsleutel;

/**
 * A node checks the placements it sends against the facilities the hub publishes: a placement in
 * a facility the hub does not know is refused at the node, named, and nothing is queued.
 */
class BwUitwisselingTest {


    @TempDir
    Path map;

    @Test
    void aNodeRefusesAPlacementInAFacilityTheHubDoesNotKnow() throws Exception {
        BeschermdWonenDemo demo = BeschermdWonenDemo.genereer(2016, BeschermdWonenDemo.Periode.JAREN_2015_2017, 200, 10);
        demo.schrijfCsv(map.resolve("csv"), null);
        BwOpslag opslag = Testomgeving.opslag();
        Pseudoniemdienst sleutel = Testsleutel.DIENST;
        Importdienst knooppunt = new Importdienst(opslag, Testomgeving.registerService(), Testomgeving.REGIO, map.resolve("afgewezen"), sleutel);
        for (Bwsoort soort : List.of(Bwsoort.VOORZIENINGEN, Bwsoort.AANMELDINGEN)) {
            assertThat(knooppunt.importeer(soort, soort.code() + ".csv", Files.readAllBytes(map.resolve("csv").resolve(soort.code() + ".csv")))
                    .fouten()).isEmpty();
        }
        // one placement line of the generated file, delivered by its own herkomstgemeente's node
        List<String> regels = Files.readAllLines(map.resolve("csv/plaatsingen.csv"));
        String kop = regels.get(0);
        String regel = regels.get(1);
        String scheiding = kop.contains(";") ? ";" : ",";
        List<String> kolommen = List.of(kop.split(scheiding));
        String gemeente = regel.split(scheiding)[kolommen.indexOf("herkomstgemeente")];
        String voorziening = regel.split(scheiding)[kolommen.indexOf("voorziening")];
        List<List<String>> wachtrij = new ArrayList<>();
        knooppunt.setUitgaand(new Uitgaand() {
            @Override
            public String gemeente() {
                return gemeente;
            }

            @Override
            public void bewaar(Connection c, String module, String soort, long importId, List<String> k, List<List<String>> r) {
                wachtrij.addAll(r);
            }
        });
        byte[] bestand = (kop + "\n" + regel + "\n").getBytes(StandardCharsets.UTF_8);

        Hubstamgegevens eigen = knooppunt.stamgegevens();
        assertThat(Hubstamgegevens.lees(eigen.document())).isEqualTo(eigen);
        BwInvoermodule module = new BwInvoermodule(knooppunt);
        module.hubStamgegevens(new Hubstamgegevens(Hubstamgegevens.VERSIE,
                eigen.voorzieningen().stream().filter(v -> !v.code().equals(voorziening)).toList()).document());

        Importresultaat r = knooppunt.importeer(Bwsoort.PLAATSINGEN, "plaatsingen.csv", bestand);
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.fouten()).singleElement().satisfies(f -> {
            assertThat(f.plaats() + ", " + f.veld()).isEqualTo("regel 2, voorziening");
            assertThat(f.melding()).contains("onbekende voorziening").contains("volgens de stamgegevens van de hub");
        });
        assertThat(wachtrij).isEmpty();

        module.hubStamgegevens(eigen.document());
        Importresultaat daarna = knooppunt.importeer(Bwsoort.PLAATSINGEN, "plaatsingen.csv", bestand);
        assertThat(daarna.geaccepteerd()).as(daarna.rapport()).isTrue();
        assertThat(wachtrij).hasSize(1);
    }
}
