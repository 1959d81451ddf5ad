package nl.samenspel.bench.uitwisseling;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.samenspel.bench.steun.Basislijn;
import nl.samenspel.bench.steun.Database;

/**
 * The baseline: the same rows put into JEUGDHULP.TOEWIJZING with bench-steun's {@link Basislijn}
 * (plain JDBC in this JVM, batches of 1,000, one commit), in a fresh embedded Derby database on
 * disk under the bench's work directory (the same disk as the two installations' databases). The
 * schema is the module's own migrations (db/jeugdhulp/V*.sql) taken from the jeugdhulp-ijsselland
 * bundle inside the distribution being measured.
 */
final class Basislijnmeting {

    static final String MIGRATIES = "db/jeugdhulp/";

    private final Path map;
    private final List<Database.Migratie> schema;
    /** The migrations applied, as named in the bundle (db/jeugdhulp/V1__....sql, ...). */
    final List<String> migraties;

    Basislijnmeting(Path map, Path moduleJar) {
        this.map = map.toAbsolutePath();
        this.schema = Database.migraties(moduleJar, MIGRATIES);
        this.migraties = schema.stream().map(m -> MIGRATIES + m.naam()).toList();
    }

    /** One measured run on a fresh database; returns the seconds of the insert (connection to commit). */
    double meet(List<Gegevens.Rij> rijen) throws SQLException, IOException {
        try (Database db = Database.nieuw(map, "JEUGDHULP", schema)) {
            // the rows refer to providers and products: those go in first, not timed
            try (Connection c = db.dataSource().getConnection()) {
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
            Basislijn.voegIn(db.dataSource(), rijen, "CSV");
            double s = (System.nanoTime() - t0) / 1e9;
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM JEUGDHULP.TOEWIJZING")) {
                rs.next();
                if (rs.getLong(1) != rijen.size()) {
                    throw new IllegalStateException("basislijn: " + rs.getLong(1) + " rijen opgeslagen, verwacht " + rijen.size());
                }
            }
            return s;
        }
    }
}
