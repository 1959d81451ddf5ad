package nl.samenspel.wmo.internal.inlezen;

import java.nio.file.Path;
import nl.samenspel.wmo.internal.Testomgeving;
import nl.samenspel.wmo.internal.Wmodata;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test on a fresh node with the small master data of {@link Wmodata} loaded; a subclass adds
 * its support data in its own {@code @BeforeEach}, which JUnit runs after this one.
 */
abstract class Stamgegevenstest {

    @TempDir
    Path map;

    WmoOpslag opslag;
    Importdienst dienst;

    @BeforeEach
    void laadStamgegevens() throws Exception {
        opslag = Testomgeving.opslag();
        dienst = Testomgeving.dienst(opslag, map);
        Wmodata.laadStamgegevens(dienst);
    }
}
