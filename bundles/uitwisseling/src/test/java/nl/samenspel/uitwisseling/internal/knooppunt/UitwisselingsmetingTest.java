package nl.samenspel.uitwisseling.internal.knooppunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox figure counts the files a module will read, not those still being written nor stray ones. */
class UitwisselingsmetingTest {

    @TempDir
    Path inbox;

    @Test
    void countsFilesAtModuleSoortDepthWithoutTmpOrPart() throws Exception {
        assertThat(Uitwisselingsmeting.wachtend(inbox.resolve("bestaat-niet"))).isZero();
        Path map = Files.createDirectories(inbox.resolve("jeugdhulp").resolve("toewijzingen"));
        Files.writeString(map.resolve("a.csv"), "x");
        Files.writeString(map.resolve("b.xml"), "x");
        Files.writeString(map.resolve("c.csv.tmp"), "x");
        Files.writeString(map.resolve("d.part"), "x");
        Files.writeString(inbox.resolve("los.csv"), "x");
        Files.writeString(Files.createDirectories(inbox.resolve("jeugdhulp")).resolve("verkeerd.csv"), "x");
        assertThat(Uitwisselingsmeting.wachtend(inbox)).isEqualTo(2);
    }
}
