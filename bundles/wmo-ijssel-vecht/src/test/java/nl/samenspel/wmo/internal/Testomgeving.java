package nl.samenspel.wmo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.api.register.Register;
import nl.samenspel.demodata.WmoDemo;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.testsupport.Testdatabase;
import nl.samenspel.testsupport.Testregister;
import nl.samenspel.testsupport.Testsleutel;
import nl.samenspel.wmo.internal.inlezen.Importdienst;
import nl.samenspel.wmo.internal.invoer.Wmosoort;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;

/** The module outside OSGi: the shipped register and the module's schema on a fresh in-memory Derby. */
public final class Testomgeving {

    public static final String REGIO = "wmo-ijssel-vecht";
    public static final Register REGISTER = Testregister.REGISTER;
    /** A node's pseudonym maker for tests: the region's test key, as every module's tests use it. */
    public static final Pseudoniemdienst SLEUTEL = Testsleutel.DIENST;

    private Testomgeving() {
    }

    public static WmoOpslag opslag() {
        return new WmoOpslag(Testdatabase.gemigreerd(WmoOpslag.SCHEMA, "db/wmo"));
    }

    /** An import as a node has it (with the pseudonym key), keeping refused files under {@code map}. */
    public static Importdienst dienst(WmoOpslag opslag, Path map) {
        return new Importdienst(opslag, Testregister.registerService(REGISTER), REGIO, map, SLEUTEL, Invoerlimieten.standaard());
    }

    /** The dataset written as CSV files into {@code map/csv}, which it answers. */
    public static Path csv(WmoDemo demo, Path map) throws IOException {
        Path csv = map.resolve("csv");
        demo.schrijfCsv(csv, null);
        return csv;
    }

    /** The file {@code bestand} read as {@code soort} (its code, as {@code start-zorg}): accepted whole, or the test fails naming it. */
    public static void aanvaard(Importdienst dienst, String soort, Path bestand) throws Exception {
        String naam = bestand.getFileName().toString();
        Importresultaat r = dienst.importeer(Wmosoort.valueOf(soort.toUpperCase().replace('-', '_')), naam, Files.readAllBytes(bestand));
        assertThat(r.fouten()).as(naam).isEmpty();
        assertThat(r.geaccepteerd()).as(naam).isTrue();
    }

    public static Importresultaat lees(Importdienst dienst, Wmosoort soort, String csv) throws Exception {
        return dienst.importeer(soort, soort.code() + ".csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
