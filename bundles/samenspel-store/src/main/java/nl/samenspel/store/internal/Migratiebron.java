package nl.samenspel.store.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway the migrations of one module. Flyway's own classpath scanning
 * looks inside Flyway's bundle under OSGi, not inside the module that owns the
 * migrations, so the store reads them from the owner and passes them in.
 */
final class Migratiebron implements ResourceProvider {

    private final List<Migratiebestand> bestanden;

    Migratiebron(List<Migratiebestand> bestanden) {
        this.bestanden = List.copyOf(bestanden);
    }

    @Override
    public LoadableResource getResource(String naam) {
        return bestanden.stream().filter(b -> b.getRelativePath().equals(naam)).findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> gevonden = new ArrayList<>();
        for (Migratiebestand b : bestanden) {
            if (b.getFilename().startsWith(prefix) && Arrays.stream(suffixes).anyMatch(b.getFilename()::endsWith)) {
                gevonden.add(b);
            }
        }
        return gevonden;
    }
}
