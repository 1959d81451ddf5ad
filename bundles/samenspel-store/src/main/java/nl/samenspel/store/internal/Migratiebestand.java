package nl.samenspel.store.internal;

import java.io.Reader;
import java.io.StringReader;
import java.util.Objects;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * One migration script, read into memory. Migrations are small and read once per
 * activation; holding the text avoids keeping bundle URLs open while Flyway runs.
 */
final class Migratiebestand extends LoadableResource {

    private final String locatie;
    private final String naam;
    private final String inhoud;

    Migratiebestand(String locatie, String naam, String inhoud) {
        this.locatie = Objects.requireNonNull(locatie);
        this.naam = Objects.requireNonNull(naam);
        this.inhoud = Objects.requireNonNull(inhoud);
    }

    @Override
    public Reader read() {
        return new StringReader(inhoud);
    }

    @Override
    public String getAbsolutePath() {
        return locatie + "/" + naam;
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return getAbsolutePath();
    }

    @Override
    public String getFilename() {
        return naam;
    }

    @Override
    public String getRelativePath() {
        return naam;
    }
}
