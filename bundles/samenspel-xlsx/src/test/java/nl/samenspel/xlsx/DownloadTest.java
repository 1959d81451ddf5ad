package nl.samenspel.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.samenspel.rest.ProblemException;
import org.junit.jupiter.api.Test;

/** The format of an overview: the parameter first, else the Accept header, else JSON; an unknown one is refused naming the choices. */
class DownloadTest {

    @Test
    void formatFromParameterOrAcceptHeader() {
        assertThat(Download.formaat(null, "text/csv")).isEqualTo(Download.Formaat.CSV);
        assertThat(Download.formaat(" CSV ", null)).isEqualTo(Download.Formaat.CSV);
        assertThat(Download.formaat("xlsx", "application/json")).isEqualTo(Download.Formaat.XLSX);
        assertThat(Download.formaat("", Download.XLSX + ", text/csv")).isEqualTo(Download.Formaat.XLSX);
        assertThat(Download.formaat(null, null)).isEqualTo(Download.Formaat.JSON);
        assertThatThrownBy(() -> Download.formaat("pdf", null)).isInstanceOf(ProblemException.class).hasMessageContaining("json, csv of xlsx");
    }
}
