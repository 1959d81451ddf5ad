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
        // an unknown header name is not repeated (a file without a header has data there): its position, and what it may have meant
        assertThat(fouten).extracting(Regelfout::veld).containsExactlyInAnyOrder("nummer", "bsn/client", "kolom 2");
        assertThat(fouten).filteredOn(f -> f.veld().equals("kolom 2")).singleElement()
                .satisfies(f -> assertThat(f.melding()).startsWith("onbekende kolom (bedoeld: nummer?)"));
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
                .containsExactly("regel 4, nummer: geen geheel getal van 0 tot en met 9 (gevonden: 1 teken)", "regel 5: 2 velden, de kopregel heeft er 3");
    }

    /**
     * The line-length check is one pass over the text: a first version searched for a CR from each
     * line to the end of the file, and made a 100,000-line import four times slower
     * (bench/jeugdhulp-import). Quadratic, 100,000 lines take minutes; linear, well under a second.
     */
    @Test
    void theLineBoundIsCheckedInTimeLinearInTheFile() {
        StringBuilder tekst = new StringBuilder("gemeente;nummer;client\n");
        for (int i = 0; i < 100_000; i++) {
            tekst.append("0193;").append(i % 10).append(";abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\n");
        }
        List<Regelfout> fouten = new ArrayList<>();
        int[] regels = {0};
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> CsvBestand.lees(tekst.toString(), KOLOMMEN, fouten, (v, k) -> regels[0]++));
        assertThat(fouten).isEmpty();
        assertThat(regels[0]).isEqualTo(100_000);
    }

    @Test
    void aLineLongerThanTheBoundRefusesTheFileBeforeItIsSplit() {
        List<Regelfout> fouten = new ArrayList<>();
        List<String> gelezen = new ArrayList<>();
        String tekst = "gemeente;nummer;client\n0193;1;a\n0193;2;" + "b".repeat(200) + "\n0193;3;c\n";
        CsvBestand.lees(tekst, KOLOMMEN, Grenzen.csv(100, 100), fouten, (v, k) -> gelezen.add(v.plaats()));
        assertThat(gelezen).isEmpty();
        assertThat(fouten).singleElement().hasToString("regel 3, csvRegellengte: de regel is langer dan 100 tekens"
                + " (grens nl.samenspel.invoer/csvRegellengte = 100)");
        // a quoted field with line ends is measured as one record
        fouten.clear();
        String lang = "gemeente;nummer;client\n0193;1;\"" + "b\n".repeat(60) + "\"\n";
        CsvBestand.lees(lang, KOLOMMEN, Grenzen.csv(100, 100), fouten, (v, k) -> gelezen.add(v.plaats()));
        assertThat(fouten).singleElement().satisfies(f -> assertThat(f.veld()).isEqualTo("csvRegellengte"));
        // lines ended by a lone CR (old Mac exports) are measured one by one
        fouten.clear();
        gelezen.clear();
        StringBuilder cr = new StringBuilder("gemeente;nummer;client\r");
        for (int i = 0; i < 20; i++) {
            cr.append("0193;").append(i).append(";abcdefgh\r");
        }
        CsvBestand.lees(cr.toString(), KOLOMMEN, Grenzen.csv(100, 100), fouten, (v, k) -> gelezen.add(v.plaats()));
        assertThat(fouten).isEmpty();
        assertThat(gelezen).hasSize(20);
        CsvBestand.lees(cr + "0193;99;" + "x".repeat(100) + "\r\n", KOLOMMEN, Grenzen.csv(100, 100), fouten, (v, k) -> { });
        assertThat(fouten).singleElement().satisfies(f -> assertThat(f.plaats()).isEqualTo("regel 22"));
        // the default bound
        fouten.clear();
        CsvBestand.lees("gemeente;nummer;client\n0193;1;" + "x".repeat(10_001) + "\n", KOLOMMEN, fouten, (v, k) -> gelezen.add(v.plaats()));
        assertThat(fouten).singleElement().satisfies(f -> assertThat(f.melding()).contains("langer dan 10000 tekens"));
    }

    @Test
    void moreFieldsThanTheBoundAreRefused() {
        List<Regelfout> fouten = new ArrayList<>();
        List<String> gelezen = new ArrayList<>();
        CsvBestand.lees("gemeente;nummer;client\n0193;1;a\n" + ";".repeat(10) + "\n", KOLOMMEN, Grenzen.csv(10_000, 5), fouten,
                (v, k) -> gelezen.add(v.plaats()));
        assertThat(fouten).singleElement().hasToString("regel 3, csvVelden: de regel heeft meer dan 5 velden"
                + " (grens nl.samenspel.invoer/csvVelden = 5)");
        fouten.clear();
        CsvBestand.lees("a;".repeat(101) + "\n", KOLOMMEN, fouten, (v, k) -> gelezen.add(v.plaats()));
        assertThat(fouten).singleElement().hasToString("kopregel, csvVelden: de kopregel heeft meer dan 100 kolommen"
                + " (grens nl.samenspel.invoer/csvVelden = 100)");
    }

    @Test
    void aBrokenQuoteIsNamedByItsLineWithoutTheCells() {
        List<Regelfout> fouten = new ArrayList<>();
        CsvBestand.lees("gemeente;nummer;client\n0193;1;a\n0193;\"123456782\"x;Jansen\n0193;3;c\n", KOLOMMEN, fouten, (v, k) -> { });
        assertThat(fouten).singleElement().satisfies(f -> {
            assertThat(f.plaats()).isEqualTo("regel 3");
            assertThat(f.melding()).startsWith("geen leesbare CSV vanaf deze regel").doesNotContain("123456782").doesNotContain("Jansen");
        });
        fouten.clear();
        CsvBestand.lees("gemeente;nummer;client\n0193;\"123456782;a\n0193;3;c\n", KOLOMMEN, fouten, (v, k) -> { });
        assertThat(fouten).singleElement().satisfies(f -> {
            assertThat(f.plaats()).isEqualTo("regel 2");
            assertThat(f.toString()).doesNotContain("123456782");
        });
    }

    @Test
    void aHeaderNameIsRepeatedOnlyWhenItIsAKnownColumn() {
        List<Regelfout> fouten = new ArrayList<>();
        // a file without its header: the first line of data is read as one
        CsvBestand.lees("0193;1;123456782;Jansen\n0193;2;111222333;Pietersen\n", KOLOMMEN, fouten, (v, k) -> { });
        assertThat(fouten).extracting(Regelfout::toString).noneMatch(t -> t.contains("123456782") || t.contains("Jansen"));
        assertThat(fouten).extracting(Regelfout::veld).contains("kolom 1", "kolom 3", "gemeente");
        fouten.clear();
        CsvBestand.lees("gemeente;nummer;nummer;;client\n", KOLOMMEN, fouten, (v, k) -> { });
        assertThat(fouten).extracting(Regelfout::toString).containsExactly(
                "kopregel, nummer: de kolom staat er twee keer in (ook als kolom 3)",
                "kopregel, kolom 4: de kolom heeft geen naam; bekend: gemeente, nummer, einde, bsn, client");
    }

    @Test
    void refusedFilesGetPlainNames() {
        assertThat(Importresultaat.veiligeNaam("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Importresultaat.veiligeNaam("C:\\\\export\\\\mei 2016.csv")).isEqualTo("mei_2016.csv");
        assertThat(Importresultaat.veiligeNaam("..")).isEqualTo("upload");
        assertThat(Importresultaat.veiligeNaam(null)).isEqualTo("upload");
    }
}
