package nl.samenspel.register.internal.laden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.samenspel.api.invoer.Invoerlimieten;

/**
 * The register's files are held to the input bounds' defaults ({@link Invoerlimieten#standaard()}):
 * they are the operator's own and a few kilobytes, so a file of megabytes is a mistake (a wrong file
 * copied in) to name, not to read into memory. A JSON file is bounded like a JSON body, a CSV file
 * like an upload.
 */
final class Grootte {

    static final Invoerlimieten LIMIETEN = Invoerlimieten.standaard();
    static final String JSON = "jsonBytes";
    static final String CSV = "uploadBytes";

    private Grootte() {
    }

    /** Whether the file is within its bound; if not, the error names the bound. */
    static boolean past(Path bestand, String limiet, String naam, Fouten fouten) {
        long max = JSON.equals(limiet) ? LIMIETEN.jsonBytes() : LIMIETEN.uploadBytes();
        try {
            long grootte = Files.size(bestand);
            if (grootte <= max) {
                return true;
            }
            fouten.voegToe(naam, "", "het bestand is " + grootte + " bytes, groter dan de grens " + Invoerlimieten.naam(limiet) + " = " + max);
        } catch (IOException e) {
            fouten.voegToe(naam, "", "onleesbaar: " + e.getClass().getSimpleName());
        }
        return false;
    }
}
