package nl.samenspel.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import javax.sql.DataSource;
import nl.samenspel.store.Database;
import nl.samenspel.store.MigratieFout;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database service. The DataSource itself comes from pax-jdbc-config
 * ({@code etc/org.ops4j.datasource-samenspel.cfg}); which one is used can be
 * changed through the {@code dataSource.target} property of this component's PID.
 */
@Component(service = Database.class, configurationPid = "nl.samenspel.store",
        property = "dataSource.target=(dataSourceName=samenspel)")
public class FlywayDatabase implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(FlywayDatabase.class);

    private final DataSource dataSource;

    @org.osgi.service.component.annotations.Activate
    public FlywayDatabase(@Reference(name = "dataSource") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public int migreer(Bundle eigenaar, String schema, String locatie) {
        List<Migratiebestand> bestanden = leesMigraties(eigenaar, locatie);
        int uitgevoerd = new Migrator(dataSource).migreer(schema, bestanden);
        LOG.info("Schema {} van {}: {} migratie(s) beschikbaar, {} uitgevoerd", schema,
                eigenaar.getSymbolicName(), bestanden.size(), uitgevoerd);
        return uitgevoerd;
    }

    private static List<Migratiebestand> leesMigraties(Bundle eigenaar, String locatie) {
        Enumeration<URL> entries = eigenaar.findEntries(locatie, "*.sql", false);
        List<Migratiebestand> bestanden = new ArrayList<>();
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String pad = url.getPath();
            String naam = pad.substring(pad.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                bestanden.add(new Migratiebestand(locatie, naam, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new MigratieFout("migratie " + pad + " van " + eigenaar.getSymbolicName() + " onleesbaar", e);
            }
        }
        if (bestanden.isEmpty()) {
            throw new MigratieFout("geen migraties in " + locatie + " van " + eigenaar.getSymbolicName(), null);
        }
        return bestanden;
    }
}
