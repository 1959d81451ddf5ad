package nl.samenspel.beschermdwonen.internal.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Begrensd;
import java.time.Instant;
import nl.samenspel.api.audit.Auditlog;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.api.audit.Consoleactor;
import nl.samenspel.beschermdwonen.internal.inlezen.Importdienst;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.invoer.Importresultaat;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code samenspel:bw-import <soort> <bestand>}: reads a protected-housing CSV whole or refuses it whole, and prints the report. */
@Service
@Command(scope = "samenspel", name = "bw-import", description = "Reads a protected-housing CSV (voorzieningen, aanmeldingen, plaatsingen) whole or not at all")
public class BwImportCommand implements Action {

    @Reference
    Invoerlimieten limieten;

    @Reference
    Importdienst dienst;

    @Reference
    Auditlog auditlog;

    @Argument(index = 0, name = "soort", required = true, description = "voorzieningen, aanmeldingen or plaatsingen")
    String soort;

    @Argument(index = 1, name = "bestand", required = true, description = "The file; it is not moved or changed")
    String bestand;

    @Override
    public Object execute() throws Exception {
        Bwsoort s = Bwsoort.vanCode(soort).orElse(null);
        if (s == null) {
            System.err.println("Onbekende soort '" + soort + "'; bekend: " + String.join(", ", Bwsoort.codes()));
            return null;
        }
        Path pad = Path.of(bestand);
        if (!Files.isReadable(pad)) {
            System.err.println("Bestand " + pad + " is niet leesbaar");
            return null;
        }
        Importresultaat r = dienst.importeer(s, pad.getFileName().toString(), Begrensd.lees(pad, limieten));
        // the kind only: a file name may carry a client's name, and the audit log holds no personal data
        auditlog.schrijf(new Auditregel(Consoleactor.naam(), "console samenspel:bw-import", "soort=" + s.code(), r.geaccepteerd() ? 201 : 422,
                "console", Instant.now()));
        (r.geaccepteerd() ? System.out : System.err).print(r.rapport());
        return null;
    }
}
