package nl.samenspel.wmo.internal.eigenbijdrage;

import static nl.samenspel.wmo.internal.eigenbijdrage.Voorzieningen.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BijdrageperiodenTest {

    @Test
    void deInningLooptVanDeMaandNaDeStartTotEnMetDeMaandVanHetEinde() {
        Bijdrageperioden perioden = Bijdrageperioden.van(List.of(maatwerk("a", BEGELEIDING, "2025-03-10", "2025-08-31")));

        assertThat(plichtigeMaanden(perioden, "a", "2025-03", "2025-09")).containsExactly("2025-04", "2025-05", "2025-06", "2025-07", "2025-08");
    }

    @Test
    void eenStartOpDeEersteVanDeMaandIsOokPasDeVolgendeMaandPlichtig() {
        Bijdrageperioden perioden = Bijdrageperioden.van(List.of(maatwerk("a", BEGELEIDING, "2025-03-01", null)));

        assertThat(plichtigeMaanden(perioden, "a", "2025-03", "2025-04")).containsExactly("2025-04");
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2040, 1))).isTrue();
    }

    /** Provisions of one client that make one period of liability: from the first start to the last end, whatever lies between. */
    static Stream<Arguments> eenPeriode() {
        return Stream.of(
                geval("overlappende voorzieningen zijn een periode tot de laatste eindigt", periode("a", "2025-03-10", "2025-12-31"),
                        maatwerk("a", HUISHOUDEN, "2025-06-01", "2025-07-15"),
                        maatwerk("a", BEGELEIDING, "2025-03-10", "2025-12-31"),
                        maatwerk("a", "03", "2025-04-01", "2025-05-31")),
                geval("een open voorziening houdt de periode open", periode("a", "2025-03-10", null),
                        maatwerk("a", BEGELEIDING, "2025-03-10", "2025-08-31"),
                        maatwerk("a", HUISHOUDEN, "2025-06-01", null),
                        maatwerk("a", "03", "2025-07-01", "2026-03-31")),
                geval("aansluitend is doorlopend, geen nieuwe start", periode("a", "2025-03-10", "2025-09-30"),
                        maatwerk("a", BEGELEIDING, "2025-03-10", "2025-05-31"),
                        maatwerk("a", HUISHOUDEN, "2025-06-01", "2025-09-30")),
                geval("vrijgestelde voorzieningen tellen niet mee voor start of einde", periode("a", "2025-03-10", "2025-08-31"),
                        algemeen("a", DAGBESTEDING, "2025-01-06", null),
                        maatwerk("a", ROLSTOELEN, "2024-06-01", null),
                        maatwerk("a", BEGELEIDING, "2025-03-10", "2025-08-31")));
    }

    private static Arguments geval(String naam, Bijdrageperiode verwacht, Voorzieningsperiode... voorzieningen) {
        return Arguments.of(Named.of(naam, List.of(voorzieningen)), verwacht);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eenPeriode")
    void voorzieningenVanEenPeriode(List<Voorzieningsperiode> voorzieningen, Bijdrageperiode verwacht) {
        assertThat(Bijdrageperioden.van(voorzieningen).lijst()).containsExactly(verwacht);
    }

    @Test
    void naEenGatVanEenDagIsHetEenNieuweStartVanafDeMaandErna() {
        Bijdrageperioden perioden = Bijdrageperioden.van(List.of(
                maatwerk("a", BEGELEIDING, "2025-01-15", "2025-05-30"),
                maatwerk("a", HUISHOUDEN, "2025-06-01", "2025-09-30"),
                maatwerk("a", HUISHOUDEN, "2025-11-10", null)));

        assertThat(perioden.lijst()).containsExactly(
                periode("a", "2025-01-15", "2025-05-30"),
                periode("a", "2025-06-01", "2025-09-30"),
                periode("a", "2025-11-10", null));
        // the restart in June is collected from July: June has no bijdrage although support never stopped for long
        assertThat(plichtigeMaanden(perioden, "a", "2025-05", "2025-12")).containsExactly("2025-05", "2025-07", "2025-08", "2025-09", "2025-12");
    }

    @Test
    void eenPeriodeBinnenEenMaandWordtInGeenEnkeleMaandGeind() {
        Bijdrageperioden perioden = Bijdrageperioden.van(List.of(maatwerk("a", BEGELEIDING, "2025-03-03", "2025-03-28")));

        Bijdrageperiode p = perioden.lijst().get(0);
        assertThat(p.heeftInning()).isFalse();
        assertThat(plichtigeMaanden(perioden, "a", "2025-03", "2025-04")).isEmpty();
    }

    @Test
    void perGemeenteEnClientApart() {
        Bijdrageperioden perioden = Bijdrageperioden.van(List.of(
                maatwerk("b", BEGELEIDING, "2025-01-10", "2025-06-30"),
                in(KAMPEN, maatwerk("b", BEGELEIDING, "2025-07-01", null)),
                maatwerk("a", BEGELEIDING, "2025-02-10", null)));

        assertThat(perioden.gemeenten()).containsExactly(KAMPEN, ZWOLLE);
        assertThat(perioden.lijst()).containsExactly(
                new Bijdrageperiode(KAMPEN, "b", LocalDate.of(2025, 7, 1), null),
                periode("a", "2025-02-10", null),
                periode("b", "2025-01-10", "2025-06-30"));
        assertThat(perioden.van(ZWOLLE)).extracting(Bijdrageperiode::client).containsExactly("a", "b");
        // a move starts anew at the other gemeente: Kampen collects from August
        assertThat(perioden.plichtig(KAMPEN, "b", YearMonth.of(2025, 7))).isFalse();
        assertThat(perioden.plichtig(KAMPEN, "b", YearMonth.of(2025, 8))).isTrue();
        assertThat(perioden.plichtig(ZWOLLE, "c", YearMonth.of(2025, 8))).isFalse();
        assertThat(perioden.plichtig("0000", "a", YearMonth.of(2025, 8))).isFalse();
        assertThat(perioden.plichtigen(ZWOLLE, YearMonth.of(2025, 2))).containsExactly("b");
        assertThat(perioden.plichtigen(ZWOLLE, YearMonth.of(2025, 6))).containsExactly("a", "b");
        assertThat(perioden.plichtigen(ZWOLLE, YearMonth.of(2025, 7))).containsExactly("a");
        assertThat(perioden.plichtigen("0000", YearMonth.of(2025, 7))).isEmpty();
    }

    /** The months from {@code van} through {@code tot} ({@code JJJJ-MM}) in which Zwolle collects from {@code client}. */
    static List<String> plichtigeMaanden(Bijdrageperioden perioden, String client, String van, String tot) {
        List<String> maanden = new ArrayList<>();
        for (YearMonth m = YearMonth.parse(van); !m.isAfter(YearMonth.parse(tot)); m = m.plusMonths(1)) {
            if (perioden.plichtig(ZWOLLE, client, m)) {
                maanden.add(m.toString());
            }
        }
        return maanden;
    }

    static Bijdrageperiode periode(String client, String start, String einde) {
        return new Bijdrageperiode(ZWOLLE, client, LocalDate.parse(start), einde == null ? null : LocalDate.parse(einde));
    }
}
