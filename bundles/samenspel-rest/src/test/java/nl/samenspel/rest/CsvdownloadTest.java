package nl.samenspel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvdownloadTest {

    @Test
    void aDownloadIsSemicolonSeparatedUtf8WithAByteOrderMark() {
        String csv = new String(Csvdownload.bestand(List.of("gemeente", "naam", "bedrag (eurocent)"),
                List.of(List.of("0148", "Dalfsen; Ommen", 1200L), Arrays.asList("0150", null, -5L))), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\ufeffgemeente;naam;bedrag (eurocent)\r\n0148;\"Dalfsen; Ommen\";1200\r\n0150;;-5\r\n");
    }

    @Test
    void formatCsvAsksForTheDownloadAndAnythingElseButJsonIsNamed() {
        assertThat(Csvdownload.gevraagd("csv")).isTrue();
        assertThat(Csvdownload.gevraagd(null)).isFalse();
        assertThat(Csvdownload.gevraagd("json")).isFalse();
        assertThatThrownBy(() -> Csvdownload.gevraagd("xlsx")).isInstanceOf(ProblemException.class).hasMessageContaining("kies json of csv");
    }
}
