package nl.samenspel.wmo.internal.eigenbijdrage;

import static nl.samenspel.wmo.internal.eigenbijdrage.Voorzieningen.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BijdrageperiodenTest {

    @Test
    void deInningLooptVanDeMaandNaDeStartTotEnMetDeMaandVanHetEinde() {
        Bijdrageperioden perioden = Bijdrageperioden.van(List.of(maatwerk("a", BEGELEIDING, "2025-03-10", "2025-08-31")));

        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 3))).isFalse();
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 4))).isTrue();
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 8))).isTrue();
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 9))).isFalse();
    }

    @Test
    void eenStartOpDeEersteVanDeMaandIsOokPasDeVolgendeMaandPlichtig() {
        Bijdrageperioden perioden = Bijdrageperioden.van(List.of(maatwerk("a", BEGELEIDING, "2025-03-01", null)));

        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 3))).isFalse();
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 4))).isTrue();
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2040, 1))).isTrue();
    }

    @Test
    void overlappendeVoorzieningenZijnEenPeriodeTotDeLaatsteEindigt() {
        Bijdrageperioden perioden = Bijdrageperioden.van(List.of(
                maatwerk("a", HUISHOUDEN, "2025-06-01", "2025-07-15"),
                maatwerk("a", BEGELEIDING, "2025-03-10", "2025-12-31"),
                maatwerk("a", "03", "2025-04-01", "2025-05-31")));

        assertThat(perioden.lijst()).containsExactly(periode("a", "2025-03-10", "2025-12-31"));
    }

    @Test
    void eenOpenVoorzieningHoudtDePeriodeOpen() {
        Bijdrageperioden perioden = Bijdrageperioden.van(List.of(
                maatwerk("a", BEGELEIDING, "2025-03-10", "2025-08-31"),
                maatwerk("a", HUISHOUDEN, "2025-06-01", null),
                maatwerk("a", "03", "2025-07-01", "2026-03-31")));

        assertThat(perioden.lijst()).containsExactly(periode("a", "2025-03-10", null));
    }

    @Test
    void aansluitendIsDoorlopendGeenNieuweStart() {
        Bijdrageperioden perioden = Bijdrageperioden.van(List.of(
                maatwerk("a", BEGELEIDING, "2025-03-10", "2025-05-31"),
                maatwerk("a", HUISHOUDEN, "2025-06-01", "2025-09-30")));

        assertThat(perioden.lijst()).containsExactly(periode("a", "2025-03-10", "2025-09-30"));
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
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 5))).isTrue();
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 6))).isFalse();
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 7))).isTrue();
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 10))).isFalse();
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 11))).isFalse();
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 12))).isTrue();
    }

    @Test
    void eenPeriodeBinnenEenMaandWordtInGeenEnkeleMaandGeind() {
        Bijdrageperioden perioden = Bijdrageperioden.van(List.of(maatwerk("a", BEGELEIDING, "2025-03-03", "2025-03-28")));

        Bijdrageperiode p = perioden.lijst().get(0);
        assertThat(p.heeftInning()).isFalse();
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 3))).isFalse();
        assertThat(perioden.plichtig(ZWOLLE, "a", YearMonth.of(2025, 4))).isFalse();
    }

    @Test
    void vrijgesteldeVoorzieningenTellenNietMeeVoorStartOfEinde() {
        Bijdrageperioden perioden = Bijdrageperioden.van(List.of(
                algemeen("a", DAGBESTEDING, "2025-01-06", null),
                maatwerk("a", ROLSTOELEN, "2024-06-01", null),
                maatwerk("a", BEGELEIDING, "2025-03-10", "2025-08-31")));

        assertThat(perioden.lijst()).containsExactly(periode("a", "2025-03-10", "2025-08-31"));
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

    static Bijdrageperiode periode(String client, String start, String einde) {
        return new Bijdrageperiode(ZWOLLE, client, LocalDate.parse(start), einde == null ? null : LocalDate.parse(einde));
    }
}
