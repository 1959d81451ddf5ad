package nl.samenspel.bench.steun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A fresh embedded Derby database on disk, as in production (there an {@code EmbeddedDataSource}
 * made by pax-jdbc-config, no pool, under {@code derby.system.home = data/derby}), with a module's
 * schema from its own migrations. Closing shuts the database down and deletes its directory, so
 * that the next measured run starts from the same empty disk.
 */
public final class Database implements AutoCloseable {

    /** One migration script of a module: its file name ({@code V<n>__*.sql}) and its statements. */
    public record Migratie(String naam, List<String> opdrachten) {
    }

    private final Path map;
    private final EmbeddedDataSource dataSource;

    private Database(Path map) {
        this.map = map.toAbsolutePath();
        this.dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(this.map.toString());
        dataSource.setCreateDatabase("create");
    }

    /** The directory deleted first, then the schema created and set, then every migration's statements in order. */
    public static Database nieuw(Path map, String schema, List<Migratie> migraties) throws SQLException {
        try {
            Mappen.verwijder(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Database db = new Database(map);
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("SET SCHEMA " + schema);
            for (Migratie m : migraties) {
                for (String opdracht : m.opdrachten()) {
                    s.execute(opdracht);
                }
            }
        }
        return db;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Path map() {
        return map;
    }

    /** Bytes of every file under the database directory (data, indexes, log). */
    public long grootte() {
        return Mappen.grootte(map);
    }

    @Override
    public void close() {
        EmbeddedDataSource stop = new EmbeddedDataSource();
        stop.setDatabaseName(map.toString());
        stop.setShutdownDatabase("shutdown");
        try (Connection c = stop.getConnection()) {
            throw new IllegalStateException("Derby did not shut down " + map);
        } catch (SQLException e) {
            // 08006 is Derby's way of saying the shutdown succeeded
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException("shutdown of " + map + " failed", e);
            }
        }
        try {
            Mappen.verwijder(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The migrations of the module jar (or class directory) a class of the module was loaded from. */
    public static List<Migratie> migraties(Class<?> module, String map) {
        try {
            return migraties(Path.of(module.getProtectionDomain().getCodeSource().getLocation().toURI()), map);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + module.getName(), e);
        }
    }

    /**
     * A module's migrations {@code <map>V<n>__*.sql} (map e.g. {@code db/jeugdhulp/}) in a jar or
     * class directory, in version order, as the store bundle's Flyway runs them; each script split
     * as the modules' own test helpers do: comment lines out, split on ';'.
     */
    public static List<Migratie> migraties(Path bron, String map) {
        List<Migratie> uit = new ArrayList<>();
        try {
            if (Files.isDirectory(bron)) {
                List<String> namen;
                try (Stream<Path> p = Files.list(bron.resolve(map))) {
                    namen = versies(p.map(x -> x.getFileName().toString()).toList(), bron, map);
                }
                for (String naam : namen) {
                    uit.add(new Migratie(naam, opdrachten(Files.readString(bron.resolve(map).resolve(naam), StandardCharsets.UTF_8))));
                }
            } else {
                try (JarFile jar = new JarFile(bron.toFile())) {
                    List<String> namen = versies(jar.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(map) && n.length() > map.length()).map(n -> n.substring(map.length())).toList(), bron, map);
                    for (String naam : namen) {
                        byte[] inhoud = jar.getInputStream(jar.getEntry(map + naam)).readAllBytes();
                        uit.add(new Migratie(naam, opdrachten(new String(inhoud, StandardCharsets.UTF_8))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + map + " in " + bron, e);
        }
        return uit;
    }

    private static List<String> versies(List<String> namen, Path bron, String map) {
        List<String> uit = namen.stream().filter(n -> n.matches("V\\d+__[^/]*\\.sql"))
                .sorted(Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))).toList();
        if (uit.isEmpty() || !uit.get(0).startsWith("V1__")) {
            throw new IllegalStateException("no V1 migration in " + map + " of " + bron + ": " + namen);
        }
        return uit;
    }

    private static List<String> opdrachten(String sql) {
        List<String> uit = new ArrayList<>();
        for (String opdracht : sql.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
            if (!opdracht.isBlank()) {
                uit.add(opdracht.strip());
            }
        }
        return uit;
    }
}
