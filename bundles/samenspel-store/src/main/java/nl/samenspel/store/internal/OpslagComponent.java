package nl.samenspel.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.samenspel.api.gezondheid.Gezondheid;
import nl.samenspel.api.gezondheid.Meetbron;
import nl.samenspel.api.gezondheid.Meting;
import nl.samenspel.api.gezondheid.Opslagstand;
import nl.samenspel.store.Database;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** The store's watch over its database and data directory as services ({@link Opslagbewaking}), configured by {@value OpslagConfig#PID}. */
@Component(service = {Opslagstand.class, Gezondheid.class, Meetbron.class}, configurationPid = OpslagConfig.PID, immediate = true)
@Designate(ocd = OpslagConfig.class)
public class OpslagComponent implements Opslagstand, Gezondheid, Meetbron {

    static final String SCHEMA = "OPSLAG";

    private final Opslagbewaking bewaking;

    @Activate
    public OpslagComponent(@Reference Database database, BundleContext context, OpslagConfig config) {
        database.migreer(context.getBundle(), SCHEMA, "db/opslag");
        javax.sql.DataSource ds = database.dataSource();
        this.bewaking = new Opslagbewaking(ds, Derbyherstart.kan(ds) ? () -> Derbyherstart.herstart(ds) : null, Path.of(System.getProperty("karaf.data", "data")),
                config.schijfMinimumMiB(), Duration.ofSeconds(config.proefIntervalS()), Clock.systemUTC());
        bewaking.start();
    }

    @Deactivate
    void stop() {
        bewaking.stop();
    }

    @Override
    public Optional<Storing> storing() {
        return bewaking.storing();
    }

    @Override
    public void gemeld(SQLException fout) {
        bewaking.gemeld(fout);
    }

    @Override
    public String naam() {
        return bewaking.naam();
    }

    @Override
    public List<String> storingen() {
        return bewaking.storingen();
    }

    @Override
    public List<Meting> metingen() {
        return bewaking.metingen();
    }
}
