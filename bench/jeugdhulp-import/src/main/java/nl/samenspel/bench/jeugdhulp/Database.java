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
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A fresh embedded Derby database on disk, as in production (there under
 * {@code derby.system.home = data/derby}), with the module's schema from the module jar (all its migrations).
 * Closing shuts the database down and deletes its directory.
 */
final class Database implements AutoCloseable {

    static final String MIGRATIES = "db/jeugdhulp/";

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

    /**
     * The module's migrations {@code db/jeugdhulp/V<n>__*.sql}, in version order, as the store
     * bundle's Flyway would run them: comment lines out, split on ';'.
     */
    private void migreer() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + JeugdhulpOpslag.SCHEMA);
            s.execute("SET SCHEMA " + JeugdhulpOpslag.SCHEMA);
            for (String naam : migraties()) {
                String sql;
                try (InputStream in = JeugdhulpOpslag.class.getResourceAsStream("/" + MIGRATIES + naam)) {
                    sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (String opdracht : sql.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                    if (!opdracht.isBlank()) {
                        s.execute(opdracht);
                    }
                }
            }
        }
    }

    /** The names of the module's migrations, by version (the module's code has needed more than V1 since issue 13). */
    static List<String> migraties() {
        List<String> namen = new ArrayList<>();
        try {
            Path bron = Path.of(JeugdhulpOpslag.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(bron)) {
                try (Stream<Path> p = Files.list(bron.resolve(MIGRATIES))) {
                    p.map(x -> x.getFileName().toString()).forEach(namen::add);
                }
            } else {
                try (JarFile jar = new JarFile(bron.toFile())) {
                    jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(MIGRATIES) && n.length() > MIGRATIES.length())
                            .map(n -> n.substring(MIGRATIES.length())).forEach(namen::add);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + MIGRATIES + " in the jeugdhulp-ijsselland jar", e);
        }
        List<String> uit = namen.stream().filter(n -> n.matches("V\\d+__.*\\.sql"))
                .sorted(Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))).toList();
        if (uit.isEmpty() || !uit.get(0).startsWith("V1__")) {
            throw new IllegalStateException("no V1 migration in " + MIGRATIES + " of the jeugdhulp-ijsselland jar: " + namen);
        }
        return uit;
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
