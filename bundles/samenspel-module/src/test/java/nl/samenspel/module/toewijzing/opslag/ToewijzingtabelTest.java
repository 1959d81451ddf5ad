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
import nl.samenspel.module.toewijzing.Testtoewijzing;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;
import nl.samenspel.store.Jdbc;
import nl.samenspel.testsupport.Testdatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ToewijzingtabelTest {

    private static Testtoewijzing t(long nummer, String client, LocalDate einde) {
        return Testtoewijzing.van(nummer, client, JAN, einde);
    }

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final Toewijzingtabel TABEL = new Toewijzingtabel("T", List.of("EIGEN"));

    private final DataSource ds = Testdatabase.leeg();

    @BeforeEach
    void tabel() throws SQLException {
        try (Connection c = ds.getConnection()) {
            Jdbc.bijwerk(c, "CREATE TABLE T (GEMEENTE CHAR(4) NOT NULL, NUMMER BIGINT NOT NULL, EIGEN VARCHAR(9), CLIENT VARCHAR(64),"
                    + " AGB CHAR(8), CATEGORIE CHAR(2), CODE VARCHAR(5), TOEWIJZINGSDATUM DATE, INGANG DATE, EINDE DATE, VOLUME INT,"
                    + " EENHEID CHAR(2), FREQUENTIE CHAR(1), BUDGET BIGINT, START_ZORG DATE, STOP_ZORG DATE, STOP_REDEN VARCHAR(2),"
                    + " IMPORT_ID BIGINT NOT NULL, PRIMARY KEY (GEMEENTE, NUMMER))");
        }
    }

    private void schrijf(Importlogboek.Schrijver schrijver, long id) throws SQLException {
        try (Connection c = ds.getConnection()) {
            schrijver.schrijf(c, id);
        }
    }

    private void toewijzingen(List<Testtoewijzing> lijst, Set<Toewijzingsleutel> bestaand, long id) throws SQLException {
        schrijf(TABEL.toewijzingen(lijst, bestaand, (ps, t) -> ps.setString(1, t.eigen())), id);
    }

    @Test
    void aChangedAllocationKeepsItsStartAndStop() throws SQLException {
        toewijzingen(List.of(t(7, "a", null), t(8, "b", null)), Set.of(), 1);
        schrijf(TABEL.starts(List.of(new StartZorg("0193", 7, JAN.plusDays(3), false, false))), 2);
        schrijf(TABEL.stops(List.of(new StopZorg("0193", 7, JAN.plusDays(30), "02", false, false))), 3);
        toewijzingen(List.of(t(7, "a", JAN.plusDays(60))), Set.of(new Toewijzingsleutel("0193", 7)), 4);

        Map<Toewijzingsleutel, Stand> standen = TABEL.standen(ds);
        assertThat(standen).containsEntry(new Toewijzingsleutel("0193", 7),
                new Stand(JAN, JAN.plusDays(60), JAN.plusDays(3), JAN.plusDays(30), "02"));
        assertThat(standen).containsEntry(new Toewijzingsleutel("0193", 8), new Stand(JAN, null, null, null, null));
        assertThat(Jdbc.lijst(ds, "SELECT EIGEN, AGB, IMPORT_ID FROM T WHERE NUMMER = 7", rs -> rs.getString(1) + rs.getString(2) + rs.getLong(3)))
                .containsExactly("x123456784");
    }

    @Test
    void aWithdrawnStartOrStopClearsIt() throws SQLException {
        toewijzingen(List.of(t(7, "a", null)), Set.of(), 1);
        schrijf(TABEL.starts(List.of(new StartZorg("0193", 7, JAN, false, false))), 2);
        schrijf(TABEL.stops(List.of(new StopZorg("0193", 7, JAN.plusDays(30), "02", false, false))), 3);
        schrijf(TABEL.starts(List.of(new StartZorg("0193", 7, JAN, true, false))), 4);
        schrijf(TABEL.stops(List.of(new StopZorg("0193", 7, JAN.plusDays(30), "02", true, false))), 5);

        assertThat(TABEL.standen(ds).get(new Toewijzingsleutel("0193", 7))).isEqualTo(new Stand(JAN, null, null, null, null));
    }

    @Test
    void onlyTheNumbersAskedForAreRead() throws SQLException {
        toewijzingen(List.of(t(1, "a", null), t(2, "b", null), t(3, "c", null)), Set.of(), 1);

        Map<Toewijzingsleutel, String> gelezen = TABEL.opgeslagen(ds, List.of(new Toewijzingsleutel("0193", 1),
                new Toewijzingsleutel("0193", 3), new Toewijzingsleutel("0148", 9)),
                rs -> rs.getLong("NUMMER") + "/" + rs.getString("CLIENT"), t -> new Toewijzingsleutel("0193", Long.parseLong(t.split("/")[0])));

        assertThat(gelezen).containsOnlyKeys(new Toewijzingsleutel("0193", 1), new Toewijzingsleutel("0193", 3));
        assertThat(gelezen.get(new Toewijzingsleutel("0193", 3))).isEqualTo("3/c");
    }
}
