package nl.samenspel.module.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.invoer.Wijziging;
import org.junit.jupiter.api.Test;

/** The rules of an allocation's life cycle every module applies; each module's import tests show them in its files. */
class LeveringTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private final List<Regelfout> fouten = new ArrayList<>();

    private static Testtoewijzing met(LocalDate einde, Wijziging wijziging) {
        Testtoewijzing t = Testtoewijzing.van(7, "a", JAN, einde);
        return new Testtoewijzing(new Toewijzingsgegevens(t.gemeente(), t.nummer(), t.client(), t.agb(), t.categorie(), t.code(), null, JAN,
                einde, 1, "14", "1", null, wijziging), "x");
    }

    @Test
    void aStoredNumberChangesOnlyWithAWordAndKeepsItsStart() {
        Testtoewijzing opgeslagen = met(null, null);
        Testtoewijzing korter = met(JAN.plusDays(9), null);
        Levering.vervanging("regel 2", korter, opgeslagen, JAN.plusDays(3), korter.verschillen(opgeslagen), "zorg", fouten);
        assertThat(fouten).singleElement().extracting(Regelfout::melding).asString()
                .contains("toewijzing 0193/7 is al opgeslagen (ingang 2025-01-01, product 45/45A01) en wijkt af in einddatum");

        fouten.clear();
        Testtoewijzing teKort = met(JAN.plusDays(1), Wijziging.EINDE);
        Levering.vervanging("regel 2", teKort, opgeslagen, JAN.plusDays(3), teKort.verschillen(opgeslagen), "zorg", fouten);
        assertThat(fouten).singleElement().extracting(Regelfout::melding).asString()
                .isEqualTo("de zorg van deze toewijzing is op 2025-01-04 gestart; de gewijzigde toewijzing moet die dag bevatten");

        fouten.clear();
        Levering.vervanging("regel 2", opgeslagen, opgeslagen, JAN.plusDays(3), List.of(), "zorg", fouten);
        assertThat(fouten).as("the same values again: a resent batch").isEmpty();
    }

    @Test
    void aStoredStartChangesOnlyByStatusAanlevering() {
        Map<Toewijzingsleutel, Stand> standen = Map.of(new Toewijzingsleutel("0193", 7), new Stand(JAN, null, JAN, null, null));
        Levering.starts(List.of(new Gelezen.Regel<>("regel 2", new StartZorg("0193", 7, JAN.plusDays(1), false, false)),
                new Gelezen.Regel<>("regel 3", new StartZorg("0193", 8, JAN, false, false))), standen, fouten);
        assertThat(fouten).extracting(Regelfout::plaats).containsExactly("regel 2", "regel 3");

        fouten.clear();
        Levering.starts(List.of(new Gelezen.Regel<>("regel 2", new StartZorg("0193", 7, JAN.plusDays(1), false, true))), standen, fouten);
        assertThat(fouten).isEmpty();
    }
}
