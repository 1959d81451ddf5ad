package nl.samenspel.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.invoer.Uitgaand;
import org.junit.jupiter.api.Test;

/** The steps of an import that need no database; refusing and storing are proved by each module's import tests. */
class ImportgangTest {

    enum Soort implements Invoersoort {
        STAM, ZORG;

        @Override
        public String code() {
            return name().toLowerCase();
        }

        @Override
        public boolean naarHub() {
            return this == ZORG;
        }

        @Override
        public Lezer lezer() {
            return Lezer.van(v -> null);
        }
    }

    private static final Uitgaand KNOOPPUNT = new Uitgaand() {
        @Override
        public String gemeente() {
            return "0193";
        }

        @Override
        public void bewaar(java.sql.Connection c, String module, String soort, long importId, List<String> kop, List<List<String>> regels) {
        }
    };

    private static final List<Gelezen.Regel<String>> REGELS = List.of(new Gelezen.Regel<>("regel 2", "0193"), new Gelezen.Regel<>("regel 3", "0148"));

    private static List<Regelfout> vreemd(Importgang<Soort> gang) {
        List<Regelfout> fouten = new ArrayList<>();
        gang.alleenVoorAfzender(REGELS, g -> g, "gemeente", fouten);
        return fouten;
    }

    @Test
    void aNodeQueuesOnlyItsOwnGemeentesRecordsOfAKindForTheHub() {
        assertThat(vreemd(new Importgang<>(null, "m", Soort.ZORG, "z.csv", new byte[0], null, KNOOPPUNT, null, null)))
                .singleElement().extracting(Regelfout::plaats).isEqualTo("regel 3");
        // master data stays on the node: any member's records
        assertThat(vreemd(new Importgang<>(null, "m", Soort.STAM, "s.csv", new byte[0], null, KNOOPPUNT, null, null))).isEmpty();
        // the hub's own file: any member's
        assertThat(vreemd(new Importgang<>(null, "m", Soort.ZORG, "z.csv", new byte[0], null, null, null, null))).isEmpty();
    }

    @Test
    void theHubTakesOnlyTheSendersRecordsAndKeepsTheBatchName() {
        Importgang<Soort> gang = new Importgang<>(null, "m", Soort.ZORG, "zorg-0148-123456789", new byte[0],
                new Afzending("0148", (c, id, n) -> { }), null, null, null);
        assertThat(vreemd(gang)).singleElement().extracting(Regelfout::plaats).isEqualTo("regel 2");
        assertThat(gang.naam()).isEqualTo("zorg-0148-123456789");
    }

    @Test
    void anOutsideNameIsReducedAndNoKeyMeansNoPseudonym() {
        Importgang<Soort> gang = new Importgang<>(null, "m", Soort.ZORG, "client 123456789.csv", new byte[0], null, null, null, null);
        assertThat(gang.naam()).doesNotContain("123456789");
        assertThat(gang.pseudoniem().apply(null)).isNull();
    }
}
