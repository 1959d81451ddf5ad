package nl.samenspel.jeugdhulp.internal.inlezen;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test over {@link Kleinedata}, loaded afresh for every case; a subclass adds its own records in a later {@code @BeforeEach}. */
abstract class Kleinedatatest {

    @TempDir
    Path map;

    Kleinedata data;

    @BeforeEach
    void laadKleinedata() throws Exception {
        data = new Kleinedata(map);
    }
}
