package nl.samenspel.module;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import nl.samenspel.api.gezondheid.Meetbron;
import nl.samenspel.api.gezondheid.Meting;
import nl.samenspel.invoer.Importlogboek;
import nl.samenspel.store.Database;
import org.osgi.framework.Bundle;

/**
 * A module's storage, the frame every module shares: the DataSource its schema is on, its import
 * log in that schema, and its imports per outcome as figures for {@code /api/v1/metrics}
 * ({@link Meetbron}). A module's storage class extends it with its own tables and queries.
 */
public abstract class Moduleopslag implements Meetbron {

    /** Rows per batch of a batched insert ({@link #inBatches}). */
    protected static final int BATCH = 1_000;

    private final DataSource dataSource;
    private final Importlogboek logboek;
    private final String module;

    /**
     * @param schema the module's schema ({@code JEUGDHULP}), which holds its {@code IMPORTLOG}
     * @param module the module's name in the figures ({@code jeugdhulp})
     */
    protected Moduleopslag(DataSource dataSource, String schema, String module) {
        this.dataSource = dataSource;
        this.logboek = new Importlogboek(dataSource, schema);
        this.module = module;
    }

    /**
     * The module's schema, migrated to its bundle's version from {@code locatie} ({@code db/jeugdhulp}),
     * with the imports a stop interrupted closed as such: what a module's storage component opens
     * on at start.
     */
    protected static DataSource gemigreerd(Database database, Bundle bundel, String schema, String locatie) {
        DataSource dataSource = database.gemigreerd(bundel, schema, locatie);
        new Importlogboek(dataSource, schema).sluitOnderbrokenBijStart();
        return dataSource;
    }

    /** Sets the parameters of one row of a batched insert from its record. */
    @FunctionalInterface
    protected interface Rij<T> {
        void zet(PreparedStatement ps, T waarde) throws SQLException;
    }

    /** Inserts a row per record with one statement, sent in batches of {@value #BATCH} rows. */
    protected static <T> void inBatches(Connection c, String sql, List<T> lijst, Rij<T> rij) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (T waarde : lijst) {
                rij.zet(ps, waarde);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    protected DataSource dataSource() {
        return dataSource;
    }

    public Importlogboek logboek() {
        return logboek;
    }

    @Override
    public List<Meting> metingen() {
        return logboek.metingen(module);
    }
}
