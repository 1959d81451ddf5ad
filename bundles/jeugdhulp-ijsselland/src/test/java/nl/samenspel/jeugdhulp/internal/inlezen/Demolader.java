package nl.samenspel.jeugdhulp.internal.inlezen;

import nl.samenspel.invoer.Importresultaat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import java.util.List;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.demodata.Tariefkorting;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.jeugdhulp.internal.opslag.Tariefkortingen;

/** Loads a generated demo dataset through the real import, in the order a region would: contracted side first. */
final class Demolader {

    private Demolader() {
    }

    /**
     * A node's import over {@code opslag} with the dataset's master data loaded: the dataset
     * written as CSV into {@code map/csv}, refused uploads kept in {@code map/afgewezen}.
     */
    static Importdienst knooppunt(JeugdhulpDemo demo, JeugdhulpOpslag opslag, Path map) throws Exception {
        demo.schrijfCsv(map.resolve("csv"), null);
        Importdienst dienst = Testomgeving.knooppunt(opslag, map.resolve("afgewezen"));
        laadStamgegevens(dienst, new Tariefkortingen(opslag), demo, map.resolve("csv"));
        return dienst;
    }

    static void laadStamgegevens(Importdienst dienst, Tariefkortingen kortingen, JeugdhulpDemo demo, Path csv) throws Exception {
        for (Importsoort soort : List.of(Importsoort.AANBIEDERS, Importsoort.PRODUCTEN, Importsoort.TARIEVEN)) {
            accepteer(dienst, soort, csv.resolve(soort.code() + ".csv"));
        }
        for (Tariefkorting k : demo.kortingen()) {
            kortingen.pasToe(k.jaar(), k.groep(), k.percentage(), nl.samenspel.jeugdhulp.internal.controle.Definitief.GEEN);
        }
        for (Importsoort soort : List.of(Importsoort.CONTRACTEN, Importsoort.BUDGETTEN)) {
            accepteer(dienst, soort, csv.resolve(soort.code() + ".csv"));
        }
    }

    static void laadZorgCsv(Importdienst dienst, Path csv) throws Exception {
        for (Importsoort soort : List.of(Importsoort.TOEWIJZINGEN, Importsoort.START_ZORG, Importsoort.STOP_ZORG, Importsoort.DECLARATIES)) {
            accepteer(dienst, soort, csv.resolve(soort.code() + ".csv"));
        }
    }

    static Importresultaat accepteer(Importdienst dienst, Importsoort soort, Path bestand) throws Exception {
        Importresultaat r = dienst.importeer(soort, bestand.getFileName().toString(), Files.readAllBytes(bestand));
        assertThat(r.fouten()).as(bestand.toString()).isEmpty();
        assertThat(r.geaccepteerd()).isTrue();
        return r;
    }
}
