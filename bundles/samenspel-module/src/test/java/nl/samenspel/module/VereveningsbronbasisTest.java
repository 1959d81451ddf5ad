package nl.samenspel.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.verevening.OnvolledigeBron;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.testsupport.Testregister;
import org.junit.jupiter.api.Test;

class VereveningsbronbasisTest {

    private static final String IJSSELLAND = "jeugdhulp-ijsselland";
    private static final List<String> LEDEN = Testregister.REGISTER.ledenInJaar(IJSSELLAND, 2025).stream().map(Gemeente::code).toList();

    /** K of a year: 100 × the year's last digit per member; B only for the members given. */
    private static final class Bron extends Vereveningsbronbasis {
        private final Map<String, Long> budgetten;

        Bron(Map<String, Long> budgetten) {
            super(Testregister.registerService(Testregister.REGISTER), IJSSELLAND);
            this.budgetten = budgetten;
        }

        @Override
        protected List<Vereveningsgegevens> gegevens(Register register, int jaar) throws java.sql.SQLException {
            Gebruik gebruik = Gebruik.van(jaar, j -> {
                Map<String, Long> k = new HashMap<>();
                LEDEN.forEach(g -> k.put(g, 100L * (j % 10)));
                return k;
            });
            return perLid(register, jaar, budgetten, gebruik.kosten(), g -> gebruik.sleutels(g, 1), "testbudget");
        }
    }

    @Test
    void everyMemberGetsBKAndTheUsageOfEarlierYears() {
        Map<String, Long> budgetten = new HashMap<>();
        LEDEN.forEach(g -> budgetten.put(g, 1_000L));

        List<Vereveningsgegevens> uit = new Bron(budgetten).gegevens(2025);

        assertThat(uit).hasSize(LEDEN.size());
        assertThat(uit.get(0).kosten().eurocent()).isEqualTo(500);
        // 2024: 400; 2022 through 2024: 200 + 300 + 400
        assertThat(uit.get(0).sleutels()).containsEntry(Vereveningsbronbasis.GEBRUIK_VORIG_JAAR, 400L)
                .containsEntry(Vereveningsbronbasis.GEBRUIK_DRIE_JAAR, 900L).containsEntry(Vereveningsbronbasis.CLIENTEN, 1L);
    }

    @Test
    void aMemberWithoutBudgetIsNamedAndTheRestIsNoAnswer() {
        Map<String, Long> budgetten = new HashMap<>();
        LEDEN.stream().skip(1).forEach(g -> budgetten.put(g, 1_000L));

        assertThatThrownBy(() -> new Bron(budgetten).gegevens(2025)).isInstanceOf(OnvolledigeBron.class)
                .hasMessageContaining("geen testbudget 2025 van").hasMessageContaining("(" + LEDEN.get(0) + ")");
        assertThatThrownBy(() -> Vereveningsinvoer.van(new Bron(budgetten), "2025")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(422));
    }
}
