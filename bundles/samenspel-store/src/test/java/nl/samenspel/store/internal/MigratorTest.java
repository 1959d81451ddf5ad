package nl.samenspel.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import nl.samenspel.store.MigratieFout;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigratorTest {

    private EmbeddedDataSource ds;

    @BeforeEach
    void nieuweDatabase() {
        ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
    }

    private static Migratiebestand v(int versie, String sql) {
        return new Migratiebestand("db/test", "V" + versie + "__stap_" + versie + ".sql", sql);
    }

    @Test
    void createsTheSchemaAndAppliesInOrderOnce() throws SQLException {
        Migrator migrator = new Migrator(ds);
        List<Migratiebestand> migraties = List.of(
                v(2, "INSERT INTO voorbeeld (id) VALUES (1);"),
                v(1, "CREATE TABLE voorbeeld (id INT PRIMARY KEY);"));

        assertThat(migrator.migreer("MODULE_A", migraties)).isEqualTo(2);
        assertThat(migrator.migreer("MODULE_A", migraties)).isZero();
        assertThat(telRijen("MODULE_A.voorbeeld")).isEqualTo(1);
    }

    @Test
    void modulesOwnSeparateSchemasAndHistories() throws SQLException {
        Migrator migrator = new Migrator(ds);
        migrator.migreer("MODULE_A", List.of(v(1, "CREATE TABLE t (id INT);")));
        assertThat(migrator.migreer("MODULE_B", List.of(v(1, "CREATE TABLE t (id INT);"), v(2, "INSERT INTO t VALUES (7);"))))
                .isEqualTo(2);
        assertThat(telRijen("MODULE_A.t")).isZero();
        assertThat(telRijen("MODULE_B.t")).isEqualTo(1);
    }

    @Test
    void aChangedAppliedMigrationIsRefused() {
        Migrator migrator = new Migrator(ds);
        migrator.migreer("MODULE_A", List.of(v(1, "CREATE TABLE t (id INT);")));
        assertThatThrownBy(() -> migrator.migreer("MODULE_A", List.of(v(1, "CREATE TABLE t (id BIGINT);"))))
                .isInstanceOf(MigratieFout.class)
                .hasMessageContaining("MODULE_A")
                .hasMessageContaining("checksum");
    }

    @Test
    void aFailingMigrationNamesTheSchemaAndKeepsTheGoodVersion() throws SQLException {
        Migrator migrator = new Migrator(ds);
        migrator.migreer("MODULE_A", List.of(v(1, "CREATE TABLE t (id INT);")));
        assertThatThrownBy(() -> migrator.migreer("MODULE_A", List.of(v(1, "CREATE TABLE t (id INT);"), v(2, "CREATE TABEL kapot;"))))
                .isInstanceOf(MigratieFout.class)
                .hasMessageContaining("MODULE_A");
        assertThat(telRijen("MODULE_A.t")).isZero();
    }

    @Test
    void refusesALowerCaseSchemaName() {
        assertThatThrownBy(() -> new Migrator(ds).migreer("module", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private int telRijen(String tabel) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + tabel)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
