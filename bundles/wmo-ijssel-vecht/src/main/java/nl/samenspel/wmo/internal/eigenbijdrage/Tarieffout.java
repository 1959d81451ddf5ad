package nl.samenspel.wmo.internal.eigenbijdrage;

import java.util.Objects;
import nl.samenspel.api.register.ConfigFout;

/**
 * One reason the rates file was refused, pointing at the spot to fix.
 *
 * @param bestand the file's name as the operator knows it
 * @param regel   the line as an editor numbers it (the first line is 1); 0 for the file as a whole
 * @param veld    the column ({@code van}, {@code tot}, {@code bedrag}, {@code per}); {@code kopregel} for the header; empty for the whole line or file
 * @param reden   what is wrong and, where it helps, what is expected
 */
public record Tarieffout(String bestand, int regel, String veld, String reden) {

    public Tarieffout {
        Objects.requireNonNull(bestand, "bestand");
        Objects.requireNonNull(veld, "veld");
        Objects.requireNonNull(reden, "reden");
    }

    /** The same error as the register reports configuration errors. */
    public ConfigFout alsConfigFout() {
        String onderdeel = regel == 0 ? veld : "regel " + regel + (veld.isEmpty() ? "" : ", kolom " + veld);
        return new ConfigFout(bestand, onderdeel, reden);
    }

    @Override
    public String toString() {
        return alsConfigFout().toString();
    }
}
