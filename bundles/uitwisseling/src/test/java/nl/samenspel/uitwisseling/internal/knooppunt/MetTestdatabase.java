package nl.samenspel.uitwisseling.internal.knooppunt;

import java.sql.SQLException;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One in-memory exchange database per test class: made before its first test, its outbox emptied
 * before each (before the subclass's own set-up) and dropped after its last.
 */
abstract class MetTestdatabase {

    protected static EmbeddedDataSource ds;

    @BeforeAll
    static void database() throws Exception {
        ds = Testdatabase.nieuw();
    }

    @AfterAll
    static void weg() {
        Testdatabase.weg(ds);
    }

    @BeforeEach
    void leeg() throws SQLException {
        Testdatabase.leeg(ds);
    }
}
