package nl.samenspel.jeugdhulp.internal.inlezen;

import nl.samenspel.invoer.Importresultaat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import java.util.List;
import java.util.zip.ZipInputStream;
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

    /**
     * The hub's import over {@code opslag} with the dataset's master data loaded from {@code map/csv}
     * (written by {@link #knooppunt}), refused uploads kept in {@code map/hub}.
     */
    static Importdienst hub(JeugdhulpDemo demo, JeugdhulpOpslag opslag, Path map) throws Exception {
        Importdienst dienst = Testomgeving.hub(opslag, map.resolve("hub"));
        laadStamgegevens(dienst, new Tariefkortingen(opslag), demo, map.resolve("csv"));
        return dienst;
    }

    /** A dataset of seven gemeenten and {@code toewijzingen} allocations, written as iJw messages into {@code map/xml}. */
    static JeugdhulpDemo metBerichten(int toewijzingen, Path map) throws Exception {
        JeugdhulpDemo demo = JeugdhulpDemo.genereer(7, toewijzingen);
        demo.schrijfXml(map.resolve("xml"));
        return demo;
    }

    /**
     * The first message in the archive of {@code bericht} ({@code jw301}, {@code jw305}, …) for {@code gemeente}
     * as {@link #metBerichten} wrote it.
     */
    static byte[] eersteBericht(Path map, String bericht, String gemeente) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(map.resolve("xml").resolve(bericht + "-" + gemeente + ".zip")))) {
            in.getNextEntry();
            return in.readAllBytes();
        }
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
