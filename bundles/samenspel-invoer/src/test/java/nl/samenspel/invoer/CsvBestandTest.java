package nl.samenspel.invoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvBestandTest {

    private static final CsvBestand.Kolommen KOLOMMEN = new CsvBestand.Kolommen(List.of("gemeente", "nummer"), List.of("einde"),
            List.of("bsn", "client"));

    @Test
    void everyHeaderProblemIsNamedAndNoLineIsRead() {
        List<Regelfout> fouten = new ArrayList<>();
        List<String> gelezen = new ArrayList<>();
        CsvBestand.lees("gemeente;nr;bsn;client\n0193;1;x;y\n", KOLOMMEN, fouten, (v, k) -> gelezen.add(v.plaats()));
        assertThat(gelezen).isEmpty();
        assertThat(fouten).extracting(Regelfout::veld).containsExactlyInAnyOrder("nummer", "bsn/client", "nr");
    }

    @Test
    void linesAreNamedByTheirNumberAndOptionalColumnsMayBeAbsent() {
        List<Regelfout> fouten = new ArrayList<>();
        List<String> gelezen = new ArrayList<>();
        CsvBestand.lees("\uFEFFgemeente;nummer;client\n0193;1;a\n\n0150;x;b\n0166;3\n", KOLOMMEN, fouten, (v, k) -> {
            v.gemeente("gemeente");
            v.geheel("nummer", true, 0, 9);
            v.datum("einde", false);
            gelezen.add(v.plaats() + ":" + CsvBestand.clientkolom(k));
        });
        assertThat(gelezen).containsExactly("regel 2:client", "regel 4:client");
        assertThat(fouten).extracting(Regelfout::toString)
                .containsExactly("regel 4, nummer: 'x' is geen geheel getal van 0 tot en met 9", "regel 5: 2 velden, de kopregel heeft er 3");
    }

    @Test
    void refusedFilesGetPlainNames() {
        assertThat(Importresultaat.veiligeNaam("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Importresultaat.veiligeNaam("C:\\\\export\\\\mei 2016.csv")).isEqualTo("mei_2016.csv");
        assertThat(Importresultaat.veiligeNaam("..")).isEqualTo("upload");
        assertThat(Importresultaat.veiligeNaam(null)).isEqualTo("upload");
    }
}
