package nl.samenspel.module.toewijzing.opslag;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.samenspel.invoer.Importlogboek;
import nl.samenspel.module.toewijzing.Stand;
import nl.samenspel.module.toewijzing.StartZorg;
import nl.samenspel.module.toewijzing.StopZorg;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;
import nl.samenspel.store.Jdbc;
import nl.samenspel.testsupport.Testdatabase;
import org.junit.jupiter.api.Test;

class ToewijzingtabelTest {

    private record Toewijzing(String gemeente, long nummer, String client, LocalDate ingang, LocalDate einde) {
        Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }
    }

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final Toewijzingtabel TABEL = new Toewijzingtabel("T.TOEWIJZING", List.of("CLIENT", "INGANG", "EINDE"));

    private final DataSource ds = Testdatabase.gemigreerd("T", "db/toewijzingtabel");

    private void schrijf(Importlogboek.Schrijver schrijver, long id) throws SQLException {
        try (Connection c = ds.getConnection()) {
            schrijver.schrijf(c, id);
        }
    }

    private void toewijzingen(List<Toewijzing> lijst, Set<Toewijzingsleutel> bestaand, long id) throws SQLException {
        schrijf(TABEL.toewijzingen(lijst, bestaand, Toewijzing::sleutel, (ps, t) -> {
            ps.setString(1, t.client());
            Jdbc.datum(ps, 2, t.ingang());
            Jdbc.datum(ps, 3, t.einde());
        }), id);
    }

    @Test
    void aChangedAllocationKeepsItsStartAndStop() throws SQLException {
        toewijzingen(List.of(new Toewijzing("0193", 7, "a", JAN, null), new Toewijzing("0193", 8, "b", JAN, null)), Set.of(), 1);
        schrijf(TABEL.starts(List.of(new StartZorg("0193", 7, JAN.plusDays(3), false, false))), 2);
        schrijf(TABEL.stops(List.of(new StopZorg("0193", 7, JAN.plusDays(30), "02", false, false))), 3);
        toewijzingen(List.of(new Toewijzing("0193", 7, "a", JAN, JAN.plusDays(60))), Set.of(new Toewijzingsleutel("0193", 7)), 4);

        Map<Toewijzingsleutel, Stand> standen = TABEL.standen(ds);
        assertThat(standen).containsEntry(new Toewijzingsleutel("0193", 7),
                new Stand(JAN, JAN.plusDays(60), JAN.plusDays(3), JAN.plusDays(30), "02"));
        assertThat(standen).containsEntry(new Toewijzingsleutel("0193", 8), new Stand(JAN, null, null, null, null));
    }

    @Test
    void aWithdrawnStartOrStopClearsIt() throws SQLException {
        toewijzingen(List.of(new Toewijzing("0193", 7, "a", JAN, null)), Set.of(), 1);
        schrijf(TABEL.starts(List.of(new StartZorg("0193", 7, JAN, false, false))), 2);
        schrijf(TABEL.stops(List.of(new StopZorg("0193", 7, JAN.plusDays(30), "02", false, false))), 3);
        schrijf(TABEL.starts(List.of(new StartZorg("0193", 7, JAN, true, false))), 4);
        schrijf(TABEL.stops(List.of(new StopZorg("0193", 7, JAN.plusDays(30), "02", true, false))), 5);

        assertThat(TABEL.standen(ds).get(new Toewijzingsleutel("0193", 7))).isEqualTo(new Stand(JAN, null, null, null, null));
    }

    @Test
    void onlyTheNumbersAskedForAreRead() throws SQLException {
        toewijzingen(List.of(new Toewijzing("0193", 1, "a", JAN, null), new Toewijzing("0193", 2, "b", JAN, null),
                new Toewijzing("0193", 3, "c", JAN, null), new Toewijzing("0148", 2, "d", JAN, null)), Set.of(), 1);

        Map<Toewijzingsleutel, String> gelezen = TABEL.opgeslagen(ds, List.of(new Toewijzingsleutel("0193", 1),
                new Toewijzingsleutel("0193", 3), new Toewijzingsleutel("0148", 9)),
                rs -> rs.getString("GEMEENTE") + "/" + rs.getLong("NUMMER") + "/" + rs.getString("CLIENT"),
                t -> new Toewijzingsleutel(t.substring(0, 4), Long.parseLong(t.split("/")[1])));

        assertThat(gelezen).containsOnlyKeys(new Toewijzingsleutel("0193", 1), new Toewijzingsleutel("0193", 3));
        assertThat(gelezen.get(new Toewijzingsleutel("0193", 3))).isEqualTo("0193/3/c");
    }
}
