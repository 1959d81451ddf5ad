package nl.samenspel.bench.jeugdhulp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A fresh embedded Derby database on disk, as in production (there under
 * {@code derby.system.home = data/derby}), with the module's schema from the module jar.
 * Closing shuts the database down and deletes its directory.
 */
final class Database implements AutoCloseable {

    static final String SCHEMA_RESOURCE = "/db/jeugdhulp/V1__jeugdhulp.sql";

    private final Path map;
    private final EmbeddedDataSource dataSource;

    private Database(Path map) {
        this.map = map.toAbsolutePath();
        this.dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(this.map.toString());
        dataSource.setCreateDatabase("create");
    }

    static Database nieuw(Path map) throws SQLException {
        verwijder(map);
        Database db = new Database(map);
        db.migreer();
        return db;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** The module's V1 migration, as the store bundle's Flyway would run it: comment lines out, split on ';'. */
    private void migreer() throws SQLException {
        String sql;
        try (InputStream in = JeugdhulpOpslag.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the class path (jeugdhulp-ijsselland jar)");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + JeugdhulpOpslag.SCHEMA);
            s.execute("SET SCHEMA " + JeugdhulpOpslag.SCHEMA);
            for (String opdracht : sql.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                if (!opdracht.isBlank()) {
                    s.execute(opdracht);
                }
            }
        }
    }

    @Override
    public void close() {
        EmbeddedDataSource stop = new EmbeddedDataSource();
        stop.setDatabaseName(map.toString());
        stop.setShutdownDatabase("shutdown");
        try (Connection c = stop.getConnection()) {
            throw new IllegalStateException("Derby did not shut down " + map);
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException("shutdown of " + map + " failed", e);
            }
        }
        verwijder(map);
    }

    static void verwijder(Path map) {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> paden = Files.walk(map)) {
            for (Path p : paden.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
