package nl.samenspel.jeugdhulp.internal.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Begrensd;
import java.time.Instant;
import nl.samenspel.api.audit.Auditlog;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.api.audit.Consoleactor;
import nl.samenspel.jeugdhulp.internal.inlezen.Importdienst;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code samenspel:jeugdhulp-import <soort> <bestand>}: reads a file whole or refuses it whole, and prints the report. */
@Service
@Command(scope = "samenspel", name = "jeugdhulp-import", description = "Reads a youth-care file (CSV, iJw message or ZIP of messages) whole or not at all")
public class JeugdhulpImportCommand implements Action {

    @Reference
    Invoerlimieten limieten;

    @Reference
    Importdienst dienst;

    @Reference
    Auditlog auditlog;

    @Argument(index = 0, name = "soort", required = true,
            description = "aanbieders, producten, tarieven, contracten, budgetten, toewijzingen, start-zorg, stop-zorg or declaraties")
    String soort;

    @Argument(index = 1, name = "bestand", required = true, description = "The file; it is not moved or changed")
    String bestand;

    @Override
    public Object execute() throws Exception {
        Importsoort s = Importsoort.vanCode(soort).orElse(null);
        if (s == null) {
            System.err.println("Onbekende soort '" + soort + "'; bekend: " + String.join(", ", Importsoort.codes()));
            return null;
        }
        Path pad = Path.of(bestand);
        if (!Files.isReadable(pad)) {
            System.err.println("Bestand " + pad + " is niet leesbaar");
            return null;
        }
        Importresultaat r = dienst.importeer(s, pad.getFileName().toString(), Begrensd.lees(pad, limieten));
        // the kind only: a file name may carry a client's name, and the audit log holds no personal data
        auditlog.schrijf(new Auditregel(Consoleactor.naam(), "console samenspel:jeugdhulp-import", "soort=" + s.code(), r.geaccepteerd() ? 201 : 422,
                "console", Instant.now()));
        (r.geaccepteerd() ? System.out : System.err).print(r.rapport());
        if (!r.geaccepteerd()) {
            System.err.println("Kopie en rapport: " + r.bewaardAls());
        }
        return null;
    }
}
