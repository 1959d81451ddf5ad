package nl.samenspel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcTest {

    private final EmbeddedDataSource ds = new EmbeddedDataSource();

    @BeforeEach
    void tabel() throws SQLException {
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection()) {
            Jdbc.bijwerk(c, "CREATE TABLE CONTRACT (AGB CHAR(8) NOT NULL, JAAR INT NOT NULL, PLAFOND BIGINT, INGANG DATE,"
                    + " PRIMARY KEY (AGB, JAAR))");
        }
    }

    private record Contract(String agb, int jaar, Long plafond, LocalDate ingang) {
    }

    private List<Contract> contracten(String waar, Object... waarden) throws SQLException {
        return Jdbc.lijst(ds, "SELECT * FROM CONTRACT" + waar + " ORDER BY AGB, JAAR",
                rs -> new Contract(rs.getString("AGB"), rs.getInt("JAAR"), Jdbc.lang(rs, "PLAFOND"), Jdbc.datum(rs, "INGANG")), waarden);
    }

    @Test
    void aRowIsWrittenByItsKeyOnceAndOverwrittenAfter() throws SQLException {
        LocalDate jan = LocalDate.of(2025, 1, 1);
        try (Connection c = ds.getConnection()) {
            Jdbc.bewaar(c, "CONTRACT", List.of("PLAFOND", "INGANG"), List.of("AGB", "JAAR"), 100L, jan, "12345678", 2025);
            Jdbc.bewaar(c, "CONTRACT", List.of("PLAFOND", "INGANG"), List.of("AGB", "JAAR"), 100L, null, "87654321", 2025);
            Jdbc.bewaar(c, "CONTRACT", List.of("PLAFOND", "INGANG"), List.of("AGB", "JAAR"), 250L, jan, "12345678", 2025);
        }
        assertThat(contracten("")).containsExactly(new Contract("12345678", 2025, 250L, jan), new Contract("87654321", 2025, 100L, null));
        assertThat(contracten(" WHERE INGANG = ?", jan)).extracting(Contract::agb).containsExactly("12345678");
        assertThat(contracten(" WHERE JAAR = ?", 2024)).isEmpty();
    }

    @Test
    void aTransactionIsStoredWholeOrNotAtAllAndLeavesAutoCommitAsItWas() throws SQLException {
        assertThatThrownBy(() -> Jdbc.transactie(ds, c -> {
            Jdbc.bijwerk(c, "INSERT INTO CONTRACT (AGB, JAAR, PLAFOND) VALUES (?, ?, ?)", "12345678", 2025, 1L);
            return Jdbc.bijwerk(c, "INSERT INTO CONTRACT (AGB, JAAR, PLAFOND) VALUES (?, ?, ?)", "12345678", 2025, 2L);
        })).isInstanceOf(SQLException.class);
        assertThat(contracten("")).isEmpty();

        try (Connection c = ds.getConnection()) {
            int rijen = Jdbc.transactie(c, t -> Jdbc.bijwerk(t, "INSERT INTO CONTRACT (AGB, JAAR) VALUES (?, ?)", "12345678", 2025));
            assertThat(rijen).isOne();
            assertThat(c.getAutoCommit()).isTrue();
        }
        assertThat(contracten("")).hasSize(1);
    }
}
