package nl.samenspel.invoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exchange's part of every module's import: only the sender's own records, and what the accepted file's transaction writes besides. */
class DoorgifteTest {

    record Record(String gemeente, String waarde) {
    }

    private final List<String> geschreven = new ArrayList<>();

    private final Uitgaand wachtrij = new Uitgaand() {
        @Override
        public String gemeente() {
            return "0166";
        }

        @Override
        public void bewaar(Connection c, String module, String soort, long importId, List<String> kop, List<List<String>> regels) {
            geschreven.add("uitgaand " + module + "/" + soort + " " + importId + " " + kop + " " + regels);
        }
    };

    @Test
    void theSenderIsTheHubsAfzenderOrElseTheNodesOwnGemeente() {
        Afzending afzending = new Afzending("0150", (c, id, n) -> { });
        assertThat(Doorgifte.afzender(afzending, wachtrij)).isEqualTo("0150");
        assertThat(Doorgifte.afzender(null, wachtrij)).isEqualTo("0166");
        assertThat(Doorgifte.afzender(null, null)).isNull();
    }

    @Test
    void everyRecordOfAnotherGemeenteIsNamed() {
        List<Gelezen.Regel<Record>> regels = List.of(new Gelezen.Regel<>("regel 2", new Record("0166", "a")),
                new Gelezen.Regel<>("regel 3", new Record("0150", "b")), new Gelezen.Regel<>("regel 4", new Record("0193", "c")));
        List<Regelfout> fouten = new ArrayList<>();
        Doorgifte.alleenVoor("0166", regels, Record::gemeente, "herkomstgemeente", fouten);
        assertThat(fouten).extracting(Regelfout::plaats).containsExactly("regel 3", "regel 4");
        assertThat(fouten).extracting(Regelfout::veld).containsOnly("herkomstgemeente");
        assertThat(fouten.get(0).melding()).contains("gemeente 0150 hoort niet bij dit knooppunt").contains("0166");
    }

    @Test
    void theAcceptedFilesTransactionWritesTheRecordsFirstThenTheReceiptOrTheOutbox() throws Exception {
        Importlogboek.Schrijver records = (c, id) -> geschreven.add("records " + id);
        List<Record> lijst = List.of(new Record("0166", "a"), new Record("0166", "b"));

        Doorgifte.metUitwisseling(records, new Afzending("0166", (c, id, n) -> geschreven.add("ontvangst " + id + " " + n)), wachtrij,
                "m", "s", List.of("gemeente", "waarde"), lijst, r -> List.of(r.gemeente(), r.waarde())).schrijf(null, 7);
        assertThat(geschreven).containsExactly("records 7", "ontvangst 7 2");

        geschreven.clear();
        Doorgifte.metUitwisseling(records, null, wachtrij, "m", "s", List.of("gemeente", "waarde"), lijst,
                r -> List.of(r.gemeente(), r.waarde())).schrijf(null, 8);
        assertThat(geschreven).containsExactly("records 8", "uitgaand m/s 8 [gemeente, waarde] [[0166, a], [0166, b]]");

        assertThat(Doorgifte.metUitwisseling(records, null, null, "m", "s", List.of(), lijst, r -> List.of())).isSameAs(records);
    }
}
