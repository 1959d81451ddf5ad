package nl.samenspel.module;

import java.util.List;
import javax.sql.DataSource;
import nl.samenspel.api.gezondheid.Meetbron;
import nl.samenspel.api.gezondheid.Meting;
import nl.samenspel.invoer.Importlogboek;

/**
 * A module's storage, the frame every module shares: the DataSource its schema is on, its import
 * log in that schema, and its imports per outcome as figures for {@code /api/v1/metrics}
 * ({@link Meetbron}). A module's storage class extends it with its own tables and queries.
 */
public abstract class Moduleopslag implements Meetbron {

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
