package nl.samenspel.metrieken.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.gezondheid.Meting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole exposition: the JVM's standard meters, the data directory's disk, the sources. */
class VerzamelaarTest {

    @TempDir
    Path data;

    @Test
    void exposesTheJvmTheDataDirectoryAndTheSources() {
        try (Verzamelaar verzamelaar = new Verzamelaar(data)) {
            String tekst = verzamelaar.scrape(List.of(new Bron("meetbron-1", "proef",
                    () -> List.of(Meting.meter("samenspel.test.wachtrij", "Batches die wachten", "", Map.of(), 3)))));

            assertThat(tekst).contains("jvm_memory_used_bytes{area=\"heap\"", "jvm_memory_max_bytes{area=\"heap\"", "jvm_threads_live_threads ",
                    "process_uptime_seconds ", "samenspel_test_wachtrij 3.0\n");
            String pad = data.toAbsolutePath().normalize().toString();
            assertThat(tekst).contains("disk_free_bytes{path=\"" + pad + "\"} ", "disk_total_bytes{path=\"" + pad + "\"} ");
        }
    }

    @Test
    void withoutADataDirectoryThereIsNoDiskMeter() {
        try (Verzamelaar verzamelaar = new Verzamelaar(null)) {
            assertThat(verzamelaar.scrape(List.of())).contains("jvm_memory_used_bytes").doesNotContain("disk_free_bytes");
        }
    }
}
