package nl.samenspel.wmo.internal.eigenbijdrage;

import static nl.samenspel.wmo.internal.eigenbijdrage.Voorzieningen.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CakLijstTest {

    @Test
    void eenStartInDeMaandVanDeStartEnEenStopInDeMaandVanHetEinde() {
        CakLijst lijst = CakLijst.van(Bijdrageperioden.van(List.of(maatwerk("a", BEGELEIDING, "2025-03-10", "2025-08-31"))));

        assertThat(lijst.regels()).containsExactly(
                regel("2025-03", "a", CakRegel.Soort.START, "2025-03-10", "2025-04"),
                regel("2025-08", "a", CakRegel.Soort.STOP, "2025-08-31", "2025-08"));
        assertThat(lijst.regels(ZWOLLE, YearMonth.of(2025, 3))).hasSize(1);
        assertThat(lijst.regels(ZWOLLE, YearMonth.of(2025, 4))).isEmpty();
        assertThat(lijst.regels(KAMPEN, YearMonth.of(2025, 3))).isEmpty();
    }

    @Test
    void eenOpenPeriodeHeeftNogGeenStop() {
        CakLijst lijst = CakLijst.van(Bijdrageperioden.van(List.of(maatwerk("a", BEGELEIDING, "2025-03-10", null))));

        assertThat(lijst.regels()).extracting(CakRegel::soort).containsExactly(CakRegel.Soort.START);
    }

    @Test
    void eenStopGaatVoorEenNieuweStartInDezelfdeMaand() {
        CakLijst lijst = CakLijst.van(Bijdrageperioden.van(List.of(
                maatwerk("a", BEGELEIDING, "2025-01-15", "2025-05-10"),
                maatwerk("a", HUISHOUDEN, "2025-05-20", null))));

        assertThat(lijst.regels(ZWOLLE, YearMonth.of(2025, 5))).containsExactly(
                regel("2025-05", "a", CakRegel.Soort.STOP, "2025-05-10", "2025-05"),
                regel("2025-05", "a", CakRegel.Soort.START, "2025-05-20", "2025-06"));
    }

    @Test
    void eenPeriodeZonderInningsmaandGeeftGeenRegels() {
        CakLijst lijst = CakLijst.van(Bijdrageperioden.van(List.of(maatwerk("a", BEGELEIDING, "2025-03-03", "2025-03-28"))));

        assertThat(lijst.regels()).isEmpty();
    }

    @Test
    void opVolgordeVanGemeenteMaandEnClient() {
        CakLijst lijst = CakLijst.van(Bijdrageperioden.van(List.of(
                maatwerk("b", BEGELEIDING, "2025-02-01", null),
                maatwerk("a", BEGELEIDING, "2025-02-20", null),
                maatwerk("c", BEGELEIDING, "2025-01-20", null),
                in(KAMPEN, maatwerk("z", BEGELEIDING, "2025-03-01", null)))));

        assertThat(lijst.regels()).extracting(CakRegel::gemeente, r -> r.maand().toString(), CakRegel::client).containsExactly(
                org.assertj.core.groups.Tuple.tuple(KAMPEN, "2025-03", "z"),
                org.assertj.core.groups.Tuple.tuple(ZWOLLE, "2025-01", "c"),
                org.assertj.core.groups.Tuple.tuple(ZWOLLE, "2025-02", "a"),
                org.assertj.core.groups.Tuple.tuple(ZWOLLE, "2025-02", "b"));
    }

    @Test
    void deDatumLigtInDeMaandVanDeRegel() {
        assertThatThrownBy(() -> regel("2025-03", "a", CakRegel.Soort.START, "2025-04-01", "2025-05"))
                .hasMessageContaining("ligt niet in maand 2025-03");
    }

    static CakRegel regel(String maand, String client, CakRegel.Soort soort, String datum, String inningsmaand) {
        return new CakRegel(ZWOLLE, YearMonth.parse(maand), client, soort, LocalDate.parse(datum), YearMonth.parse(inningsmaand));
    }
}
