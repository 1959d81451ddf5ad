package nl.samenspel.module.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.invoer.Veldlezer;
import nl.samenspel.invoer.Wijziging;
import org.junit.jupiter.api.Test;

class LeveringlezerTest {

    private final List<Regelfout> fouten = new ArrayList<>();

    private Veldlezer regel(Map<String, String> velden) {
        return new Veldlezer("regel 2", velden::get, fouten);
    }

    @Test
    void statusAanleveringSaysWithdrawnOrChanged() {
        StartZorg ingetrokken = Leveringlezer.startZorg(regel(Map.of("gemeente", "0193", "toewijzingnummer", "7", "begindatum", "2025-01-06",
                "status", "3")));
        StopZorg gewijzigd = Leveringlezer.stopZorg(regel(Map.of("gemeente", "0193", "toewijzingnummer", "7", "einddatum", "2025-03-31",
                "reden", "02", "status", "2")), Map.of("02", "zorg beëindigd"), "reden beëindiging");

        assertThat(ingetrokken).isEqualTo(new StartZorg("0193", 7, LocalDate.of(2025, 1, 6), true, false));
        assertThat(gewijzigd).isEqualTo(new StopZorg("0193", 7, LocalDate.of(2025, 3, 31), "02", false, true));
        assertThat(fouten).isEmpty();
    }

    @Test
    void aBadFieldIsNamedAndNothingIsRead() {
        assertThat(Leveringlezer.stopZorg(regel(Map.of("gemeente", "0193", "toewijzingnummer", "7", "einddatum", "2025-03-31",
                "reden", "99", "status", "4")), Map.of("02", "zorg beëindigd"), "iJw-reden beëindiging")).isNull();
        assertThat(fouten).extracting(Regelfout::veld).containsExactlyInAnyOrder("reden", "status");
    }

    @Test
    void aRedenWijzigingIsTheStandardsWord() {
        assertThat(Leveringlezer.wijziging(regel(Map.of("redenwijziging", "14")), "iJw")).isEqualTo(Wijziging.CORRECTIE);
        assertThat(Leveringlezer.wijziging(regel(Map.of()), "iJw")).isNull();
        Leveringlezer.wijziging(regel(Map.of("redenwijziging", "99")), "iWmo");
        assertThat(fouten).singleElement().extracting(Regelfout::melding).asString().contains("geen iWmo-RedenWijziging");
    }

    @Test
    void theExchangeFormIsWhatTheReaderReads() {
        StopZorg stop = new StopZorg("0193", 7, LocalDate.of(2025, 3, 31), "02", false, true);
        assertThat(Leveringlezer.uitwisselregel(stop)).containsExactly("0193", "7", "2025-03-31", "02", "2");
        assertThat(Leveringlezer.uitwisselregel(new StartZorg("0193", 7, LocalDate.of(2025, 1, 6), false, false)))
                .containsExactly("0193", "7", "2025-01-06", null);
        List<String> kop = List.of("gemeente", "toewijzingnummer", "einddatum", "reden", "status");
        List<String> regel = Leveringlezer.uitwisselregel(stop);
        assertThat(Leveringlezer.stopZorg(regel(java.util.stream.IntStream.range(0, kop.size()).boxed()
                .collect(java.util.stream.Collectors.toMap(kop::get, regel::get))), Map.of("02", "zorg beëindigd"), "reden")).isEqualTo(stop);
    }
}
