package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The exchange schema outside OSGi: the bundle's own migration on a fresh in-memory Derby, run
 * as plain JDBC the way the module tests do it ({@code Testomgeving} of jeugdhulp-ijsselland).
 */
final class Testdatabase {

    private Testdatabase() {
    }

    /** The bundle's migrations, in order. */
    static final String[] MIGRATIES = {"V1__uitwisseling.sql", "V2__bestand.sql", "V3__batches.sql", "V4__laatste_fout_op.sql",
        "V5__knooppuntstand.sql"};

    /** A new database with the schema {@value Uitgaandeopslag#SCHEMA} migrated. */
    static EmbeddedDataSource nieuw() throws Exception {
        return nieuw(MIGRATIES.length);
    }

    /** A new database with the first {@code migraties} migrations only: an installation of an earlier version. */
    static EmbeddedDataSource nieuw(int migraties) throws Exception {
        String naam = "memory:uitwisseling-" + UUID.randomUUID();
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(naam);
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + Uitgaandeopslag.SCHEMA);
        }
        migreer(ds, 0, migraties);
        return ds;
    }

    /** A second data source on an existing database, as a restarted node opens it (nothing is created). */
    static EmbeddedDataSource opnieuw(EmbeddedDataSource bestaand) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(bestaand.getDatabaseName());
        return ds;
    }

    /** Runs migrations {@code van} (inclusive) to {@code tot} (exclusive), as Flyway would on an upgrade. */
    static void migreer(EmbeddedDataSource ds, int van, int tot) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET SCHEMA " + Uitgaandeopslag.SCHEMA);
            for (int i = van; i < tot; i++) {
                try (InputStream sql = Testdatabase.class.getResourceAsStream("/db/uitwisseling/" + MIGRATIES[i])) {
                    for (String opdracht : new String(sql.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "").split(";")) {
                        if (!opdracht.isBlank()) {
                            s.execute(opdracht);
                        }
                    }
                }
            }
        }
    }

    /** Empties the node's outbox tables, so one database serves a test class (creating one costs more than a test). */
    static void leeg(EmbeddedDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String tabel : new String[] {"uitgaand", "batch", "zending"}) {
                s.executeUpdate("DELETE FROM " + Uitgaandeopslag.SCHEMA + "." + tabel);
            }
        }
    }

    /** Drops the in-memory database. */
    static void weg(EmbeddedDataSource ds) {
        nl.samenspel.testsupport.Testdatabase.weg(ds);
    }

    /** One number from a query, for checks the store's own API does not offer. */
    static long getal(EmbeddedDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
