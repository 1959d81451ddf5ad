package nl.samenspel.jeugdhulp.internal.inlezen;

import java.util.List;
import nl.samenspel.jeugdhulp.internal.invoer.Regelfout;

/**
 * The outcome of one file: accepted whole (every record stored) or refused whole (nothing
 * stored, every error listed, the file kept where {@code bewaardAls} says).
 */
public record Importresultaat(long importId, String soort, String formaat, String bestand, boolean geaccepteerd, int records,
                              List<Regelfout> fouten, String bewaardAls) {

    public Importresultaat {
        fouten = List.copyOf(fouten);
    }

    /** The report written beside a refused file and kept in the import log. */
    public String rapport() {
        StringBuilder sb = new StringBuilder();
        sb.append("Import ").append(importId).append(": ").append(soort).append(" uit ").append(bestand).append(" (").append(formaat).append(")\n");
        if (geaccepteerd) {
            sb.append("Geaccepteerd: ").append(records).append(" records.\n");
        } else {
            sb.append("Geweigerd: het hele bestand, ").append(fouten.size()).append(" fout(en); er is niets opgeslagen.\n");
            fouten.forEach(f -> sb.append("  ").append(f).append('\n'));
        }
        return sb.toString();
    }
}
