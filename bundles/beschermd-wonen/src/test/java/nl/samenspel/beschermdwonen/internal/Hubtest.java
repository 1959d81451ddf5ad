package nl.samenspel.beschermdwonen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.samenspel.beschermdwonen.internal.inlezen.Importdienst;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.invoer.Importresultaat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that reads small hand-made CSV files through the hub's import into a fresh store. The store
 * and the import are new before each test (before the subclass's own {@code @BeforeEach}, which may
 * read its dataset in with {@link #lees}).
 */
public abstract class Hubtest {

    @TempDir
    protected Path map;

    protected BwOpslag opslag;
    protected Importdienst dienst;

    @BeforeEach
    final void nieuweHub() {
        opslag = Testomgeving.opslag();
        dienst = Testomgeving.hub(opslag, map);
    }

    /** One file of the kind, named after it. */
    protected Importresultaat importeer(Bwsoort soort, String csv) throws Exception {
        return dienst.importeer(soort, soort.code() + ".csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #importeer}, for a file the test's dataset needs: it must read without errors. */
    protected void lees(Bwsoort soort, String csv) throws Exception {
        assertThat(importeer(soort, csv).fouten()).as(soort.code()).isEmpty();
    }
}
