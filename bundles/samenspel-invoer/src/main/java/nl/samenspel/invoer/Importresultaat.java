package nl.samenspel.invoer;

import java.util.List;

/**
 * The outcome of one file: accepted whole (every record stored) or refused whole (nothing
 * stored, every error listed, the file kept where {@code bewaardAls} says).
 * {@code waarschuwingen} name records that were accepted but deserve a look (a combination the
 * figures treat in a way the sender may not expect); like errors they name a place and a field,
 * never a personal value.
 */
public record Importresultaat(long importId, String soort, String formaat, String bestand, boolean geaccepteerd, int records,
                              List<Regelfout> fouten, String bewaardAls, List<Regelfout> waarschuwingen) {

    public Importresultaat {
        fouten = List.copyOf(fouten);
        waarschuwingen = waarschuwingen == null ? List.of() : List.copyOf(waarschuwingen);
    }

    /** Without warnings: the constructor of package version 1.4, kept so its callers need no change. */
    public Importresultaat(long importId, String soort, String formaat, String bestand, boolean geaccepteerd, int records,
                           List<Regelfout> fouten, String bewaardAls) {
        this(importId, soort, formaat, bestand, geaccepteerd, records, fouten, bewaardAls, List.of());
    }

    /**
     * Keeps a refused file as {@code <id>-<name>} in {@code map}, with its report beside it
     * ({@code .rapport.txt}), readable by the service account only; returns where, or why it could
     * not. The refusal stands either way.
     */
    public static String bewaarAfgewezen(java.nio.file.Path map, long id, String naam, byte[] inhoud, String rapport) {
        java.nio.file.Path doel = map.resolve(id + "-" + veiligeNaam(naam));
        try {
            Afgeschermd.schrijf(doel, inhoud);
            Afgeschermd.schrijf(java.nio.file.Path.of(doel + ".rapport.txt"), rapport.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return doel.toAbsolutePath().toString();
        } catch (java.io.IOException e) {
            return "(niet bewaard: " + e.getClass().getSimpleName() + ")";
        }
    }

    /**
     * A file name as a plain name: no directories, nothing a file system or a log line could
     * misread, and no number that could be a BSN ({@link Archief#veiligeNaam}: a run of five or more
     * digits becomes {@code #}, and when nine or more digits remain, every digit does; a year stays).
     */
    public static String veiligeNaam(String naam) {
        String basis = naam == null ? "" : naam.replace('\\', '/');
        basis = Archief.veiligeNaam(basis.substring(basis.lastIndexOf('/') + 1));
        return basis.isBlank() || basis.chars().allMatch(c -> c == '.' || c == '_') ? "upload" : basis;
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
        if (!waarschuwingen.isEmpty()) {
            sb.append("Waarschuwingen: ").append(waarschuwingen.size()).append(" (geen reden tot weigeren):\n");
            waarschuwingen.forEach(w -> sb.append("  WAARSCHUWING ").append(w).append('\n'));
        }
        return sb.toString();
    }
}
