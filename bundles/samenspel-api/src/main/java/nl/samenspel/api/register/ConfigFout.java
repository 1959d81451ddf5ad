package nl.samenspel.api.register;

import java.util.Objects;

/**
 * One reason a configuration was refused.
 *
 * @param bestand   path of the file, relative to the configuration directory
 * @param onderdeel the entry within the file: a line and column, or a JSON path such as {@code leden[3].tot}
 * @param reden     what is wrong, in words an operator understands
 */
public record ConfigFout(String bestand, String onderdeel, String reden) {

    public ConfigFout {
        Objects.requireNonNull(bestand, "bestand");
        Objects.requireNonNull(onderdeel, "onderdeel");
        Objects.requireNonNull(reden, "reden");
    }

    @Override
    public String toString() {
        return bestand + (onderdeel.isEmpty() ? "" : " [" + onderdeel + "]") + ": " + reden;
    }
}
