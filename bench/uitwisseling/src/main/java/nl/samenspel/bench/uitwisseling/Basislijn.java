package nl.samenspel.bench.uitwisseling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The baseline: the same rows put into JEUGDHULP.TOEWIJZING the fastest honest way, with plain
 * JDBC in this JVM, in a fresh embedded Derby database on disk under the bench's work directory
 * (the same disk as the two installations' databases). One connection, autocommit off, one
 * IMPORTLOG row (every row's IMPORT_ID), one prepared INSERT of the 16 columns an import fills,
 * executeBatch every 1,000 rows, one commit. No reading, no checks, pseudonyms computed
 * beforehand. The schema is the module's own migrations (db/jeugdhulp/V*.sql) taken from the
 * jeugdhulp-ijsselland bundle inside the distribution being measured.
 */
final class Basislijn {

    static final int BATCH = 1_000;
    private static final Pattern VERSIE = Pattern.compile("db/jeugdhulp/V(\\d+)__[^/]*\\.sql");

    private final Path map;
    private final List<String> schema;
    final List<String> migraties;

    Basislijn(Path map, Path moduleJar) throws IOException {
        this.map = map.toAbsolutePath();
        this.schema = new ArrayList<>();
        this.migraties = new ArrayList<>();
        try (ZipFile jar = new ZipFile(moduleJar.toFile())) {
            List<? extends ZipEntry> sql = jar.stream().filter(e -> VERSIE.matcher(e.getName()).matches())
                    .sorted(Comparator.comparingInt(e -> versie(e.getName()))).toList();
            if (sql.isEmpty()) {
                throw new IllegalStateException("geen db/jeugdhulp/V*.sql in " + moduleJar);
            }
            for (ZipEntry e : sql) {
                migraties.add(e.getName());
                String tekst = new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                for (String opdracht : tekst.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                    if (!opdracht.isBlank()) {
                        schema.add(opdracht.strip());
                    }
                }
            }
        }
    }

    private static int versie(String naam) {
        Matcher m = VERSIE.matcher(naam);
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    /** One measured run on a fresh database; returns the seconds of the insert (connection to commit). */
    double meet(List<Gegevens.Rij> rijen) throws SQLException, IOException {
        Installatie.verwijder(map);
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(map.toString());
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA JEUGDHULP");
            s.execute("SET SCHEMA JEUGDHULP");
            for (String opdracht : schema) {
                s.execute(opdracht);
            }
        }
        // the rows refer to providers and products: those go in first, not timed
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement a = c.prepareStatement("INSERT INTO JEUGDHULP.AANBIEDER (AGB, NAAM) VALUES (?, ?)");
                 PreparedStatement p = c.prepareStatement("INSERT INTO JEUGDHULP.PRODUCT (CATEGORIE, CODE, OMSCHRIJVING, EENHEID, VARIANT, INKOOP)"
                         + " VALUES (?, ?, 'bench', 'xx', 'x', 'x')")) {
                for (String agb : rijen.stream().map(Gegevens.Rij::agb).distinct().toList()) {
                    a.setString(1, agb);
                    a.setString(2, "bench");
                    a.executeUpdate();
                }
                for (String product : rijen.stream().map(r -> r.categorie() + "/" + r.code()).distinct().toList()) {
                    p.setString(1, product.substring(0, product.indexOf('/')));
                    p.setString(2, product.substring(product.indexOf('/') + 1));
                    p.executeUpdate();
                }
            }
            c.commit();
        }
        long t0 = System.nanoTime();
        voegIn(ds, rijen);
        double s = (System.nanoTime() - t0) / 1e9;
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM JEUGDHULP.TOEWIJZING")) {
            rs.next();
            if (rs.getLong(1) != rijen.size()) {
                throw new IllegalStateException("basislijn: " + rs.getLong(1) + " rijen opgeslagen, verwacht " + rijen.size());
            }
        }
        sluit();
        return s;
    }

    private static void voegIn(EmbeddedDataSource ds, List<Gegevens.Rij> rijen) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement log = c.prepareStatement("INSERT INTO JEUGDHULP.IMPORTLOG (SOORT, FORMAAT, BESTAND, TIJDSTIP, GEACCEPTEERD,"
                    + " RECORDS, FOUTEN) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                log.setString(1, "toewijzingen");
                log.setString(2, "CSV");
                log.setString(3, "basislijn");
                log.setTimestamp(4, Timestamp.from(Instant.now()));
                log.setBoolean(5, true);
                log.setInt(6, rijen.size());
                log.setInt(7, 0);
                log.executeUpdate();
                try (ResultSet keys = log.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO JEUGDHULP.TOEWIJZING (GEMEENTE, NUMMER, CLIENT, AGB, CATEGORIE, CODE,"
                    + " TOEWIJZINGSDATUM, INGANG, EINDE, VOLUME, EENHEID, FREQUENTIE, BUDGET, AANMELDDATUM, VERWIJZER, IMPORT_ID)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Gegevens.Rij r : rijen) {
                    ps.setString(1, r.gemeente());
                    ps.setLong(2, r.nummer());
                    ps.setString(3, r.client());
                    ps.setString(4, r.agb());
                    ps.setString(5, r.categorie());
                    ps.setString(6, r.code());
                    datum(ps, 7, r.toewijzingsdatum());
                    datum(ps, 8, r.ingang());
                    datum(ps, 9, r.einde());
                    if (r.volume() == null) {
                        ps.setNull(10, Types.INTEGER);
                    } else {
                        ps.setInt(10, r.volume());
                    }
                    ps.setString(11, r.eenheid());
                    ps.setString(12, r.frequentie());
                    if (r.budget() == null) {
                        ps.setNull(13, Types.BIGINT);
                    } else {
                        ps.setLong(13, r.budget());
                    }
                    datum(ps, 14, r.aanmelddatum());
                    ps.setString(15, r.verwijzer());
                    ps.setLong(16, id);
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private static void datum(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    /** Shuts the database down (its files closed) and deletes it. */
    void sluit() throws IOException {
        EmbeddedDataSource stop = new EmbeddedDataSource();
        stop.setDatabaseName(map.toString());
        stop.setShutdownDatabase("shutdown");
        try (Connection c = stop.getConnection()) {
            throw new IllegalStateException("Derby stopte niet: " + map);
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException("Derby stoppen mislukt: " + map, e);
            }
        }
        Installatie.verwijder(map);
    }
}
